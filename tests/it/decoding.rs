//! Arbitrary bytes and mutated seed examples through the response decoding: never a panic,
//! always `Ok` or a typed error.

use crate::support;
use extend_cancel::{decode_response, types, Error, Problem};
use proptest::prelude::*;
use reqwest::{header::HeaderMap, StatusCode};
use serde_json::Value;

/// Decodes `body` as every endpoint's type and checks the outcome is `Ok` or a typed error.
fn decode_all(status: StatusCode, body: &[u8]) {
    fn one<T: extend_cancel::RunBody>(status: StatusCode, body: &[u8]) {
        match decode_response::<T>(status, &HeaderMap::new(), body.to_vec().into()) {
            Ok(_) => assert!(status.is_success()),
            Err(Error::Api(api)) => assert_eq!(api.status, status),
            Err(Error::Decode(decode)) => {
                assert!(status.is_success());
                assert_eq!(&decode.body[..], body);
                assert!(!decode.message.is_empty());
            }
            Err(other) => panic!("unexpected error kind: {other:?}"),
        }
    }
    one::<types::ExtractRun>(status, body);
    one::<types::ClassifyRun>(status, body);
    one::<types::SplitRun>(status, body);
    one::<types::ProcessorRunCancelResponse>(status, body);
}

/// Every path (as a list of keys/indices) in a JSON document.
fn paths(value: &Value, prefix: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                prefix.push(Value::String(key.clone()));
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                prefix.push(Value::from(i));
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

/// Removes, nulls or retypes the value at `path`.
fn mutate(root: &mut Value, path: &[Value], kind: u8) {
    let Some((last, parents)) = path.split_last() else {
        *root = Value::Null;
        return;
    };
    let mut node = root;
    for step in parents {
        node = match step {
            Value::String(key) => &mut node[key.as_str()],
            index => &mut node[index.as_u64().unwrap() as usize],
        };
    }
    let replacement = match kind % 6 {
        0 => None,
        1 => Some(Value::Null),
        2 => Some(Value::from(-7.5)),
        3 => Some(Value::from("unexpected")),
        4 => Some(Value::from(vec![1, 2])),
        _ => Some(serde_json::json!({"surprise": true})),
    };
    match (node, last, replacement) {
        (Value::Object(map), Value::String(key), None) => {
            map.remove(key);
        }
        (Value::Array(items), Value::Number(i), None) => {
            items.remove(i.as_u64().unwrap() as usize);
        }
        (Value::Object(map), Value::String(key), Some(v)) => {
            map.insert(key.clone(), v);
        }
        (Value::Array(items), Value::Number(i), Some(v)) => {
            items[i.as_u64().unwrap() as usize] = v;
        }
        _ => {}
    }
}

fn seeds() -> Vec<Value> {
    vec![
        support::seed_processor_run(),
        support::seed_classify_run(),
        support::extract_run("exr_1"),
        support::split_run("splr_1"),
        support::processed_extract_run("exr_2"),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..512), status in prop_oneof![Just(200u16), Just(400), Just(429), Just(502)]) {
        decode_all(StatusCode::from_u16(status).unwrap(), &body);
    }

    #[test]
    fn mutated_seed_examples_never_panic(seed in 0usize..5, picks in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)) {
        let mut body = seeds()[seed].clone();
        for (index, kind) in picks {
            let mut all = Vec::new();
            paths(&body, &mut Vec::new(), &mut all);
            let path = index.get(&all).clone();
            mutate(&mut body, &path, kind);
        }
        decode_all(StatusCode::OK, body.to_string().as_bytes());
    }

    #[test]
    fn truncated_seed_examples_are_decode_errors(seed in 0usize..5, cut in any::<prop::sample::Index>()) {
        let text = seeds()[seed].to_string();
        let end = cut.index(text.len());
        let result = decode_response::<types::ProcessorRunCancelResponse>(StatusCode::OK, &HeaderMap::new(), text[..end].to_owned().into());
        prop_assert!(matches!(result, Err(Error::Decode(_))));
    }
}

#[test]
fn removing_a_required_field_reads_it_as_absent_and_says_so() {
    let mut body = support::extract_run("exr_1");
    body.as_object_mut().unwrap().remove("dashboardUrl");
    let run =
        decode_response::<types::ExtractRun>(StatusCode::OK, &HeaderMap::new(), body.to_string().into())
            .unwrap();
    assert_eq!(run.dashboard_url, None);
    let corrections: Vec<_> = run.corrections().iter().map(|c| (c.path.as_str(), c.problem)).collect();
    assert_eq!(corrections, vec![("dashboardUrl", Problem::Missing)]);
    assert_eq!(run.corrections()[0].detail, "missing field `dashboardUrl`");
}

#[test]
fn removing_the_id_is_a_decode_error_naming_it() {
    let mut body = support::extract_run("exr_1");
    body.as_object_mut().unwrap().remove("id");
    let Err(Error::Decode(decode)) =
        decode_response::<types::ExtractRun>(StatusCode::OK, &HeaderMap::new(), body.to_string().into())
    else {
        panic!()
    };
    assert_eq!((decode.path.as_str(), decode.message.as_str()), ("id", "missing"));
}
