//! No run id that passes validation can move a request off `/{kind}_runs/{id}/cancel`.

use extend_cancel::validate_run_id;
use proptest::prelude::*;

/// The path the generated client requests for `id`, as the URL parser normalizes it.
fn requested_path(id: &str) -> Option<String> {
    let url = format!("https://api.extend.ai/extract_runs/{}/cancel", progenitor_client::encode_path(id));
    reqwest::Url::parse(&url).ok().map(|url| url.path().to_owned())
}

fn stays_in_template(id: &str) {
    if validate_run_id(id).is_err() {
        return;
    }
    let path = requested_path(id).expect("a valid id makes a valid URL");
    let segments: Vec<&str> = path.split('/').collect();
    assert_eq!(segments.len(), 4, "{id:?} -> {path}");
    assert_eq!((segments[0], segments[1], segments[3]), ("", "extract_runs", "cancel"), "{id:?} -> {path}");
    assert!(!segments[2].is_empty(), "{id:?} -> {path}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_ids_stay_in_the_path_template(id in "\\PC{0,12}") {
        stays_in_template(&id);
    }

    #[test]
    fn ids_built_from_url_syntax_stay_in_the_path_template(
        parts in proptest::collection::vec(prop_oneof![
            Just("."), Just(".."), Just("/"), Just("\\"), Just("%2e"), Just("%2F"), Just("?"), Just("#"),
            Just(";"), Just("@"), Just(":"), Just("exr_"), Just("a"), Just("\u{3002}"), Just("\u{ff0e}"),
            Just("\t"), Just(" "), Just("&"), Just("="), Just("+"),
        ], 1..8)
    ) {
        stays_in_template(&parts.concat());
    }
}

#[test]
fn the_known_escapes_are_refused() {
    for id in ["..", ".", "a/../b", "a\\..\\b", "%2e%2e", "a?b", "a#b"] {
        assert!(validate_run_id(id).is_err(), "{id:?}");
    }
    // The reason for refusing them: unchecked, they would leave the template.
    assert_eq!(requested_path("..").as_deref(), Some("/cancel"));
    assert_eq!(requested_path("x\\..\\..\\admin").as_deref(), Some("/admin/cancel"));
}

#[tokio::test]
async fn a_multi_byte_id_over_the_limit_is_measured_in_bytes() {
    use extend_cancel::{Client, Error, RunIdProblem, MAX_RUN_ID_LEN};
    // 128 characters, 256 bytes: the limit is in bytes, so this is one byte over it.
    let id = "ü".repeat(128);
    assert_eq!((id.chars().count(), id.len(), MAX_RUN_ID_LEN), (128, 256, 255));
    let error = validate_run_id(&id).unwrap_err();
    assert_eq!(error.problem, RunIdProblem::TooLong(256));
    assert!(error.to_string().ends_with("it is 256 bytes long; run ids are at most 255"), "{error}");
    // 127 of them (254 bytes) pass.
    assert!(validate_run_id(&"ü".repeat(127)).is_ok());
    // Through the client, nothing is sent: port 9 on loopback would refuse anyway.
    let client =
        Client::builder().api_key(crate::support::KEY).base_url("http://127.0.0.1:9").build().unwrap();
    let Err(Error::InvalidRunId(error)) = client.extract_runs().cancel(&id).await else { panic!() };
    assert_eq!(error.problem, RunIdProblem::TooLong(256));
    assert!(error.to_string().contains("256 bytes"), "{error}");
    let Err(Error::InvalidRunId(error)) = client.cancel(format!("exr_{}", "ü".repeat(126))).await else {
        panic!()
    };
    assert_eq!(error.problem, RunIdProblem::TooLong(256));
}
