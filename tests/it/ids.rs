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
