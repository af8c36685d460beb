//! The spec's embedded examples validate against their schemas, and the validator is strict
//! enough to reject a broken one (so the first test can fail).

use serde_json::{json, Value};
use spec_check::Spec;

fn spec() -> Spec {
    Spec::load_default().expect("the spec loads")
}

fn example(spec: &Spec, operation: &str) -> spec_check::Example {
    spec.response_examples()
        .into_iter()
        .find(|e| e.location.starts_with(&format!("{operation}:")))
        .unwrap_or_else(|| panic!("no example under {operation}"))
}

#[test]
fn every_embedded_response_example_validates() {
    let spec = spec();
    let examples = spec.response_examples();
    let names: Vec<(&str, &str)> =
        examples.iter().map(|e| (e.location.as_str(), e.schema_name.as_str())).collect();
    assert!(
        names.iter().any(|(l, s)| l.starts_with("cancelProcessorRun:")
            && l.ends_with("seed003")
            && *s == "ProcessorRunCancelResponse"),
        "{names:?}"
    );
    assert!(
        names.iter().any(|(l, s)| l.starts_with("cancelClassifyRun:")
            && l.ends_with("seed004")
            && *s == "ClassifyRun"),
        "{names:?}"
    );
    for example in &examples {
        if let Err(errors) = spec.validate(&example.schema_name, &example.value) {
            panic!("{} does not match {}:\n{}", example.location, example.schema_name, errors.join("\n"));
        }
    }
}

#[test]
fn a_wrong_status_type_is_rejected_naming_the_path() {
    let spec = spec();
    let mut run = example(&spec, "cancelClassifyRun").value;
    run["status"] = json!(42);
    let errors = spec.validate("ClassifyRun", &run).expect_err("status 42 must be rejected");
    assert!(errors.iter().any(|e| e.starts_with("/status:")), "{errors:?}");
}

#[test]
fn a_missing_required_id_is_rejected() {
    let spec = spec();
    let mut response = example(&spec, "cancelProcessorRun").value;
    response["processorRun"].as_object_mut().expect("an object").remove("id");
    let errors = spec
        .validate("ProcessorRunCancelResponse", &response)
        .expect_err("a run without id must be rejected");
    assert!(errors.iter().any(|e| e.starts_with("/processorRun:") && e.contains("\"id\"")), "{errors:?}");
    let errors = spec.validate("LegacyProcessorRun", &response["processorRun"]).expect_err("no id");
    assert!(errors.iter().any(|e| e.starts_with("(root):") && e.contains("\"id\"")), "{errors:?}");
}

#[test]
fn a_nested_error_names_the_nested_path() {
    let spec = spec();
    let mut run = example(&spec, "cancelClassifyRun").value;
    run["createdAt"] = json!("yesterday");
    run["usage"]["credits"] = json!("nine");
    let errors = spec.validate("ClassifyRun", &run).expect_err("must be rejected");
    assert!(errors.iter().any(|e| e.starts_with("/createdAt:")), "{errors:?}");
    assert!(errors.iter().any(|e| e.starts_with("/usage/credits:")), "{errors:?}");
}

#[test]
fn values_the_spec_does_not_list_are_accepted() {
    let spec = spec();
    let mut run = example(&spec, "cancelClassifyRun").value;
    run["status"] = json!("ARCHIVED");
    run["failureReason"] = json!("QUOTA_EXCEEDED");
    run["someFieldAddedLater"] = json!({"nested": true});
    spec.validate("ClassifyRun", &run).expect("growing enums and unknown fields are accepted");
}

#[test]
fn nullable_fields_accept_null() {
    let spec = spec();
    let mut run = example(&spec, "cancelClassifyRun").value;
    run["failureReason"] = Value::Null;
    run["failureMessage"] = Value::Null;
    spec.validate("ClassifyRun", &run).expect("nullable fields accept null");
}

#[test]
fn unknown_schema_names_are_an_error() {
    let errors = spec().validate("NoSuchSchema", &json!({})).expect_err("unknown schema");
    assert!(errors[0].contains("NoSuchSchema"), "{errors:?}");
}
