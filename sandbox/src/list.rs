//! `GET /{kind}_runs`: one page of a kind's runs, filtered and ordered, and the token of the
//! next.
//!
//! Paging is by position, not by offset: a token holds the sort field and id of the last run
//! listed, and the next page starts after it. So that runs changing between pages (a cancel
//! moves a run in the `updatedAt` order) are neither skipped nor listed twice, a listing
//! orders runs as they stood when its first page was served, using the store's change log;
//! runs added after that are not part of it. The filters look at each run as it is now.

use crate::{
    paging::{self, Cursor},
    query::{ListQuery, SortDir},
    reply::{Ask, Reply},
    store::{Entry, Store},
    summary,
};
use extend_cancel::{RunKind, Timestamp};
use std::{cmp::Ordering, collections::BTreeSet, hash::BuildHasher, ops::Bound};

/// The answer to a list request.
pub(crate) fn answer(ask: &Ask<'_>, kind: RunKind, query: Option<&str>) -> Reply {
    let query = match ListQuery::parse(kind, query) {
        Ok(query) => query,
        Err(message) => return ask.invalid(message),
    };
    let key = &ask.shared.token_key;
    let binding = paging::Binding { sandbox: key.hash_one("sandbox"), query: query.hash(key) };
    let state = ask.shared.state();
    let cursor = match query.next_page_token.as_deref() {
        Some(token) => match paging::decode(token, binding, state.store.versions()) {
            Ok(cursor) => Some(cursor),
            Err(problem) => return ask.invalid(problem.message().to_owned()),
        },
        None => None,
    };
    let page = page(&state.store, &query, cursor.as_ref());
    summary::list_reply(kind, &page.runs, page.next.map(|next| paging::encode(&next, binding)))
}

/// One page: its runs, and where the next starts if there is one.
pub(crate) struct Page<'a> {
    pub(crate) runs: Vec<&'a Entry>,
    pub(crate) next: Option<Cursor>,
}

/// A run's place in a listing: its sort field, then its id.
type Key<'a> = (Timestamp, &'a str);

/// The page of `query` after `cursor` (the first page without one). Reads the runs after the
/// cursor in order until the page is full and one more run passes the filters, so that the
/// last page has no token.
pub(crate) fn page<'a>(store: &'a Store, query: &ListQuery, cursor: Option<&Cursor>) -> Page<'a> {
    let version = cursor.map_or_else(|| store.version(), |cursor| cursor.version);
    let after: Option<Key<'_>> = cursor.map(|cursor| (cursor.after.0, cursor.after.1.as_str()));
    let desc = query.sort_dir == SortDir::Desc;
    let empty = BTreeSet::new();
    let order = store.order(query.kind, query.sort_by).unwrap_or(&empty);
    // The runs that moved since the listing began, where they stood then.
    let moved = if cursor.is_some() { store.moved_since(version) } else { Default::default() };
    let unmoved =
        in_order(order, cursor.map(|cursor| &cursor.after), desc).filter(|(_, id)| !moved.contains_key(id));
    let mut then: Vec<Key<'_>> = moved
        .iter()
        .filter_map(|(id, stood)| {
            let stood = stood.filter(|keys| keys.kind == query.kind)?;
            let key = (stood.get(query.sort_by), *id);
            let beyond = after.is_none_or(|after| ordered(after, key, desc));
            beyond.then_some(key)
        })
        .collect();
    then.sort_by(|a, b| if desc { b.cmp(a) } else { a.cmp(b) });
    let mut runs = Vec::new();
    let mut last = None;
    for (at, id) in merge(unmoved, then.into_iter(), desc) {
        let Some(entry) = store.get(id).filter(|entry| entry.run.kind() == query.kind) else { continue };
        if !query.matches(entry) {
            continue;
        }
        if runs.len() == query.page_size {
            let after = last.map(|(at, id): Key<'_>| (at, id.to_owned()));
            return Page { runs, next: after.map(|after| Cursor { version, after }) };
        }
        runs.push(entry);
        last = Some((at, id));
    }
    Page { runs, next: None }
}

/// Whether `b` comes after `a` in the listing's direction.
fn ordered(a: Key<'_>, b: Key<'_>, desc: bool) -> bool {
    match a.cmp(&b) {
        Ordering::Less => !desc,
        Ordering::Greater => desc,
        Ordering::Equal => false,
    }
}

/// The order's runs after `after` (exclusive), in the listing's direction.
fn in_order<'a>(
    order: &'a BTreeSet<(Timestamp, String)>,
    after: Option<&(Timestamp, String)>,
    desc: bool,
) -> Box<dyn Iterator<Item = Key<'a>> + 'a> {
    let key = |(at, id): &'a (Timestamp, String)| (*at, id.as_str());
    match (after.cloned(), desc) {
        (None, false) => Box::new(order.iter().map(key)),
        (None, true) => Box::new(order.iter().rev().map(key)),
        (Some(after), false) => Box::new(order.range((Bound::Excluded(after), Bound::Unbounded)).map(key)),
        (Some(after), true) => {
            Box::new(order.range((Bound::Unbounded, Bound::Excluded(after))).rev().map(key))
        }
    }
}

/// Two sequences already in the listing's direction, merged into one.
fn merge<'a>(
    a: impl Iterator<Item = Key<'a>>,
    b: impl Iterator<Item = Key<'a>>,
    desc: bool,
) -> impl Iterator<Item = Key<'a>> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if ordered(*y, *x, desc) => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}
