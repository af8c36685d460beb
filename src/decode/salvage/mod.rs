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

use crate::decode::correction::{display_path, Correction, Problem, Step};
use json_text::{elements, insert_null, locate, members, remove, replace, spans};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::HashSet;

mod json_text;
#[cfg(test)]
mod tests;

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
