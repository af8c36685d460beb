//! What a traced decode reports: the path, and what the type said, as data.

use super::*;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Item {
    #[serde(deserialize_with = "Option::deserialize")]
    note: Option<String>,
    name: String,
    #[serde(default)]
    shape: Option<Shape>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Shape {
    Number(u32),
    Pair { a: u32, b: u32 },
}

fn failure<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> Failure {
    trace::<T>(text).unwrap_err()
}

fn key(key: &str) -> Step {
    Step::Key(key.to_owned())
}

#[test]
fn a_missing_or_repeated_field_is_named_by_the_struct() {
    let missing = failure::<Vec<Item>>(r#"[{"note": null, "name": "a"}, {"name": "b"}]"#);
    assert_eq!(missing.path, vec![Step::Index(1)]);
    assert_eq!(missing.said.fault, Some(Fault::Missing("note")));
    assert_eq!(missing.said.expected, Some(Expected { asked: Asked::Struct("Item"), read_whole: false }));
    assert_eq!(missing.message, "missing field `note`");
    let repeated = failure::<Item>(r#"{"note": null, "name": "a", "note": "b"}"#);
    assert_eq!((repeated.path, repeated.said.fault), (vec![], Some(Fault::Duplicate("note"))));
}

#[test]
fn a_value_of_the_wrong_type_says_what_was_asked_at_its_own_path() {
    let wrong = failure::<Item>(r#"{"note": 7, "name": "a"}"#);
    assert_eq!(wrong.path, vec![key("note")]);
    assert_eq!(
        wrong.said,
        Said { fault: None, expected: Some(Expected { asked: Asked::Other, read_whole: false }) }
    );
    assert_eq!(wrong.message, "invalid type: integer `7`, expected a string");
}

#[test]
fn a_union_that_refuses_the_value_it_read_whole_says_so() {
    let refused = failure::<Item>(r#"{"note": null, "name": "a", "shape": {"a": 1}}"#);
    assert_eq!(refused.path, vec![key("shape")]);
    assert_eq!(refused.said.expected, Some(Expected { asked: Asked::Any, read_whole: true }));
    // What serde's trials of each shape reported inside the union is not the failure.
    assert_eq!(refused.said.fault, None);
}

#[test]
fn a_plain_type_error_carries_no_fault_of_serde_s_constructors() {
    let other = failure::<Item>(r#"{"note": null, "name": 1}"#);
    assert_eq!((other.path, other.said.fault), (vec![key("name")], None));
}

#[test]
fn raw_and_borrowed_values_decode_through_the_adapter_as_without_it() {
    #[derive(Debug, Deserialize)]
    struct Raw<'a> {
        #[serde(borrow)]
        value: &'a serde_json::value::RawValue,
        boxed: Box<serde_json::value::RawValue>,
        text: &'a str,
        big: u128,
        tagged: Tagged,
    }
    #[derive(Debug, Deserialize, PartialEq)]
    enum Tagged {
        Unit,
        Pair(u8, u8),
        Named { x: i8 },
    }
    let text = r#"{"value": [1, {"a": 2}], "boxed": {"b": [3]}, "text": "plain",
                   "big": 340282366920938463463374607431768211455, "tagged": {"Named": {"x": -1}}}"#;
    let mut json = serde_json::Deserializer::from_str(text);
    let read = Cell::new(None);
    let raw = Raw::deserialize(adapter::Tracked::new(&mut json, &read)).unwrap();
    assert_eq!((raw.value.get(), raw.boxed.get(), raw.text), (r#"[1, {"a": 2}]"#, r#"{"b": [3]}"#, "plain"));
    assert_eq!((raw.big, raw.tagged), (u128::MAX, Tagged::Named { x: -1 }));
    assert_eq!(read.get(), Some(Asked::Struct("Raw")));
    for (text, tagged) in [(r#""Unit""#, Tagged::Unit), (r#"{"Pair": [1, 2]}"#, Tagged::Pair(1, 2))] {
        assert_eq!(trace::<Tagged>(text).unwrap(), tagged);
    }
    // The path stops at an enum: inside it, the text does not follow the path's shape.
    let inside_enum = failure::<Tagged>(r#"{"Named": {"x": "no"}}"#);
    assert_eq!(inside_enum.path, vec![]);
}
