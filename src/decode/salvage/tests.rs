//! The tolerant pass on bodies that stray from their type in each way it corrects.

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
    let (value, corrections) = salvage::<List>(text.as_bytes(), &[&["id"]]).map_err(|e| e.message).unwrap();
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
    let (value, corrections) = salvage::<Run>(text.as_bytes(), &[&["id"]]).map_err(|e| e.message).unwrap();
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
