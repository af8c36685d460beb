//! Listing workflow, parse and verify runs and legacy processor runs: each filter of each list,
//! the parameters a list does not take refused, the legacy list's shape and paging.

use super::support::{all_pages, client, get, ids};
use extend_cancel::{
    types, LegacyProcessorType, RunKind, RunSource, RunStatus, SortBy, SortDir, Timestamp, VerifyRiskLevel,
};
use extend_cancel_sandbox::{sample::SampleRun, Sandbox, StoredRun};
use futures_util::TryStreamExt;
use std::{collections::BTreeSet, time::Duration};

fn at(seconds: i64) -> Timestamp {
    Timestamp::parse("2026-04-01T00:00:00Z").unwrap() + chrono::TimeDelta::seconds(seconds)
}

/// One run to insert: its sample (created `n` seconds after 2026-04-01, `n` its place in the
/// list given) and its batch, source and source id.
struct Seed {
    sample: SampleRun,
    batch: Option<&'static str>,
    source: Option<&'static str>,
    source_id: Option<&'static str>,
}

fn seed(kind: RunKind, id: &str, status: RunStatus, file: &str) -> Seed {
    Seed {
        sample: SampleRun::new(kind, id, status).file_name(file),
        batch: None,
        source: None,
        source_id: None,
    }
}

/// A sandbox with no seeded runs and these, created a second apart in this order; CANCELLING
/// runs stay CANCELLING for the test.
async fn with(runs: Vec<Seed>) -> Sandbox {
    let sandbox =
        Sandbox::builder().seeded(false).cancelling_delay(Duration::from_secs(3600)).start().await.unwrap();
    for (n, Seed { sample, batch, source, source_id }) in runs.into_iter().enumerate() {
        let mut stored = StoredRun::new(sample.created_at(at(n as i64)));
        stored.batch_id = batch.map(str::to_owned);
        stored.source = source.map(str::to_owned);
        stored.source_id = source_id.map(str::to_owned);
        sandbox.insert(stored);
    }
    sandbox
}

/// Checks each `(query, expected ids)` against `list`, each one page without a token.
async fn check(sandbox: &Sandbox, list: &str, cases: &[(&str, &[&str])]) {
    for (query, expected) in cases {
        let page = get(sandbox, &format!("{list}?{query}")).await;
        assert_eq!(page.status, 200, "{list}?{query}: {}", page.text);
        assert_eq!(ids(&page), *expected, "{list}?{query}");
        assert_eq!(page.json.get("nextPageToken").and_then(|t| t.as_str()), None, "{list}?{query}: one page");
    }
}

/// Checks that each `(query, text)` is refused with 400 INVALID_REQUEST naming `text`.
async fn refused(sandbox: &Sandbox, list: &str, cases: &[(&str, &str)]) {
    for (query, expected) in cases {
        let page = get(sandbox, &format!("{list}?{query}")).await;
        assert_eq!(page.status, 400, "{list}?{query}: {}", page.text);
        let message = page.json["message"].as_str().or(page.json["error"].as_str()).unwrap();
        assert!(message.contains(expected), "{list}?{query}: {message}");
    }
}

async fn workflow_sandbox() -> Sandbox {
    use RunStatus::{Cancelling, NeedsReview, Pending, Processing};
    let run = |id, status, workflow: &str, batch, file| {
        let mut seed = seed(RunKind::Workflow, id, status, file);
        seed.sample = seed.sample.processor_id(workflow);
        seed.batch = batch;
        seed
    };
    with(vec![
        run("workflow_run_1", Processing, "workflow_a", Some("batch_1"), "March-Claim.pdf"),
        run("workflow_run_2", Pending, "workflow_a", Some("batch_2"), "receipt.pdf"),
        run("workflow_run_3", Cancelling, "workflow_b", Some("batch_1"), "claim-3.PDF"),
        run("workflow_run_4", NeedsReview, "workflow_b", None, "notes.txt"),
    ])
    .await
}

#[tokio::test]
async fn each_workflow_filter_lists_exactly_the_runs_that_match_it() {
    let sandbox = workflow_sandbox().await;
    let asc = "sortBy=createdAt&sortDir=asc";
    check(
        &sandbox,
        "/workflow_runs",
        &[
            (asc, &["workflow_run_1", "workflow_run_2", "workflow_run_3", "workflow_run_4"]),
            ("sortBy=createdAt", &["workflow_run_4", "workflow_run_3", "workflow_run_2", "workflow_run_1"]),
            ("status=PROCESSING", &["workflow_run_1"]),
            ("status=PENDING", &["workflow_run_2"]),
            ("status=CANCELLING", &["workflow_run_3"]),
            ("status=NEEDS_REVIEW", &["workflow_run_4"]),
            ("status=REJECTED", &[]),
            (&format!("workflowId=workflow_b&{asc}"), &["workflow_run_3", "workflow_run_4"]),
            (&format!("batchId=batch_1&{asc}"), &["workflow_run_1", "workflow_run_3"]),
            (&format!("fileNameContains=CLAIM&{asc}"), &["workflow_run_1", "workflow_run_3"]),
            ("status=PENDING&workflowId=workflow_a&batchId=batch_2", &["workflow_run_2"]),
            ("workflowId=workflow_a&batchId=batch_1&status=PENDING", &[]),
        ],
    )
    .await;
    refused(
        &sandbox,
        "/workflow_runs",
        &[
            ("source=API", "Unknown query parameter source; the workflow run list takes status, workflowId, batchId"),
            ("sourceId=x", "Unknown query parameter sourceId"),
            ("extractorId=ex_1", "Unknown query parameter extractorId"),
            ("status=RUNNING", "status \"RUNNING\" is not one of PENDING, PROCESSING, PROCESSED, FAILED, CANCELLED, CANCELLING, NEEDS_REVIEW, REJECTED."),
        ],
    )
    .await;
    // A summary: the run without its steps, with its batch and the sandbox's times.
    let page = get(&sandbox, "/workflow_runs?batchId=batch_2").await;
    let summary = &page.json["data"][0];
    assert_eq!(
        (summary["batchId"].as_str(), summary["object"].as_str()),
        (Some("batch_2"), Some("workflow_run"))
    );
    assert_eq!(summary["createdAt"], "2026-04-01T00:00:01Z");
    assert_eq!(summary["createdAt"], summary["initialRunAt"]);
    assert_eq!(summary["updatedAt"], "2026-04-01T00:00:01Z", "a PENDING run was not updated since");
    assert_eq!(summary["workflow"]["id"], "workflow_a");
    assert_eq!(summary.get("stepRuns"), None);

    // Through the client, and a cancel that moves a run in the updatedAt order.
    let client = client(&sandbox);
    client.workflow_runs().cancel("workflow_run_2").await.unwrap();
    let listed: Vec<types::WorkflowRunSummary> = client
        .workflow_runs()
        .list()
        .workflow_id("workflow_a")
        .sort_by(SortBy::UpdatedAt)
        .sort_dir(SortDir::Desc)
        .try_collect()
        .await
        .unwrap();
    let listed: Vec<(&str, &str)> = listed.iter().map(|run| (run.id.as_str(), run.status.as_str())).collect();
    assert_eq!(listed, [("workflow_run_2", "CANCELLING"), ("workflow_run_1", "PROCESSING")]);
}

#[tokio::test]
async fn each_parse_filter_lists_exactly_the_runs_that_match_it_newest_first() {
    use RunStatus::{Pending, Processed, Processing};
    let run = |id, status, batch, source, source_id, file| {
        let mut seed = seed(RunKind::Parse, id, status, file);
        (seed.batch, seed.source, seed.source_id) = (batch, Some(source), Some(source_id));
        seed
    };
    let sandbox = with(vec![
        run("pr_1", Processing, Some("bpar_1"), "BATCH_PARSER_RUN", "bpar_1", "scan-1.pdf"),
        run("pr_2", Processed, Some("bpar_1"), "BATCH_PARSER_RUN", "bpar_1", "scan-2.pdf"),
        run("pr_3", Processing, None, "API", "req_1", "Letter.pdf"),
        run("pr_4", Pending, Some("bpar_2"), "BATCH_PARSER_RUN", "bpar_2", "SCAN-4.pdf"),
    ])
    .await;
    let cases: &[(&str, &[&str])] = &[
        ("", &["pr_4", "pr_3", "pr_2", "pr_1"]),
        ("status=PROCESSING", &["pr_3", "pr_1"]),
        ("status=PENDING", &["pr_4"]),
        ("batchId=bpar_1", &["pr_2", "pr_1"]),
        ("source=API", &["pr_3"]),
        ("source=BATCH_PARSER_RUN", &["pr_4", "pr_2", "pr_1"]),
        ("sourceId=bpar_2", &["pr_4"]),
        ("fileNameContains=scan", &["pr_4", "pr_2", "pr_1"]),
        ("status=PROCESSING&batchId=bpar_1&fileNameContains=1", &["pr_1"]),
        // batchId takes precedence over source, which is then ignored (as the API documents).
        ("batchId=bpar_1&source=API", &["pr_2", "pr_1"]),
        ("batchId=bpar_none", &[]),
    ];
    check(&sandbox, "/parse_runs", cases).await;
    refused(
        &sandbox,
        "/parse_runs",
        &[
            ("sortBy=createdAt", "Unknown query parameter sortBy (parse runs are not sorted: they are listed newest first)"),
            ("sortDir=asc", "Unknown query parameter sortDir"),
            ("source=BATCH_PROCESSOR_RUN", "source \"BATCH_PROCESSOR_RUN\" is not one of API, STUDIO, WORKFLOW_RUN, ADMIN, BATCH_PARSER_RUN, EDIT_RUN, DOCUMENT_PROCESSOR_RUN."),
            ("riskLevel=LOW", "Unknown query parameter riskLevel"),
        ],
    )
    .await;
    // The order is by creation: a cancel does not move a run, and the summary shows the change.
    let before = std::time::SystemTime::now() - Duration::from_secs(1);
    let cancelled = client(&sandbox).parse_runs().cancel("pr_1").await.unwrap();
    assert_eq!(cancelled.status, RunStatus::Cancelled);
    check(
        &sandbox,
        "/parse_runs",
        &[("", &["pr_4", "pr_3", "pr_2", "pr_1"]), ("status=CANCELLED", &["pr_1"])],
    )
    .await;
    let summary = get(&sandbox, "/parse_runs?status=CANCELLED").await.json["data"][0].clone();
    assert_eq!(
        (summary["createdAt"].as_str(), summary["batchId"].as_str()),
        (Some("2026-04-01T00:00:00Z"), Some("bpar_1"))
    );
    let updated = Timestamp::parse(summary["updatedAt"].as_str().unwrap()).unwrap();
    assert!(std::time::SystemTime::from(updated.0) >= before, "updated by the cancel: {summary}");
    assert_eq!(summary.get("output"), None);
    let listed: Vec<types::ParseRunSummary> =
        client(&sandbox).parse_runs().list().batch_id("bpar_1").max_page_size(1).try_collect().await.unwrap();
    assert_eq!(listed.iter().map(|run| run.id.as_str()).collect::<Vec<_>>(), ["pr_2", "pr_1"]);
}

#[tokio::test]
async fn each_verify_filter_lists_exactly_the_runs_that_match_it() {
    use RunStatus::{Failed, Processed, Processing};
    let run = |id, status, level: Option<VerifyRiskLevel>, source, source_id, file| {
        let mut seed = seed(RunKind::Verify, id, status, file);
        if let Some(level) = level {
            seed.sample = seed.sample.risk_level(level);
        }
        (seed.source, seed.source_id) = (Some(source), Some(source_id));
        seed
    };
    let sandbox = with(vec![
        run("vr_1", Processed, Some(VerifyRiskLevel::High), "API", "req_1", "statement-1.pdf"),
        run("vr_2", Processed, Some(VerifyRiskLevel::Low), "STUDIO", "req_2", "Statement-2.pdf"),
        run("vr_3", Processing, None, "API", "req_1", "payslip.pdf"),
        run("vr_4", Failed, None, "STUDIO", "req_3", "id-card.png"),
    ])
    .await;
    let asc = "sortBy=createdAt&sortDir=asc";
    let cases: Vec<(String, &[&str])> = vec![
        (asc.to_owned(), &["vr_1", "vr_2", "vr_3", "vr_4"]),
        ("sortDir=asc".to_owned(), &["vr_1", "vr_2", "vr_3", "vr_4"]),
        (format!("status=PROCESSED&{asc}"), &["vr_1", "vr_2"]),
        ("riskLevel=HIGH".to_owned(), &["vr_1"]),
        ("riskLevel=LOW".to_owned(), &["vr_2"]),
        ("riskLevel=MEDIUM".to_owned(), &[]),
        (format!("source=STUDIO&{asc}"), &["vr_2", "vr_4"]),
        (format!("sourceId=req_1&{asc}"), &["vr_1", "vr_3"]),
        (format!("fileNameContains=STATEMENT&{asc}"), &["vr_1", "vr_2"]),
        ("source=API&riskLevel=HIGH&status=PROCESSED".to_owned(), &["vr_1"]),
    ];
    let cases: Vec<(&str, &[&str])> = cases.iter().map(|(query, ids)| (query.as_str(), *ids)).collect();
    check(&sandbox, "/verify_runs", &cases).await;
    refused(
        &sandbox,
        "/verify_runs",
        &[
            ("batchId=bpr_1", "Unknown query parameter batchId (verify runs have no batches)"),
            ("riskLevel=high", "riskLevel \"high\" is not one of LOW, MEDIUM, HIGH."),
            ("status=PENDING", "status \"PENDING\" is not one of PROCESSING, PROCESSED, FAILED, CANCELLED."),
            ("source=BATCH_PROCESSOR_RUN", "source \"BATCH_PROCESSOR_RUN\" is not one of API, STUDIO."),
        ],
    )
    .await;
    // A summary carries the result's riskLevel (null until PROCESSED), not the result.
    let page = get(&sandbox, &format!("/verify_runs?{asc}")).await;
    let data = page.json["data"].as_array().unwrap();
    assert_eq!(data[0]["riskLevel"], "HIGH");
    assert_eq!(data[2]["riskLevel"], serde_json::Value::Null);
    assert_eq!((data[1]["source"].as_str(), data[1]["sourceId"].as_str()), (Some("STUDIO"), Some("req_2")));
    assert!(data.iter().all(|summary| summary.get("output").is_none()));
    let listed: Vec<types::VerifyRunSummary> = client(&sandbox)
        .verify_runs()
        .list()
        .risk_level(VerifyRiskLevel::Low)
        .source(RunSource::Studio)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.iter().map(|run| run.id.as_str()).collect::<Vec<_>>(), ["vr_2"]);
}

/// 25 legacy processor runs `dpr_00`... of the processors `dp_a` (even) and `dp_b` (odd),
/// every fifth a CLASSIFY processor's, every third PROCESSED.
async fn processor_sandbox() -> Sandbox {
    let runs = (0..25)
        .map(|n| {
            let status = if n % 3 == 0 { RunStatus::Processed } else { RunStatus::Processing };
            let mut seed =
                seed(RunKind::Processor, &format!("dpr_{n:02}"), status, &format!("doc-{n:02}.pdf"));
            seed.sample = seed.sample.processor_id(if n % 2 == 0 { "dp_a" } else { "dp_b" });
            if n % 5 == 0 {
                seed.sample = seed.sample.processor_type(LegacyProcessorType::Classify);
            }
            seed.source = Some(if n < 20 { "BATCH_PROCESSOR_RUN" } else { "API" });
            seed.source_id = Some(if n < 20 { "bpr_legacy" } else { "req_legacy" });
            seed
        })
        .collect();
    with(runs).await
}

#[tokio::test]
async fn each_processor_filter_lists_exactly_the_runs_that_match_it() {
    let sandbox = processor_sandbox().await;
    let asc = "sortBy=createdAt&sortDir=asc";
    let numbered = |numbers: &mut dyn Iterator<Item = i32>| -> Vec<String> {
        numbers.map(|n| format!("dpr_{n:02}")).collect()
    };
    let cases: Vec<(String, Vec<String>)> = vec![
        (format!("processorType=CLASSIFY&{asc}"), numbered(&mut [0, 5, 10, 15, 20].into_iter())),
        (format!("processorType=CLASSIFY&processorId=dp_b&{asc}"), numbered(&mut [5, 15].into_iter())),
        (format!("status=PROCESSED&processorId=dp_a&{asc}"), numbered(&mut [0, 6, 12, 18, 24].into_iter())),
        (format!("source=API&{asc}"), numbered(&mut (20..25))),
        (format!("sourceId=req_legacy&processorId=dp_b&{asc}"), numbered(&mut [21, 23].into_iter())),
        (format!("fileNameContains=DOC-1&{asc}"), numbered(&mut (10..20))),
        ("processorType=SPLITTER".to_owned(), vec![]),
    ];
    for (query, expected) in &cases {
        let page = get(&sandbox, &format!("/processor_runs?{query}&maxPageSize=100")).await;
        assert_eq!(page.status, 200, "{query}: {}", page.text);
        assert_eq!(ids(&page), *expected, "{query}");
        assert_eq!(page.json["success"], true);
    }
    // A summary: the 2025-04-21 fields, with the sandbox's times and the processor's type.
    let page = get(&sandbox, "/processor_runs?processorType=CLASSIFY&status=PROCESSED&maxPageSize=1").await;
    let summary = &page.json["processorRuns"][0];
    assert_eq!(summary["id"], "dpr_15");
    assert_eq!((summary["type"].as_str(), summary["processorId"].as_str()), (Some("CLASSIFY"), Some("dp_b")));
    assert_eq!(summary["createdAt"], "2026-04-01T00:00:15Z");
    assert_eq!(summary["updatedAt"], "2026-04-01T00:01:15Z");
    assert_eq!(summary["usage"]["credits"], 3.5);
    let full = get(&sandbox, "/processor_runs/dpr_15").await.json;
    assert_eq!(full["processorRun"]["config"]["type"], "CLASSIFY");
    assert_eq!(full["processorRun"]["output"]["type"], "invoice", "a classifier's output");
    // Refusals answer in the 2025-04-21 shape.
    for (query, expected) in [
        (
            "batchId=bpr_legacy",
            "Unknown query parameter batchId (the legacy processor run list has no batch filter)",
        ),
        ("processorType=EXTRACTOR", "processorType \"EXTRACTOR\" is not one of CLASSIFY, EXTRACT, SPLITTER."),
        (
            "extractorId=ex_1",
            "the processor run list takes status, processorId, processorType, sourceId, source",
        ),
        ("status=CANCELLING", "status \"CANCELLING\""),
        ("source=BATCH_PARSER_RUN", "source \"BATCH_PARSER_RUN\""),
    ] {
        let page = get(&sandbox, &format!("/processor_runs?{query}")).await;
        assert_eq!(page.status, 400, "{query}");
        assert_eq!(page.json, serde_json::json!({"success": false, "error": page.json["error"]}), "{query}");
        let message = page.json["error"].as_str().unwrap();
        assert!(message.contains(expected), "{query}: {message}");
    }
    let listed: Vec<types::LegacyProcessorRunSummary> = client(&sandbox)
        .processor_runs()
        .list()
        .processor_id("dp_a")
        .processor_type(LegacyProcessorType::Classify)
        .max_page_size(2)
        .try_collect()
        .await
        .unwrap();
    let listed: BTreeSet<&str> = listed.iter().map(|run| run.id.as_str()).collect();
    assert_eq!(listed, BTreeSet::from(["dpr_00", "dpr_10", "dpr_20"]));
}

#[tokio::test]
async fn the_processor_list_pages_like_the_others_and_stays_stable_while_runs_are_cancelled() {
    let sandbox = processor_sandbox().await;
    let pages = all_pages(&sandbox, "/processor_runs", "sortBy=createdAt&sortDir=asc&maxPageSize=10").await;
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [10, 10, 5]);
    let expected: Vec<String> = (0..25).map(|n| format!("dpr_{n:02}")).collect();
    assert_eq!(pages.concat(), expected);

    // By updatedAt, newest first: a run cancelled between pages moves to the front of the
    // order, yet the listing shows every run once, as they stood at its first page.
    let first = get(&sandbox, "/processor_runs?maxPageSize=10").await;
    assert_eq!(first.status, 200, "{}", first.text);
    let token = first.json["nextPageToken"].as_str().unwrap().to_owned();
    let client = client(&sandbox);
    let not_listed_yet = (0..25)
        .map(|n| format!("dpr_{n:02}"))
        .find(|id| !ids(&first).contains(id) && sandbox.run(id).unwrap().status() == "PROCESSING")
        .unwrap();
    let cancelled = client.processor_runs().cancel(not_listed_yet.as_str()).await.unwrap();
    assert_eq!(cancelled.processor_run.status, RunStatus::Cancelled);
    let mut seen = ids(&first);
    let mut token = Some(token);
    while let Some(next) = token {
        let page = get(&sandbox, &format!("/processor_runs?maxPageSize=10&nextPageToken={next}")).await;
        assert_eq!(page.status, 200, "{}", page.text);
        seen.extend(ids(&page));
        token = page.json["nextPageToken"].as_str().map(str::to_owned);
    }
    assert_eq!(seen.len(), 25, "{seen:?}");
    assert_eq!(seen.iter().collect::<BTreeSet<_>>().len(), 25, "no run twice: {seen:?}");
    // The cancelled run now heads a new listing; a token of another query is refused.
    let fresh = get(&sandbox, "/processor_runs?maxPageSize=1").await;
    assert_eq!(ids(&fresh), [not_listed_yet.clone()]);
    let token = fresh.json["nextPageToken"].as_str().unwrap();
    let other = get(&sandbox, &format!("/processor_runs?status=PROCESSING&nextPageToken={token}")).await;
    assert_eq!(other.status, 400);
    assert!(other.json["error"].as_str().unwrap().contains("issued for another query"), "{}", other.text);
    let elsewhere = get(&sandbox, &format!("/verify_runs?nextPageToken={token}")).await;
    assert_eq!(elsewhere.status, 400, "a token of another list");
}
