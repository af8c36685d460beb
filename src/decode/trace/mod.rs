//! A decode that says where it failed and what the Rust type said about the failure, in
//! types rather than in words: the tolerant pass decides its corrections from this.
//!
//! [`trace`] decodes JSON text as `T` through two adapters around serde_json's deserializer:
//! `serde_path_to_error` names the path of the failure, and this module's own adapter
//! ([`adapter`]) hands every `Deserialize` impl an error type of its own ([`Captured`]), so
//! that what serde derives report through typed constructors (a missing field, a repeated
//! one) arrives as data, and notes what each value's type asked the deserializer for (a
//! struct, any value, something else). The unions, which decode a shape from text of their
//! own, report the failure inside that shape through [`nested_error`].
//!
//! Only the tolerant pass and the unions' error reporting use this; the typed decode, the
//! fast path, runs on serde_json alone.

use crate::decode::correction::{display_path, Step};
use captured::{Captured, Info};
use serde::de::DeserializeOwned;
use std::cell::Cell;

mod adapter;
mod captured;
#[cfg(test)]
mod tests;

/// Why a traced decode failed: where, what the type said, and the decoder's message.
#[derive(Debug)]
pub(crate) struct Failure {
    /// The path of the failing value: keys and array indices, as in the text decoded. It
    /// stops at an enum (whose text does not follow the path's shape there).
    pub(crate) path: Vec<Step>,
    /// What the type said about the failure beyond its message.
    pub(crate) said: Said,
    /// The decoder's own words, without serde_json's "at line L column C"; for people.
    pub(crate) message: String,
}

/// What the Rust type said about a failure through serde's typed channels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Said {
    /// A fault a struct reported by key (`Error::missing_field`, `Error::duplicate_field`),
    /// if it was one of those.
    pub(crate) fault: Option<Fault>,
    /// What the type of the failing value asked the deserializer for, if the failure passed
    /// through a value's decoding (a failure in reading the JSON text itself may not).
    pub(crate) expected: Option<Expected>,
}

/// A fault a struct reports about one of its keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    /// The struct requires this key and its object did not have it.
    Missing(&'static str),
    /// The struct saw this key a second time.
    Duplicate(&'static str),
}

/// What the type of the failing value asked for, and whether it refused the value only after
/// reading it whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Expected {
    /// The request the type made of the deserializer.
    pub(crate) asked: Asked,
    /// `true` when the deserializer read the value whole without error and the type refused
    /// it afterwards; `false` when the failure came from inside the reading.
    pub(crate) read_whole: bool,
}

/// The kinds of request a type makes of a deserializer that the tolerant pass tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Asked {
    /// `deserialize_any`: the type looks at the value to choose what it is (an untagged
    /// union, `serde_json::Value`).
    Any,
    /// `deserialize_struct`, with the struct's name.
    Struct(&'static str),
    /// Anything else (a number, a string, an option, a sequence, a map, ...).
    Other,
}

/// Decodes `text` as `T`, or says why it cannot (see the module docs). The text must be one
/// JSON value; what follows it is not checked.
pub(crate) fn trace<T: DeserializeOwned>(text: &str) -> Result<T, Failure> {
    let mut json = serde_json::Deserializer::from_str(text);
    let read = Cell::new(None);
    let error = match serde_path_to_error::deserialize::<_, T>(adapter::Tracked::new(&mut json, &read)) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    let mut path = Vec::new();
    for segment in error.path().iter() {
        match segment {
            serde_path_to_error::Segment::Map { key } => path.push(Step::Key(key.clone())),
            serde_path_to_error::Segment::Seq { index } => path.push(Step::Index(*index)),
            // Inside an enum the text's structure is not the path's; the enum is the value.
            _ => break,
        }
    }
    let Captured { error, info } = error.into_inner().read_whole(read.get());
    let Info { said, nested } = *info;
    Err(match nested {
        // A union failed inside the shape it chose: the failure is the one inside it.
        Some(nested) => {
            let Failure { path: inner, said, message } = *nested;
            path.extend(inner);
            Failure { path, said, message }
        }
        None => Failure { path, said, message: without_position(&error) },
    })
}

/// The error a union returns when the shape it chose fails to decode from `text`: it decodes
/// `text` again as `T` with [`trace`], and says where, after `prefix`, it failed. The message
/// reads `path: message`, for people; within [`trace`] the failure itself, path and all,
/// travels with the error as data, so that the tolerant pass corrects the one value inside
/// the union rather than the whole union. Only runs on a failure.
pub(crate) fn nested_error<E: serde::de::Error, T: DeserializeOwned>(text: &str, prefix: &[Step]) -> E {
    let mut failure = match trace::<T>(text) {
        Err(failure) => failure,
        Ok(_) => Failure {
            path: Vec::new(),
            said: Said::default(),
            message: "the value decoded on a second reading".to_owned(),
        },
    };
    failure.path.splice(0..0, prefix.iter().cloned());
    let message = format!("{}: {}", display_path(&failure.path), failure.message);
    captured::with_nested(Box::new(failure), || E::custom(message))
}

/// serde_json's message for `error`, without the " at line L column C" it appends.
fn without_position(error: &serde_json::Error) -> String {
    let mut message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    if error.line() > 0 && message.ends_with(&position) {
        message.truncate(message.len() - position.len());
    }
    message
}
