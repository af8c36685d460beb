//! Shared fixtures: clients pointed at a loopback server, and run bodies.

use extend_cancel::{Client, ClientBuilder, RetryPolicy};
use serde_json::{json, Value};
use std::time::Duration;

/// The key the test clients send; tests assert it never leaks.
pub const KEY: &str = "sk_test_9f8e7d6c5b4a";

/// A retry policy with millisecond waits, so retry tests stay fast without paused time.
pub fn fast_retries(max_retries: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_retries(max_retries)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(40))
        .max_retry_after(Duration::from_secs(5))
        .jitter(0.1)
}

/// A builder for a client of `base_url` with the test key and fast retries.
pub fn builder(base_url: &str) -> ClientBuilder {
    Client::builder().api_key(KEY).base_url(base_url).retry_policy(fast_retries(2))
}

/// A client of `base_url` with the test key and fast retries.
pub fn client(base_url: &str) -> Client {
    builder(base_url).build().expect("test client builds")
}

/// The exact text of the spec's Cancel Processor Run example (`seed003`), as the reference page
/// shows it; `seed_fixtures_are_the_spec_examples_verbatim` checks it against the spec.
pub const SEED_PROCESSOR_RUN: &str = include_str!("../fixtures/seed003_cancel_processor_run.json");

/// The exact text of the spec's Cancel Classify Run example (`seed004`).
pub const SEED_CLASSIFY_RUN: &str = include_str!("../fixtures/seed004_cancel_classify_run.json");

pub fn seed_processor_run() -> Value {
    serde_json::from_str(SEED_PROCESSOR_RUN).unwrap()
}

pub fn seed_classify_run() -> Value {
    serde_json::from_str(SEED_CLASSIFY_RUN).unwrap()
}

/// The text embedded in the spec file under the example `name` (`seed003:` then `value:`), with
/// the YAML indentation removed: the examples are written there as JSON in flow style.
pub fn spec_example_text(spec: &spec_check::Spec, name: &str) -> String {
    let yaml = std::fs::read_to_string(spec.path()).expect("the spec file reads");
    let lines: Vec<&str> = yaml.lines().collect();
    let indent = |line: &str| line.len() - line.trim_start().len();
    let start = lines
        .iter()
        .position(|line| line.trim() == format!("{name}:"))
        .unwrap_or_else(|| panic!("the spec has no example {name}"));
    let value = (start + 1..lines.len())
        .find(|&i| lines[i].trim() == "value:")
        .unwrap_or_else(|| panic!("the example {name} has no value"));
    let body: Vec<&str> = lines[value + 1..]
        .iter()
        .take_while(|line| line.trim().is_empty() || indent(line) > indent(lines[value]))
        .copied()
        .collect();
    let margin = body.iter().filter(|line| !line.trim().is_empty()).map(|line| indent(line)).min().unwrap();
    let text: Vec<&str> = body.iter().map(|line| line.get(margin..).unwrap_or("")).collect();
    text.join("\n").trim_end().to_owned()
}

/// A complete extract run as the API documents it (2026-02-09), cancelled.
pub fn extract_run(id: &str) -> Value {
    json!({
        "object": "extract_run",
        "id": id,
        "status": "CANCELLED",
        "output": null,
        "initialOutput": null,
        "reviewedOutput": null,
        "failureReason": null,
        "failureMessage": null,
        "metadata": {"extend:usage_tags": ["batch-7"]},
        "reviewed": false,
        "edited": false,
        "edits": null,
        "config": {
            "baseProcessor": "extraction_performance",
            "baseVersion": "4.1.0",
            "schema": {"type": "object", "properties": {"total": {"type": "number"}}},
            "advancedOptions": {"citationsEnabled": true, "pageRanges": [{"start": 1, "end": 3}]},
            "parseConfig": {"target": "markdown", "engine": "parse_performance"}
        },
        "extractor": {
            "object": "extractor", "id": "ex_1", "name": "Invoices",
            "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z"
        },
        "extractorVersion": {
            "object": "extractor_version", "id": "exv_1", "description": null, "version": "draft",
            "extractorId": "ex_1", "createdAt": "2024-03-21T16:45:00Z"
        },
        "file": {
            "object": "file", "id": "file_1", "name": "invoice.pdf", "type": "PDF", "parentFileId": null,
            "metadata": {"pageCount": 3},
            "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z"
        },
        "files": null,
        "parseRunId": "pr_1",
        "dashboardUrl": format!("https://dashboard.extend.ai/runs/{id}"),
        "usage": null,
        "createdAt": "2024-03-21T16:45:00Z",
        "updatedAt": "2024-03-21T16:46:00Z"
    })
}

/// A complete split run, cancelled.
pub fn split_run(id: &str) -> Value {
    json!({
        "object": "split_run",
        "id": id,
        "status": "CANCELLED",
        "output": null,
        "splitter": null,
        "splitterVersion": null,
        "initialOutput": null,
        "reviewedOutput": null,
        "failureReason": null,
        "failureMessage": null,
        "metadata": null,
        "reviewed": false,
        "edited": false,
        "config": {
            "baseProcessor": "splitting_light",
            "splitClassifications": [
                {"id": "inv", "type": "invoice", "description": "An invoice", "identifierKey": "invoice number"},
                {"id": "other", "type": "other", "description": "Anything else"}
            ],
            "splitRules": "Split at each invoice number."
        },
        "file": null,
        "parseRunId": null,
        "dashboardUrl": format!("https://dashboard.extend.ai/runs/{id}"),
        "usage": null,
        "createdAt": "2024-03-21T16:45:00Z",
        "updatedAt": "2024-03-21T16:46:00Z"
    })
}

/// `value` with every number as an f64, so that `1` and `1.0` compare equal.
pub fn numbers_as_f64(value: Value) -> Value {
    match value {
        Value::Number(n) => json!(n.as_f64().unwrap()),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_f64).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, numbers_as_f64(v))).collect()),
        other => other,
    }
}

/// A processed extract run with a JSON-Schema output, metadata, citations and usage.
pub fn processed_extract_run(id: &str) -> Value {
    let mut run = extract_run(id);
    run["status"] = json!("PROCESSED");
    run["output"] = json!({
        "value": {"invoice_number": "INV-7", "line_items": [{"description": "Widget", "amount": 12.5}]},
        "metadata": {
            "invoice_number": {"ocrConfidence": 0.99, "logprobsConfidence": 0.97, "reviewAgentScore": 5,
                "citations": [{"page": {"number": 1, "width": 612, "height": 792}, "referenceText": "INV-7",
                               "polygon": [{"x": 1.5, "y": 2.0}, {"x": 30.0, "y": 2.0}]}],
                "insights": [{"type": "reasoning", "content": "Header"}]},
            "line_items[0].amount": {"logprobsConfidence": null, "citations": [{"fileId": "file_1", "referenceText": null}]}
        }
    });
    run["initialOutput"] = run["output"].clone();
    run["usage"] = json!({"credits": 4, "totalCredits": 6, "breakdown": [
        {"object": "parse_run", "id": "pr_1", "credits": 2,
         "charges": [{"product": "parse", "unit": "page", "quantity": 3, "credits": 2, "pages": [1, 2, 3]}]}
    ]});
    run
}

/// The file of the sample runs of the kinds added later (workflow, parse, verify).
fn sample_file() -> Value {
    json!({
        "object": "file", "id": "file_1", "name": "invoice.pdf", "type": "PDF", "parentFileId": null,
        "metadata": {"pageCount": 3},
        "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z"
    })
}

/// A complete workflow run as the official types describe it (every key present, no
/// `createdAt`), in `status`.
pub fn workflow_run(id: &str, status: &str) -> Value {
    json!({
        "object": "workflow_run",
        "id": id,
        "workflow": {
            "object": "workflow", "id": "workflow_1", "name": "Invoices",
            "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z", "createdBy": null
        },
        "workflowVersion": {
            "object": "workflow_version", "id": "workflow_version_1", "version": "1", "name": null,
            "createdAt": "2024-03-21T16:45:00Z", "createdBy": {"type": "api_key", "name": "ci"}
        },
        "dashboardUrl": format!("https://dashboard.extend.ai/workflows/{id}"),
        "status": status,
        "metadata": {},
        "batchId": "batch_7Ws31-F5",
        "files": [sample_file()],
        "failureReason": null,
        "failureMessage": null,
        "initialRunAt": "2024-03-21T15:29:55Z",
        "reviewedByUser": null,
        "reviewed": false,
        "rejectionNote": null,
        "reviewedAt": null,
        "startTime": "2024-03-21T15:30:00Z",
        "endTime": null,
        "stepRuns": [{"object": "workflow_step_run", "id": "wsr_1", "stepType": "PARSE", "status": "PROCESSING"}],
        "usage": null
    })
}

/// A complete parse run as the official types describe it, in `status`.
pub fn parse_run(id: &str, status: &str) -> Value {
    json!({
        "object": "parse_run",
        "id": id,
        "batchId": "bpar_Xj8mK2pL9nR4vT7qY5wZ",
        "file": sample_file(),
        "status": status,
        "failureReason": null,
        "failureMessage": null,
        "metadata": null,
        "output": null,
        "outputUrl": null,
        "metrics": null,
        "config": {"target": "markdown", "engine": "parse_performance"},
        "usage": null
    })
}

/// A complete verify run as the Python SDK's types describe it (the only ones), in `status`.
pub fn verify_run(id: &str, status: &str) -> Value {
    json!({
        "object": "verify_run",
        "id": id,
        "file": sample_file(),
        "status": status,
        "output": null,
        "failureReason": null,
        "failureMessage": null,
        "metadata": null,
        "metrics": null,
        "config": {"engine": "verify_performance", "engineVersion": "1.0.0"},
        "usage": null,
        "source": "API",
        "sourceId": "req_1",
        "createdAt": "2024-03-21T16:45:00Z",
        "updatedAt": "2024-03-21T16:46:00Z"
    })
}
