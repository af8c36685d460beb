//! Edits of JSON text by position: finding the span of the value at a path, an object's
//! members, an array's elements, and writing the text back with one of them replaced, left
//! out or added. The text is always one valid JSON value: the pass checks it before it starts,
//! and every edit keeps it so.

use crate::decode::correction::Step;
use serde_json::value::RawValue;
use std::ops::Range;

/// An object's member: its key, where its key's opening quote is, and its value's span.
pub(super) struct Member {
    pub(super) key: String,
    pub(super) key_start: usize,
    pub(super) value: Range<usize>,
}

/// The spans of members, from the key to the end of the value.
pub(super) fn spans(members: &[Member]) -> Vec<Range<usize>> {
    members.iter().map(|m| m.key_start..m.value.end).collect()
}

/// The span of the value at `path`, or `None` when the text has no such value. Where an
/// object repeats a key, the last value: the one the edits address.
pub(super) fn locate(text: &str, path: &[Step]) -> Option<Range<usize>> {
    path.iter().try_fold(root(text), |span, step| child(text, span, step).1)
}

/// The value at a path, both as serde reads it and as the edits address it.
pub(super) struct Located {
    /// The first value of each key on the way: serde reads it first, and a struct refuses a
    /// second one as a duplicate before it reads it, so for a struct this is the value that
    /// failed. (The text cannot say which one failed where a type reads a later one, as
    /// `ExtractOutput` does with a `metadata` that is not an object followed by one that is.)
    pub(super) read: Option<Range<usize>>,
    /// The last value of each key on the way, as [`locate`] finds it.
    pub(super) last: Option<Range<usize>>,
}

/// The value at `path`, as [`Located`] describes it; the two differ only where an object on
/// the way repeats a key.
pub(super) fn locate_both(text: &str, path: &[Step]) -> Located {
    let root = root(text);
    let (mut read, mut last) = (Some(root.clone()), Some(root));
    for step in path {
        if read == last {
            // One lookup serves both until a repeated key sets them apart.
            (read, last) = read.map_or((None, None), |span| child(text, span, step));
        } else {
            read = read.and_then(|span| child(text, span, step).0);
            last = last.and_then(|span| child(text, span, step).1);
        }
    }
    Located { read, last }
}

/// The span of the whole text's value. The text is one valid JSON value (see the module
/// docs): it is the text without the whitespace around it. Reading it as a `RawValue` would
/// check the whole text again on every lookup, which in a large body cost more than the
/// lookup itself.
fn root(text: &str) -> Range<usize> {
    text.len() - text.trim_start().len()..text.trim_end().len()
}

/// The first and the last value at `step` inside the value at `span`: the same value, unless
/// an object repeats the key.
fn child(text: &str, span: Range<usize>, step: &Step) -> (Option<Range<usize>>, Option<Range<usize>>) {
    match step {
        Step::Key(key) => {
            let Some(members) = members(text, span) else { return (None, None) };
            let mut values = members.into_iter().filter(|m| &m.key == key).map(|m| m.value);
            let first = values.next();
            let last = values.next_back().or_else(|| first.clone());
            (first, last)
        }
        Step::Index(index) => {
            let element = elements(text, span).and_then(|elements| elements.into_iter().nth(*index));
            (element.clone(), element)
        }
    }
}

/// Where `part`, a slice of `text`, lies in it.
pub(super) fn offset(text: &str, part: &str) -> Range<usize> {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    start..start + part.len()
}

/// The members of the object at `span`, or `None` when it is not an object.
pub(super) fn members(text: &str, span: Range<usize>) -> Option<Vec<Member>> {
    struct Visitor<'t>(&'t str);
    impl<'de: 't, 't> serde::de::Visitor<'de> for Visitor<'t> {
        type Value = Vec<Member>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Vec<Member>, A::Error> {
            let mut members = Vec::new();
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                let value = offset(self.0, map.next_value::<&'de RawValue>()?.get());
                let key_start = key_start(self.0.as_bytes(), value.start);
                members.push(Member { key: key.into_owned(), key_start, value });
            }
            Ok(members)
        }
    }
    let part = text.get(span)?;
    let mut deserializer = serde_json::Deserializer::from_str(part);
    let found = serde::Deserializer::deserialize_map(&mut deserializer, Visitor(text)).ok()?;
    Some(found)
}

/// The spans of the elements of the array at `span`, or `None` when it is not an array.
pub(super) fn elements(text: &str, span: Range<usize>) -> Option<Vec<Range<usize>>> {
    let part = text.get(span)?;
    let items = serde_json::from_str::<Vec<&RawValue>>(part).ok()?;
    Some(items.into_iter().map(|item| offset(text, item.get())).collect())
}

/// Where the key whose value starts at `value_start` opens its quote: back over the colon and
/// the key's closing quote, then to the first quote not escaped by a backslash.
pub(super) fn key_start(text: &[u8], value_start: usize) -> usize {
    let mut at = value_start;
    let mut back_over = |wanted: u8| {
        while at > 0 {
            at -= 1;
            if text[at] == wanted {
                return;
            }
        }
    };
    back_over(b':');
    back_over(b'"');
    while at > 0 {
        at -= 1;
        let backslashes = text[..at].iter().rev().take_while(|&&b| b == b'\\').count();
        if text[at] == b'"' && backslashes % 2 == 0 {
            break;
        }
    }
    at
}

/// `text` with the bytes at `span` replaced by `with`.
pub(super) fn replace(text: &str, span: Range<usize>, with: &str) -> String {
    let mut out = String::with_capacity(text.len() + with.len());
    out.push_str(&text[..span.start]);
    out.push_str(with);
    out.push_str(&text[span.end..]);
    out
}

/// Removes item `at` of a container, given the spans of all its items, with one comma.
pub(super) fn remove(text: &str, items: &[Range<usize>], at: usize) -> String {
    let cut = if at + 1 < items.len() {
        items[at].start..items[at + 1].start
    } else if at > 0 {
        items[at - 1].end..items[at].end
    } else {
        items[at].clone()
    };
    replace(text, cut, "")
}

/// Writes `"key":null` as the first member of the object opening at `object_start`.
pub(super) fn insert_null(text: &str, object_start: usize, key: &str) -> String {
    let empty = text[object_start + 1..].trim_start().starts_with('}');
    let member = format!("{}:null{}", serde_json::Value::from(key), if empty { "" } else { "," });
    replace(text, object_start + 1..object_start + 1, &member)
}

/// What the text has at a path, as far as the tolerant pass tells values apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Found {
    /// No value at that path.
    Absent,
    /// `null`.
    Null,
    /// An array.
    Array,
    /// An object.
    Object,
    /// A string, number or boolean.
    Scalar,
}

impl Found {
    /// What `text` has at `span` (the span of a value, or `None`), from the value's first
    /// byte.
    pub(super) fn at(text: &str, span: Option<&Range<usize>>) -> Found {
        match span.and_then(|span| text.as_bytes().get(span.start)) {
            None => Found::Absent,
            Some(b'n') => Found::Null,
            Some(b'[') => Found::Array,
            Some(b'{') => Found::Object,
            Some(_) => Found::Scalar,
        }
    }
}
