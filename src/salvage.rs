//! The tolerant pass over a success body that the typed decode refused.
//!
//! The typed decode stays the fast path. Only when it fails does this pass run: it checks the
//! run's identity, then decodes again with the JSON path tracked, and at the failing path
//! edits the body's text (sets the value to `null`, leaves an array element or map entry out,
//! or writes a missing key as `null`), records the correction and decodes again, until the
//! run decodes. The text is edited rather than a `serde_json::Value` tree, so that everything
//! else, raw JSON values included, stays exactly as the server sent it, and so that no tree
//! many times the body's size is built. The number of passes is bounded by the body's size:
//! past that budget a failure drops the whole top-level property it is in.

use crate::correction::{display_path, Correction, Problem, Step};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::{collections::HashSet, ops::Range};

/// Marks an error message that carries a path inside a union (see [`nested_error`]).
const MARK: char = '\u{1f}';

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

/// The error a union returns when the shape it chose fails to decode from `text`: it decodes
/// `text` again as `T` with the path tracked, and says where, after `prefix`, it failed. The
/// message reads `path: message` and carries the path once more, after [`MARK`], in a form
/// this pass reads back, so that it corrects the one value inside the union rather than the
/// whole union. Only runs on a failure.
pub(crate) fn nested_error<E: serde::de::Error, T: DeserializeOwned>(text: &str, prefix: &[Step]) -> E {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let (inner, message) = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(error) => failure(error),
        Ok(_) => (Vec::new(), "the value decoded on a second reading".to_owned()),
    };
    let path: Vec<Step> = prefix.iter().chain(&inner).cloned().collect();
    let steps: Vec<serde_json::Value> = path
        .iter()
        .map(|step| match step {
            Step::Key(key) => key.as_str().into(),
            Step::Index(index) => (*index).into(),
        })
        .collect();
    E::custom(format_args!("{}: {message}{MARK}{}", display_path(&path), serde_json::Value::from(steps)))
}

/// The path and message of a tracked decode's error, with any path a union reported inside
/// itself appended, and without serde_json's "at line L column C".
fn failure(error: serde_path_to_error::Error<serde_json::Error>) -> (Vec<Step>, String) {
    let mut steps = Vec::new();
    for segment in error.path().iter() {
        match segment {
            serde_path_to_error::Segment::Map { key } => steps.push(Step::Key(key.clone())),
            serde_path_to_error::Segment::Seq { index } => steps.push(Step::Index(*index)),
            // Inside an enum the text's structure is not the path's; correct the enum whole.
            _ => break,
        }
    }
    let inner = error.into_inner();
    let mut message = inner.to_string();
    let position = format!(" at line {} column {}", inner.line(), inner.column());
    if inner.line() > 0 && message.ends_with(&position) {
        message.truncate(message.len() - position.len());
    }
    if let Some((readable, nested)) = message.rsplit_once(MARK) {
        if let Ok(serde_json::Value::Array(nested)) = serde_json::from_str(nested) {
            let nested: Vec<Step> = nested
                .into_iter()
                .map(|step| match step {
                    serde_json::Value::Number(n) => Step::Index(n.as_u64().unwrap_or(0) as usize),
                    serde_json::Value::String(key) => Step::Key(key),
                    other => Step::Key(other.to_string()),
                })
                .collect();
            let prefix = format!("{}: ", display_path(&nested));
            message = readable.strip_prefix(&prefix).unwrap_or(readable).to_owned();
            steps.extend(nested);
        }
    }
    (steps, message)
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

struct Salvage {
    text: String,
    identity: Vec<Vec<Step>>,
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
    fn new(text: String, identity: Vec<Vec<Step>>) -> Self {
        Salvage {
            text,
            identity,
            corrections: Vec::new(),
            nulled: HashSet::new(),
            inserted: HashSet::new(),
            removed: Vec::new(),
        }
    }

    fn run<T: DeserializeOwned>(
        mut self,
        fine_budget: usize,
    ) -> Result<(Box<T>, Vec<Correction>), Unreadable> {
        // Every pass changes the text; the bound only guards against a pass that does not.
        for pass in 0..fine_budget + 256 {
            let mut deserializer = serde_json::Deserializer::from_str(&self.text);
            let (path, message) = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
                Ok(run) => {
                    let corrections = self.corrections.into_iter().map(|(_, c)| c).collect();
                    return Ok((Box::new(run), corrections));
                }
                Err(error) => failure(error),
            };
            self.correct(path, message, pass >= fine_budget)?;
        }
        Err(Unreadable::at(&[], "too many values could not be corrected"))
    }

    /// Makes the failure at `path` go away, or says why it cannot. `coarse`: drop the whole
    /// top-level property instead of the one value.
    fn correct(&mut self, path: Vec<Step>, mut message: String, coarse: bool) -> Result<(), Unreadable> {
        // An array where an object belongs: serde reads a struct from an array by position,
        // so its elements failed one by one until none was left. Say what it really was.
        if let Some(name) = message
            .strip_prefix("invalid length ")
            .and_then(|m| m.split_once(", expected struct "))
            .and_then(|(_, rest)| rest.split(' ').next())
        {
            message = format!("invalid type: sequence, expected struct {name}");
        }
        let problem = if message.starts_with("invalid type: null") {
            Problem::Null
        } else if message.contains("did not match any variant") {
            Problem::UnknownShape
        } else {
            Problem::Invalid
        };
        if !coarse {
            let missing = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`'));
            if let Some(field) = missing {
                if self.write_missing(&path, field, &message)? {
                    return Ok(());
                }
            }
            let duplicate = message.strip_prefix("duplicate field `").and_then(|m| m.strip_suffix('`'));
            if let Some(field) = duplicate {
                if self.drop_duplicate(&path, field, &message)? {
                    return Ok(());
                }
            }
        }
        // Anything else, or a fine correction that cannot be made: the value goes.
        self.drop_value(if coarse { top(&path) } else { path }, problem, &message)
    }

    /// Writes a missing key as `null` in the object at `path` (recorded), unless that was
    /// tried already or the object is not in the text: then `false`.
    fn write_missing(&mut self, path: &[Step], field: &str, message: &str) -> Result<bool, Unreadable> {
        let mut target = path.to_vec();
        target.push(Step::Key(field.to_owned()));
        self.guard(&target, message)?;
        let Some(object) = locate(&self.text, path).filter(|span| self.text[span.clone()].starts_with('{'))
        else {
            return Ok(false);
        };
        if !self.inserted.insert(target.clone()) {
            return Ok(false);
        }
        self.record(&target, Problem::Missing, message);
        self.text = insert_null(&self.text, object.start, field);
        Ok(true)
    }

    /// Leaves out all but the last of a key that an object at `path` repeats (recorded), or
    /// `false` when the text does not show it.
    fn drop_duplicate(&mut self, path: &[Step], field: &str, message: &str) -> Result<bool, Unreadable> {
        let mut target = path.to_vec();
        target.push(Step::Key(field.to_owned()));
        self.guard(&target, message)?;
        let Some(members) = locate(&self.text, path).and_then(|object| members(&self.text, object)) else {
            return Ok(false);
        };
        let Some(first) = members.iter().position(|m| m.key == field) else { return Ok(false) };
        self.record(&target, Problem::Invalid, &format!("{message}; the last one is kept"));
        self.text = remove(&self.text, &spans(&members), first);
        Ok(true)
    }

    /// Sets the value at `path` to `null` (recorded), or, when that was tried already or the
    /// value is an array element, leaves it out.
    fn drop_value(&mut self, mut path: Vec<Step>, problem: Problem, message: &str) -> Result<(), Unreadable> {
        // A path the text does not have (the decoder's own view of an enum) is corrected at
        // the nearest value the text does have.
        while !path.is_empty() && locate(&self.text, &path).is_none() {
            path.pop();
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
            Some(cause) if self.of_our_making(&path, message) => cause,
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

    /// Whether the failure at `path` follows from this pass's own edits: a key it wrote as
    /// `null` or left out.
    fn of_our_making(&self, path: &[Step], message: &str) -> bool {
        let edited = |key: &str| {
            let mut at = path.to_vec();
            at.push(Step::Key(key.to_owned()));
            self.nulled.contains(&at) || self.inserted.contains(&at)
        };
        match message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
            Some(key) => edited(key),
            None => message.starts_with("invalid type: null") && self.nulled.contains(path),
        }
    }

    /// The identity is never corrected: a failure there means the body is not a run.
    fn guard(&self, path: &[Step], message: &str) -> Result<(), Unreadable> {
        if path.is_empty() || self.identity.iter().any(|id| id.starts_with(path) || path.starts_with(id)) {
            return Err(Unreadable::at(path, message));
        }
        Ok(())
    }

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

/// An object's member: its key, where its key's opening quote is, and its value's span.
struct Member {
    key: String,
    key_start: usize,
    value: Range<usize>,
}

/// The spans of members, from the key to the end of the value.
fn spans(members: &[Member]) -> Vec<Range<usize>> {
    members.iter().map(|m| m.key_start..m.value.end).collect()
}

/// The span of the value at `path`, or `None` when the text has no such value.
fn locate(text: &str, path: &[Step]) -> Option<Range<usize>> {
    let root = serde_json::from_str::<&RawValue>(text).ok()?;
    let mut span = offset(text, root.get());
    for step in path {
        span = match step {
            Step::Key(key) => members(text, span)?.into_iter().rev().find(|m| &m.key == key)?.value,
            Step::Index(index) => elements(text, span)?.into_iter().nth(*index)?,
        };
    }
    Some(span)
}

/// Where `part`, a slice of `text`, lies in it.
fn offset(text: &str, part: &str) -> Range<usize> {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    start..start + part.len()
}

/// The members of the object at `span`, or `None` when it is not an object.
fn members(text: &str, span: Range<usize>) -> Option<Vec<Member>> {
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
fn elements(text: &str, span: Range<usize>) -> Option<Vec<Range<usize>>> {
    let part = text.get(span)?;
    let items = serde_json::from_str::<Vec<&RawValue>>(part).ok()?;
    Some(items.into_iter().map(|item| offset(text, item.get())).collect())
}

/// Where the key whose value starts at `value_start` opens its quote: back over the colon and
/// the key's closing quote, then to the first quote not escaped by a backslash.
fn key_start(text: &[u8], value_start: usize) -> usize {
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

fn replace(text: &str, span: Range<usize>, with: &str) -> String {
    let mut out = String::with_capacity(text.len() + with.len());
    out.push_str(&text[..span.start]);
    out.push_str(with);
    out.push_str(&text[span.end..]);
    out
}

/// Removes item `at` of a container, given the spans of all its items, with one comma.
fn remove(text: &str, items: &[Range<usize>], at: usize) -> String {
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
fn insert_null(text: &str, object_start: usize, key: &str) -> String {
    let empty = text[object_start + 1..].trim_start().starts_with('}');
    let member = format!("{}:null{}", serde_json::Value::from(key), if empty { "" } else { "," });
    replace(text, object_start + 1..object_start + 1, &member)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Run {
        id: String,
        #[serde(deserialize_with = "Option::deserialize")]
        count: Option<u32>,
        #[serde(default)]
        tags: Vec<u32>,
        #[serde(default)]
        nested: Option<Box<Run>>,
    }

    fn run(text: &str) -> Result<(Box<Run>, Vec<Correction>), Unreadable> {
        salvage::<Run>(text.as_bytes(), &[&["id"]])
    }

    fn paths(corrections: &[Correction]) -> Vec<(&str, Problem)> {
        corrections.iter().map(|c| (c.path.as_str(), c.problem)).collect()
    }

    #[test]
    fn missing_wrong_and_null_values_are_corrected_and_recorded() {
        let (value, corrections) = run(r#"{"id": "a", "tags": [1, "x", 3, null, 5]}"#).unwrap();
        assert_eq!(value.tags, vec![1, 3, 5]);
        assert_eq!(value.count, None);
        // Indices are the ones the server sent, although element 1 was gone when 3 failed.
        // serde reports a missing field when the object ends, after the values in it.
        assert_eq!(
            paths(&corrections),
            vec![("tags[1]", Problem::Invalid), ("tags[3]", Problem::Null), ("count", Problem::Missing)]
        );
        assert_eq!(corrections[0].detail, "invalid type: string \"x\", expected u32");

        let (value, corrections) =
            run(r#"{"nested": {"id": "b", "count": -1, "tags": {"a": 1}}, "count": 2, "id": "a"}"#).unwrap();
        assert_eq!(value.count, Some(2));
        let nested = value.nested.unwrap();
        assert_eq!((nested.id.as_str(), nested.count, nested.tags.len()), ("b", None, 0));
        // `tags` is a Vec with a default: null is refused too, so it is left out.
        assert_eq!(
            paths(&corrections),
            vec![("nested.count", Problem::Invalid), ("nested.tags", Problem::Invalid)]
        );
    }

    #[test]
    fn an_array_where_an_object_belongs_is_one_correction() {
        let (value, corrections) = run(r#"{"id": "a", "count": 1, "nested": [1, "x"]}"#).unwrap();
        assert_eq!(value.nested, None);
        assert_eq!(paths(&corrections), vec![("nested", Problem::Invalid)]);
        assert_eq!(corrections[0].detail, "invalid type: sequence, expected struct Run");
    }

    #[test]
    fn the_element_after_one_left_out_is_corrected_afresh() {
        #[derive(Debug, Deserialize)]
        struct Item {
            #[serde(deserialize_with = "Option::deserialize")]
            note: Option<String>,
            name: String,
        }
        #[derive(Debug, Deserialize)]
        struct List {
            #[allow(dead_code)]
            id: String,
            items: Vec<Item>,
        }
        let text = r#"{"id": "a", "items": [{"name": 5}, {"name": "c"}]}"#;
        let (value, corrections) =
            salvage::<List>(text.as_bytes(), &[&["id"]]).map_err(|e| e.message).unwrap();
        assert_eq!(value.items.len(), 1);
        assert_eq!((value.items[0].name.as_str(), &value.items[0].note), ("c", &None));
        assert_eq!(
            paths(&corrections),
            vec![("items[0]", Problem::Invalid), ("items[1].note", Problem::Missing)]
        );
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value() {
        let (value, corrections) = run(r#"{"id": "a", "count": 1, "count": 2, "count": 3}"#).unwrap();
        assert_eq!(value.count, Some(3));
        assert_eq!(paths(&corrections), vec![("count", Problem::Invalid), ("count", Problem::Invalid)]);
        assert_eq!(corrections[0].detail, "duplicate field `count`; the last one is kept");
    }

    #[test]
    fn the_rest_of_the_text_is_kept_byte_for_byte() {
        let mut salvage = Salvage::new(r#"{ "a" : 1 , "b\"q" :[ 1 , 2 ], "c": {} }"#.to_owned(), Vec::new());
        let b = vec![Step::Key("b\"q".into())];
        assert_eq!(&salvage.text[locate(&salvage.text, &b).unwrap()], "[ 1 , 2 ]");
        salvage.drop_value(vec![Step::Key("b\"q".into()), Step::Index(0)], Problem::Invalid, "x").unwrap();
        assert_eq!(salvage.text, r#"{ "a" : 1 , "b\"q" :[ 2 ], "c": {} }"#);
        salvage.drop_value(vec![Step::Key("a".into())], Problem::Invalid, "x").unwrap();
        assert_eq!(salvage.text, r#"{ "a" : null , "b\"q" :[ 2 ], "c": {} }"#);
        salvage.drop_value(vec![Step::Key("a".into())], Problem::Invalid, "x").unwrap();
        assert_eq!(salvage.text, r#"{ "b\"q" :[ 2 ], "c": {} }"#);
        salvage.drop_value(vec![Step::Key("c".into())], Problem::Invalid, "x").unwrap();
        salvage.drop_value(vec![Step::Key("c".into())], Problem::Invalid, "x").unwrap();
        assert_eq!(salvage.text, r#"{ "b\"q" :[ 2 ] }"#);
        assert_eq!(insert_null(&salvage.text, 0, "new"), r#"{"new":null, "b\"q" :[ 2 ] }"#);
        assert_eq!(insert_null("{ }", 0, "k"), r#"{"k":null }"#);
    }

    #[test]
    fn a_body_without_its_identity_is_unreadable() {
        for (text, path) in [
            (r#"{"count": 1}"#, "id"),
            (r#"{"id": 7, "count": 1}"#, "id"),
            (r#"{"id": null}"#, "id"),
            ("[1, 2]", "."),
            ("not json", "."),
            (r#"{"id": "a"} trailing"#, "."),
        ] {
            let error = run(text).unwrap_err();
            assert_eq!(error.path, path, "{text}: {error:?}");
        }
    }

    #[test]
    fn too_many_problems_drop_the_top_level_property() {
        let tags: Vec<String> = (0..40).map(|i| format!("\"{i}\"")).collect();
        let text = format!(
            r#"{{"id": "a", "count": 1, "nested": {{"id": "n", "count": 1, "tags": [{}]}}}}"#,
            tags.join(",")
        );
        let (value, corrections) =
            salvage::<Run>(text.as_bytes(), &[&["id"]]).map_err(|e| e.message).unwrap();
        // The fine budget for so small a body is 1,024 corrections: all 40 are single values.
        assert_eq!(corrections.len(), 40);
        assert!(value.nested.unwrap().tags.is_empty());
        let mut salvage = Salvage::new(text, vec![vec![Step::Key("id".into())]]);
        salvage
            .correct(
                vec![Step::Key("nested".into()), Step::Key("tags".into()), Step::Index(0)],
                "bad".into(),
                true,
            )
            .unwrap();
        let corrections: Vec<Correction> = salvage.corrections.into_iter().map(|(_, c)| c).collect();
        assert_eq!(paths(&corrections), vec![("nested", Problem::Invalid)]);
    }
}
