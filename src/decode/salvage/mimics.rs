//! Failures whose messages read like serde's own ("missing field", "invalid type: null",
//! "did not match any variant", ...) while the text and the type say otherwise: the pass
//! follows the structure, so each is corrected as what it is, not as what it reads like.

use super::*;
use serde::{de::Error as _, Deserialize, Deserializer};
use serde_json::{Map, Value};

/// Reads a string and fails with it as the message.
#[derive(Debug)]
struct Echo;

impl<'de> Deserialize<'de> for Echo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Err(D::Error::custom(String::deserialize(deserializer)?))
    }
}

/// An object of at least two keys; fewer fail with a message that names one as missing.
#[derive(Debug)]
struct Pair(#[allow(dead_code)] Map<String, Value>);

impl<'de> Deserialize<'de> for Pair {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = Map::deserialize(deserializer)?;
        match map.len() {
            0 | 1 => Err(D::Error::custom("missing field `b`")),
            _ => Ok(Pair(map)),
        }
    }
}

/// An object without a `count` key; one with it fails with a message that calls it repeated.
#[derive(Debug)]
struct NoCount;

impl<'de> Deserialize<'de> for NoCount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Map::deserialize(deserializer)?.contains_key("count") {
            true => Err(D::Error::custom("duplicate field `count`")),
            false => Ok(NoCount),
        }
    }
}

/// Looks at any value to choose its shape, and knows none: a union whose message does not
/// say so.
#[derive(Debug)]
struct NoShape;

impl<'de> Deserialize<'de> for NoShape {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer)?;
        Err(D::Error::custom("nothing I know"))
    }
}

#[derive(Debug, Deserialize)]
struct Holder {
    #[allow(dead_code)]
    id: String,
    #[serde(default)]
    echo: Option<Echo>,
    #[serde(default)]
    pair: Option<Pair>,
    #[serde(default)]
    no_count: Option<NoCount>,
    #[serde(default)]
    no_shape: Option<NoShape>,
}

fn corrected(text: &str) -> (Box<Holder>, Vec<(String, Problem, String)>) {
    let (holder, corrections) =
        salvage::<Holder>(text.as_bytes(), &[&["id"]]).map_err(|e| e.message).unwrap();
    (holder, corrections.into_iter().map(|c| (c.path, c.problem, c.detail)).collect())
}

fn one(path: &str, problem: Problem, detail: &str) -> Vec<(String, Problem, String)> {
    vec![(path.to_owned(), problem, detail.to_owned())]
}

#[test]
fn a_string_that_reads_like_a_null_is_an_invalid_value() {
    let (holder, corrections) = corrected(r#"{"id": "a", "echo": "invalid type: null, expected a string"}"#);
    assert!(holder.echo.is_none());
    assert_eq!(corrections, one("echo", Problem::Invalid, "invalid type: null, expected a string"));
}

#[test]
fn a_message_about_variants_is_not_a_union_and_a_union_need_not_say_so() {
    let detail = "data did not match any variant of untagged enum Shape";
    let (_, corrections) = corrected(&format!(r#"{{"id": "a", "echo": "{detail}"}}"#));
    assert_eq!(corrections, one("echo", Problem::Invalid, detail));
    let (holder, corrections) = corrected(r#"{"id": "a", "no_shape": [1]}"#);
    assert!(holder.no_shape.is_none());
    assert_eq!(corrections, one("no_shape", Problem::UnknownShape, "nothing I know"));
}

#[test]
fn a_message_naming_a_missing_field_does_not_make_the_key_missing() {
    // Writing `b` as null would let the value decode; but the type never said it requires
    // `b`, so the value goes whole.
    let (holder, corrections) = corrected(r#"{"id": "a", "pair": {"a": 1}}"#);
    assert!(holder.pair.is_none());
    assert_eq!(corrections, one("pair", Problem::Invalid, "missing field `b`"));
}

#[test]
fn a_message_naming_a_repeated_field_does_not_drop_a_key_said_once() {
    // Dropping `count` would let the value decode; but the text has it once.
    let (holder, corrections) = corrected(r#"{"id": "a", "no_count": {"count": 1, "other": 2}}"#);
    assert!(holder.no_count.is_none());
    assert_eq!(corrections, one("no_count", Problem::Invalid, "duplicate field `count`"));
}

#[test]
fn a_message_about_a_struct_read_from_a_sequence_is_kept_for_a_string() {
    let detail = "invalid length 0, expected struct Fake with 1 element";
    let (_, corrections) = corrected(&format!(r#"{{"id": "a", "echo": "{detail}"}}"#));
    assert_eq!(corrections, one("echo", Problem::Invalid, detail));
}

#[test]
fn a_key_the_type_says_is_missing_but_the_text_has_is_not_written_again() {
    /// Always says `b` is missing, with serde's own constructor.
    #[derive(Debug)]
    struct Liar;
    impl<'de> Deserialize<'de> for Liar {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            Map::deserialize(deserializer)?;
            Err(D::Error::missing_field("b"))
        }
    }
    #[derive(Debug, Deserialize)]
    struct Run {
        #[allow(dead_code)]
        id: String,
        #[serde(default)]
        #[allow(dead_code)]
        liar: Option<Liar>,
    }
    let text = r#"{"id": "a", "liar": {"b": 1}}"#;
    let mut salvage = Salvage::new(text.to_owned(), vec![vec![Step::Key("id".into())]]);
    let Err(failure) = trace::<Run>(&salvage.text) else { panic!("decoded") };
    assert_eq!(failure.said.fault, Some(Fault::Missing("b")));
    salvage.said = failure.said;
    salvage.correct(failure.path, failure.message, false).unwrap();
    // The value went; no second `b` was written into it.
    assert_eq!(salvage.text, r#"{"id": "a", "liar": null}"#);
    let corrections: Vec<_> = salvage.corrections.iter().map(|(_, c)| (c.path.as_str(), c.problem)).collect();
    assert_eq!(corrections, vec![("liar", Problem::Invalid)]);
}

#[test]
fn of_a_repeated_key_the_value_that_failed_is_the_one_serde_read_first() {
    #[derive(Debug, Deserialize)]
    struct Run {
        #[allow(dead_code)]
        id: String,
        #[serde(default)]
        tags: Vec<u32>,
    }
    // A struct reads the first `tags` and fails on it; the last one, an array, is not what
    // failed.
    let text = r#"{"id": "a", "tags": null, "tags": [1]}"#;
    let (run, corrections) = salvage::<Run>(text.as_bytes(), &[&["id"]]).map_err(|e| e.message).unwrap();
    assert!(run.tags.is_empty());
    let corrections: Vec<_> = corrections.iter().map(|c| (c.path.as_str(), c.problem)).collect();
    assert_eq!(corrections, vec![("tags", Problem::Null)]);
}
