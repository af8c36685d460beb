//! The tolerant pass over a success body that the typed decode refused.
//!
//! The typed decode stays the fast path. Only when it fails does this pass run: it checks the
//! run's identity, then decodes again with the failure traced ([`trace`]: its path, and what
//! the type said about it), and at the failing path edits the body's text (sets the value to
//! `null`, leaves an array element or map entry out, writes a missing key as `null`, or leaves
//! out a repeated key), records the correction and decodes again, until the run decodes.
//! The text is edited rather than a `serde_json::Value` tree, so that everything else, raw
//! JSON values included, stays exactly as the server sent it, and so that no tree many times
//! the body's size is built. The number of passes is bounded by the body's size: past that
//! budget a failure drops the whole top-level property it is in.
//!
//! What to correct is decided from structure only: what the text has at the path (nothing,
//! `null`, an array, an object with which keys), and what the type said through serde's typed
//! channels (the key it misses or saw twice, what it asked the deserializer for). serde's
//! message is only reported, as the correction's detail, so that a message worded like
//! another (a string value that reads `invalid type: null`) changes nothing.

use crate::decode::{
    correction::{display_path, Correction, Problem, Step},
    trace::{trace, Asked, Expected, Failure, Fault, Said},
};
use json_text::{
    elements, insert_null, locate, locate_both, members, remove, replace, spans, Found, Located,
};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::{collections::HashSet, ops::Range};

mod json_text;
#[cfg(test)]
mod mimics;
#[cfg(test)]
mod tests;

/// Bytes the fine-grained corrections may decode again in all, before a failure drops its
/// whole top-level property instead: an 8 MiB run gets 32 corrections of single values, a
/// small run 1,024.
const FINE_BUDGET_BYTES: usize = 256 << 20;

/// Why a body cannot be read as a run at all: where, and what was wrong.
#[derive(Debug)]
pub(crate) struct Unreadable {
    pub(crate) path: String,
    pub(crate) message: String,
}

impl Unreadable {
    fn at(steps: &[Step], message: impl Into<String>) -> Self {
        Unreadable { path: display_path(steps), message: message.into() }
    }
}

/// Decodes `body` as `T`, correcting what stops it, as the module docs describe.
/// `identity` lists the paths that must hold strings (a run's `id` and `status`); a body
/// without them, or that is not a JSON object, is [`Unreadable`].
pub(crate) fn salvage<T: DeserializeOwned>(
    body: &[u8],
    identity: &[&[&str]],
) -> Result<(Box<T>, Vec<Correction>), Unreadable> {
    let text = std::str::from_utf8(body).map_err(|e| Unreadable::at(&[], format!("not UTF-8: {e}")))?;
    let root = serde_json::from_str::<&RawValue>(text).map_err(|e| Unreadable::at(&[], e.to_string()))?;
    if !root.get().starts_with('{') {
        return Err(Unreadable::at(&[], "expected a JSON object"));
    }
    let identity: Vec<Vec<Step>> =
        identity.iter().map(|path| path.iter().map(|key| Step::Key((*key).to_owned())).collect()).collect();
    for path in &identity {
        match locate(text, path) {
            Some(span) if text[span.clone()].starts_with('"') => {}
            Some(_) => return Err(Unreadable::at(path, "expected a string")),
            None => return Err(Unreadable::at(path, "missing")),
        }
    }
    Salvage::new(text.to_owned(), identity)
        .run(FINE_BUDGET_BYTES.checked_div(body.len()).unwrap_or(usize::MAX).clamp(16, 1024))
}

/// The state of one tolerant pass: the text as edited so far and what was done to it.
struct Salvage {
    text: String,
    identity: Vec<Vec<Step>>,
    /// What the type said about the failure being corrected (nothing, when a correction is
    /// asked for without a traced decode).
    said: Said,
    /// Each correction, with its path as the server sent it.
    corrections: Vec<(Vec<Step>, Correction)>,
    /// Values set to `null` once; failing again, they are left out.
    nulled: HashSet<Vec<Step>>,
    /// Missing keys written as `null` once; failing again, their object is corrected whole.
    inserted: HashSet<Vec<Step>>,
    /// Array elements left out, as (array path, index) at the time, in order: to report
    /// later paths by the indices the server sent.
    removed: Vec<(Vec<Step>, usize)>,
}

impl Salvage {
    /// A pass over `text` that never corrects the values at `identity` (nor around them).
    fn new(text: String, identity: Vec<Vec<Step>>) -> Self {
        Salvage {
            text,
            identity,
            said: Said::default(),
            corrections: Vec::new(),
            nulled: HashSet::new(),
            inserted: HashSet::new(),
            removed: Vec::new(),
        }
    }

    /// Decodes the text as `T`, correcting one failure per traced decode, until it decodes;
    /// past `fine_budget` passes, each failure drops its whole top-level property.
    fn run<T: DeserializeOwned>(
        mut self,
        fine_budget: usize,
    ) -> Result<(Box<T>, Vec<Correction>), Unreadable> {
        // Every pass changes the text; the bound only guards against a pass that does not.
        for pass in 0..fine_budget + 256 {
            match trace::<T>(&self.text) {
                Ok(run) => {
                    let corrections = self.corrections.into_iter().map(|(_, c)| c).collect();
                    return Ok((Box::new(run), corrections));
                }
                Err(Failure { path, said, message }) => {
                    self.said = said;
                    self.correct(path, message, pass >= fine_budget)?;
                }
            }
        }
        Err(Unreadable::at(&[], "too many values could not be corrected"))
    }

    /// Makes the failure at `path` go away, or says why it cannot. `coarse`: drop the whole
    /// top-level property instead of the one value. What to do is decided from what the text
    /// has at `path` and from [`Salvage::said`]; `message` is only reported.
    fn correct(&mut self, path: Vec<Step>, message: String, coarse: bool) -> Result<(), Unreadable> {
        // Looked up once: the text does not change until a correction is made. What failed is
        // the value serde read; the edits address the last value of a repeated key.
        let Located { read, last: span } = locate_both(&self.text, &path);
        let found = Found::at(&self.text, read.as_ref());
        let message = match (found, self.said.expected) {
            // An array where a struct belongs: serde reads a struct from an array by position,
            // so its elements failed one by one until none was left. Say what it really was.
            (Found::Array, Some(Expected { asked: Asked::Struct(name), .. })) => {
                format!("invalid type: sequence, expected struct {name}")
            }
            _ => message,
        };
        let problem = if self.is_refused_shape() {
            Problem::UnknownShape
        } else if found == Found::Null {
            Problem::Null
        } else {
            Problem::Invalid
        };
        if !coarse {
            let corrected = match self.said.fault {
                Some(Fault::Missing(key)) => self.write_missing(&path, span.clone(), key, &message)?,
                Some(Fault::Duplicate(key)) => self.drop_duplicate(&path, span.clone(), key, &message)?,
                None => false,
            };
            if corrected {
                return Ok(());
            }
        }
        // Anything else, or a fine correction that cannot be made: the value goes.
        match coarse {
            true => self.drop_value(top(&path), problem, &message),
            false => self.drop_located(path, span, problem, &message),
        }
    }

    /// Whether the failing value's type chose its shape by looking at the value (it asked for
    /// any value), read it whole, and then refused it: a union none of whose shapes fits.
    fn is_refused_shape(&self) -> bool {
        self.said.expected == Some(Expected { asked: Asked::Any, read_whole: true })
    }

    /// Writes a missing key as `null` in the object at `path` (its span: `object`)
    /// (recorded), unless the text has no object there, the object has the key after all, or
    /// that was tried already: then `false`.
    fn write_missing(
        &mut self,
        path: &[Step],
        object: Option<Range<usize>>,
        field: &str,
        message: &str,
    ) -> Result<bool, Unreadable> {
        let mut target = path.to_vec();
        target.push(Step::Key(field.to_owned()));
        self.guard(&target, message)?;
        let Some(object) = object else { return Ok(false) };
        let Some(members) = members(&self.text, object.clone()) else { return Ok(false) };
        if members.iter().any(|m| m.key == field) || !self.inserted.insert(target.clone()) {
            return Ok(false);
        }
        self.record(&target, Problem::Missing, message);
        self.text = insert_null(&self.text, object.start, field);
        Ok(true)
    }

    /// Leaves out all but the last of a key that the object at `path` (its span: `object`)
    /// repeats (recorded), or `false` when the text does not show it repeated.
    fn drop_duplicate(
        &mut self,
        path: &[Step],
        object: Option<Range<usize>>,
        field: &str,
        message: &str,
    ) -> Result<bool, Unreadable> {
        let mut target = path.to_vec();
        target.push(Step::Key(field.to_owned()));
        self.guard(&target, message)?;
        let Some(members) = object.and_then(|object| members(&self.text, object)) else {
            return Ok(false);
        };
        let mut repeats = members.iter().enumerate().filter(|(_, m)| m.key == field).map(|(at, _)| at);
        let (Some(first), Some(_)) = (repeats.next(), repeats.next()) else { return Ok(false) };
        self.record(&target, Problem::Invalid, &format!("{message}; the last one is kept"));
        self.text = remove(&self.text, &spans(&members), first);
        Ok(true)
    }

    /// Sets the value at `path` to `null` (recorded), or, when that was tried already or the
    /// value is an array element, leaves it out.
    fn drop_value(&mut self, path: Vec<Step>, problem: Problem, message: &str) -> Result<(), Unreadable> {
        let span = locate(&self.text, &path);
        self.drop_located(path, span, problem, message)
    }

    /// [`Salvage::drop_value`], with the span of the value at `path` already looked up.
    fn drop_located(
        &mut self,
        mut path: Vec<Step>,
        mut span: Option<Range<usize>>,
        problem: Problem,
        message: &str,
    ) -> Result<(), Unreadable> {
        // A path the text does not have (the decoder's own view of an enum) is corrected at
        // the nearest value the text does have.
        while !path.is_empty() && span.is_none() {
            path.pop();
            span = locate(&self.text, &path);
        }
        self.guard(&path, message)?;
        // The value goes as a whole: what was corrected inside it no longer matters. When this
        // failure is of the pass's own making (a key it wrote as null or left out), the first
        // thing found wrong inside is the reason it goes.
        let original = self.original(&path);
        let inside =
            |(at, _): &(Vec<Step>, Correction)| at.len() > original.len() && at.starts_with(&original);
        let cause = self.corrections.iter().find(|c| inside(c)).map(|(at, first)| match first.problem {
            Problem::Missing => first.detail.clone(),
            _ => format!("{}: {}", display_path(&at[original.len()..]), first.detail),
        });
        self.corrections.retain(|c| !inside(c));
        let message = match cause {
            Some(cause) if self.of_our_making(&path) => cause,
            _ => message.to_owned(),
        };
        let message = message.as_str();
        let Some((last, parent)) = path.split_last() else { return Err(Unreadable::at(&path, message)) };
        let parent_span = locate(&self.text, parent).ok_or_else(|| Unreadable::at(&path, message))?;
        match last {
            Step::Key(key) if !self.nulled.contains(&path) => {
                let members =
                    members(&self.text, parent_span).ok_or_else(|| Unreadable::at(&path, message))?;
                let member = members
                    .iter()
                    .rev()
                    .find(|m| &m.key == key)
                    .ok_or_else(|| Unreadable::at(&path, message))?;
                self.record(&path, problem, message);
                self.text = replace(&self.text, member.value.clone(), "null");
                self.nulled.insert(path);
            }
            Step::Key(key) => {
                let members =
                    members(&self.text, parent_span).ok_or_else(|| Unreadable::at(&path, message))?;
                let at = members
                    .iter()
                    .rposition(|m| &m.key == key)
                    .ok_or_else(|| Unreadable::at(&path, message))?;
                self.text = remove(&self.text, &spans(&members), at);
            }
            Step::Index(index) => {
                let elements =
                    elements(&self.text, parent_span).ok_or_else(|| Unreadable::at(&path, message))?;
                if *index >= elements.len() {
                    return Err(Unreadable::at(&path, message));
                }
                self.record(&path, problem, message);
                self.text = remove(&self.text, &elements, *index);
                self.removed.push((parent.to_vec(), *index));
                // The next element now stands at this index; it starts afresh.
                self.nulled.retain(|nulled| !nulled.starts_with(parent));
                self.inserted.retain(|inserted| !inserted.starts_with(parent));
            }
        }
        Ok(())
    }

    /// Whether the failure at `path` follows from this pass's own edits: the object there
    /// lacks a key that the pass wrote as `null` or left out, or the value there is a `null`
    /// the pass wrote.
    fn of_our_making(&self, path: &[Step]) -> bool {
        match self.said.fault {
            Some(Fault::Missing(key)) => {
                let mut at = path.to_vec();
                at.push(Step::Key(key.to_owned()));
                self.nulled.contains(&at) || self.inserted.contains(&at)
            }
            _ => {
                self.nulled.contains(path)
                    && Found::at(&self.text, locate_both(&self.text, path).read.as_ref()) == Found::Null
            }
        }
    }

    /// The identity is never corrected: a failure there means the body is not a run.
    fn guard(&self, path: &[Step], message: &str) -> Result<(), Unreadable> {
        if path.is_empty() || self.identity.iter().any(|id| id.starts_with(path) || path.starts_with(id)) {
            return Err(Unreadable::at(path, message));
        }
        Ok(())
    }

    /// Records a correction at `path` (a path in the text as edited), reported by the path the
    /// server sent.
    fn record(&mut self, path: &[Step], problem: Problem, message: &str) {
        let original = self.original(path);
        self.corrections.push((original.clone(), Correction::new(&original, problem, message)));
    }

    /// `path` with each array index as the server sent it, undoing the removals made since.
    fn original(&self, path: &[Step]) -> Vec<Step> {
        let mut path = path.to_vec();
        for (array, removed) in self.removed.iter().rev() {
            if path.len() > array.len() && path.starts_with(array) {
                if let Step::Index(index) = &mut path[array.len()] {
                    if *index >= *removed {
                        *index += 1;
                    }
                }
            }
        }
        path
    }
}

/// The top-level property `path` is in.
fn top(path: &[Step]) -> Vec<Step> {
    path.iter().take(1).cloned().collect()
}
