//! The kinds added after the first four on the wire: the exact list requests of workflow,
//! parse, verify and legacy processor runs, the batch lookup, the filters a kind's list does
//! not take (refused before sending), and outcomes decided by the status of the run that
//! comes back: a verify run's no-op cancel, a workflow run followed while `CANCELLING`.

use crate::{
    endpoints::request_headers,
    support::{client, parse_run, verify_run, workflow_run},
};
use extend_cancel::{
    types, Error, LegacyProcessorType, Outcome, RunFilter, RunKind, RunSource, RunStatus, SortBy, SortDir,
    Summary, VerifyRiskLevel,
};
use futures_util::{StreamExt, TryStreamExt};
use httpmock::{
    Method::{GET, POST},
    MockServer,
};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// A list page of the 2026-02-09 shape.
fn page(data: Vec<Value>, next: Option<&str>) -> Value {
    json!({"object": "list", "data": data, "nextPageToken": next})
}

/// A summary made from a full run: without the parts only the full run has, with the times a
/// summary carries.
fn summary_of(mut run: Value, drop: &[&str]) -> Value {
    for key in drop {
        run.as_object_mut().unwrap().remove(*key);
    }
    run["createdAt"] = "2024-03-21T15:29:55Z".into();
    run["updatedAt"] = "2024-03-21T15:31:00Z".into();
    run
}

#[tokio::test]
async fn workflow_runs_are_listed_with_every_filter_in_the_query_string() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let expected = "batchId=batch_7Ws31-F5&fileNameContains=Q3+invoice&maxPageSize=25&sortBy=createdAt\
                    &sortDir=asc&status=PENDING&workflowId=workflow_a%2Bb";
    let summary =
        summary_of(workflow_run("workflow_run_1", "PENDING"), &["stepRuns", "metadata", "reviewed"]);
    let mock = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/workflow_runs"), "2026-02-09")
                .is_true(move |req| req.uri().query() == Some(expected));
            then.status(200).json_body(page(vec![summary], None));
        })
        .await;
    let runs: Vec<types::WorkflowRunSummary> = client
        .workflow_runs()
        .list()
        .status(RunStatus::Pending)
        .workflow_id("workflow_a+b")
        .batch_id("batch_7Ws31-F5")
        .file_name_contains("Q3 invoice")
        .sort_by(SortBy::CreatedAt)
        .sort_dir(SortDir::Asc)
        .max_page_size(25)
        .try_collect()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(runs.len(), 1);
    assert_eq!((runs[0].id.as_str(), &runs[0].status), ("workflow_run_1", &RunStatus::Pending));
    assert_eq!(runs[0].batch_id.as_deref(), Some("batch_7Ws31-F5"));
}

#[tokio::test]
async fn parse_and_verify_runs_are_listed_with_their_own_filters() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let parse = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/parse_runs"), "2026-02-09").is_true(|req| {
                req.uri().query()
                    == Some("batchId=bpar_1&fileNameContains=scan&source=BATCH_PARSER_RUN&sourceId=src_1&status=PROCESSING")
            });
            then.status(200).json_body(page(
                vec![summary_of(parse_run("pr_1", "PROCESSING"), &["output", "outputUrl", "config"])],
                None,
            ));
        })
        .await;
    let parsed: Vec<types::ParseRunSummary> = client
        .parse_runs()
        .list()
        .status(RunStatus::Processing)
        .batch_id("bpar_1")
        .source(RunSource::BatchParserRun)
        .source_id("src_1")
        .file_name_contains("scan")
        .try_collect()
        .await
        .unwrap();
    parse.assert_async().await;
    assert_eq!(
        parsed.iter().map(|r| (r.id.as_str(), &r.status)).collect::<Vec<_>>(),
        [("pr_1", &RunStatus::Processing)]
    );

    let verify = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/verify_runs"), "2026-02-09").is_true(|req| {
                req.uri().query()
                    == Some("riskLevel=HIGH&sortBy=updatedAt&sortDir=desc&source=STUDIO&status=PROCESSED")
            });
            let mut summary = summary_of(verify_run("vr_1", "PROCESSED"), &["output"]);
            summary["riskLevel"] = "HIGH".into();
            then.status(200).json_body(page(vec![summary], None));
        })
        .await;
    let verified: Vec<types::VerifyRunSummary> = client
        .verify_runs()
        .list()
        .status(RunStatus::Processed)
        .risk_level(VerifyRiskLevel::High)
        .source(RunSource::Studio)
        .sort_by(SortBy::UpdatedAt)
        .sort_dir(SortDir::Desc)
        .try_collect()
        .await
        .unwrap();
    verify.assert_async().await;
    assert_eq!(verified.len(), 1);
    assert_eq!(
        (verified[0].id.as_str(), verified[0].risk_level.as_ref()),
        ("vr_1", Some(&VerifyRiskLevel::High))
    );
}

#[tokio::test]
async fn a_filter_the_kinds_list_does_not_take_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(page(vec![], None));
        })
        .await;
    let refused: Vec<Result<types::ParseRunSummary, Error>> =
        client.parse_runs().list().sort_by(SortBy::CreatedAt).collect().await;
    let [Err(Error::Config(error))] = &refused[..] else { panic!("{refused:?}") };
    assert_eq!(
        error.to_string(),
        "invalid setting sort_by: parse runs cannot be listed by it (the API would ignore it and list every run)"
    );
    let refused: Vec<Result<types::VerifyRunSummary, Error>> =
        client.verify_runs().list().batch_id("bpr_1").collect().await;
    let [Err(Error::Config(error))] = &refused[..] else { panic!("{refused:?}") };
    assert_eq!(
        error.to_string(),
        "invalid setting batch_id: verify runs cannot be listed by it (the API would ignore it and list every run)"
    );
    let refused: Vec<Result<types::LegacyProcessorRunSummary, Error>> =
        client.processor_runs().list().batch_id("bpr_1").collect().await;
    assert!(matches!(&refused[..], [Err(Error::Config(_))]), "{refused:?}");
    assert_eq!(any.calls_async().await, 0, "nothing is sent for a refused filter");
}

/// A legacy processor run summary (API 2025-04-21).
fn processor_summary(id: &str, status: &str) -> Value {
    json!({
        "id": id, "status": status, "processorId": "ex_1", "processorName": "Invoices",
        "processorVersionId": "exv_1", "type": "EXTRACT",
        "createdAt": "2024-03-21T15:29:55Z", "updatedAt": "2024-03-21T15:31:00Z"
    })
}

#[tokio::test]
async fn legacy_processor_runs_are_listed_in_the_2025_shape_across_pages() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let first = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/processor_runs"), "2025-04-21").is_true(|req| {
                req.uri().query() == Some("processorId=ex_1&processorType=EXTRACT&status=PROCESSING")
            });
            then.status(200).json_body(json!({
                "success": true,
                "processorRuns": [processor_summary("dpr_1", "PROCESSING")],
                "nextPageToken": "p2"
            }));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/processor_runs"), "2025-04-21").is_true(|req| {
                req.uri().query()
                    == Some("nextPageToken=p2&processorId=ex_1&processorType=EXTRACT&status=PROCESSING")
            });
            then.status(200).json_body(
                json!({"success": true, "processorRuns": [processor_summary("dpr_2", "PROCESSING")]}),
            );
        })
        .await;
    let runs: Vec<types::LegacyProcessorRunSummary> = client
        .processor_runs()
        .list()
        .processor_id("ex_1")
        .processor_type(LegacyProcessorType::Extract)
        .status(RunStatus::Processing)
        .try_collect()
        .await
        .unwrap();
    first.assert_async().await;
    second.assert_async().await;
    assert_eq!(runs.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["dpr_1", "dpr_2"]);
    assert_eq!(runs[0].processor_id.as_deref(), Some("ex_1"));
}

#[tokio::test]
async fn a_batch_is_looked_up_with_its_status_and_run_count_and_an_unknown_one_is_404() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let found = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/batch_runs/bpr_1"), "2026-02-09");
            then.status(200).json_body(json!({
                "object": "batch_run", "id": "bpr_1", "status": "PROCESSING", "runCount": 240,
                "createdAt": "2024-03-21T15:29:55Z"
            }));
        })
        .await;
    let batch = client.batch_run("bpr_1").await.unwrap();
    found.assert_async().await;
    assert_eq!(
        (batch.id.as_str(), &batch.status, batch.run_count),
        ("bpr_1", &RunStatus::Processing, Some(240))
    );
    assert!(batch.corrections().is_empty(), "{:?}", batch.corrections());
    server
        .mock_async(|when, then| {
            when.method(GET).path("/batch_runs/bpr_none");
            then.status(404).json_body(
                json!({"code": "NOT_FOUND", "message": "Batch run not found", "retryable": false}),
            );
        })
        .await;
    let Err(Error::Api(api)) = client.batch_run("bpr_none").await else { panic!("not a 404") };
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (404, Some("NOT_FOUND")));
    assert!(matches!(client.batch_run("bpr_1/../x").await, Err(Error::InvalidRunId(_))));
}

#[tokio::test]
async fn a_filter_lists_the_kinds_a_batch_prefix_or_an_owner_names() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let workflows = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/workflow_runs")
                .is_true(|req| req.uri().query() == Some("batchId=batch_1"));
            then.status(200).json_body(page(
                vec![summary_of(
                    workflow_run("workflow_run_1", "PROCESSING"),
                    &["stepRuns", "metadata", "reviewed"],
                )],
                None,
            ));
        })
        .await;
    let others = server
        .mock_async(|when, then| {
            when.method(GET).is_true(|req| !req.uri().path().starts_with("/workflow_runs"));
            then.status(500);
        })
        .await;
    let listed: Vec<(RunKind, String)> = client
        .list_matching(RunFilter::batch("batch_1"))
        .map_ok(|run| (run.kind(), run.id().to_owned()))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed, [(RunKind::Workflow, "workflow_run_1".to_owned())]);
    workflows.assert_async().await;
    assert_eq!(others.calls_async().await, 0, "a batch_ id lists workflow runs only");
    others.delete_async().await;

    let processors = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/processor_runs")
                .is_true(|req| req.uri().query() == Some("processorId=ex_1"));
            then.status(200)
                .json_body(json!({"success": true, "processorRuns": [processor_summary("dpr_1", "FAILED")]}));
        })
        .await;
    let listed: Vec<(RunKind, String)> = client
        .list_matching(RunFilter::processor("ex_1"))
        .map_ok(|run| (run.kind(), run.id().to_owned()))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed, [(RunKind::Processor, "dpr_1".to_owned())]);
    processors.assert_async().await;
}

#[tokio::test]
async fn a_verify_run_that_had_finished_answers_200_and_is_already_finished() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let cancel = server
        .mock_async(|when, then| {
            request_headers(when.method(POST).path("/verify_runs/vr_done/cancel"), "2026-02-09");
            then.status(200).json_body(verify_run("vr_done", "PROCESSED"));
        })
        .await;
    let outcomes: Vec<(String, Outcome)> = client.cancel_many(["vr_done"]).outcomes().collect().await;
    cancel.assert_async().await;
    let [(id, outcome)] = &outcomes[..] else { panic!("{outcomes:?}") };
    assert_eq!(
        (id.as_str(), outcome.label(), outcome.status()),
        ("vr_done", "already_finished", Some(&RunStatus::Processed))
    );
}

/// Serves `POST /workflow_runs/{id}/cancel` answering `CANCELLING`, and a retrieve answering
/// `CANCELLING` for the first `cancelling_gets` calls and `CANCELLED` after.
async fn workflow_stopping<'a>(
    server: &'a MockServer,
    id: &'static str,
    cancelling_gets: usize,
) -> Vec<httpmock::Mock<'a>> {
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let cancel = server
        .mock_async(|when, then| {
            request_headers(when.method(POST).path(format!("/workflow_runs/{id}/cancel")), "2026-02-09");
            then.status(200).json_body(workflow_run(id, "CANCELLING"));
        })
        .await;
    let still = {
        let calls = calls.clone();
        server
            .mock_async(move |when, then| {
                request_headers(when.method(GET).path(format!("/workflow_runs/{id}")), "2026-02-09").is_true(
                    move |_| calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < cancelling_gets,
                );
                then.status(200).json_body(workflow_run(id, "CANCELLING"));
            })
            .await
    };
    let done = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("/workflow_runs/{id}"));
            then.status(200).json_body(workflow_run(id, "CANCELLED"));
        })
        .await;
    vec![cancel, still, done]
}

#[tokio::test]
async fn a_workflow_run_answered_cancelling_is_followed_until_cancelled() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let mocks = workflow_stopping(&server, "workflow_run_1", 2).await;
    let outcomes: Vec<(String, Outcome)> = client.cancel_many(["workflow_run_1"]).outcomes().collect().await;
    let [(_, outcome)] = &outcomes[..] else { panic!("{outcomes:?}") };
    assert_eq!((outcome.label(), outcome.status()), ("cancelled", Some(&RunStatus::Cancelled)));
    assert_eq!(mocks[0].calls_async().await, 1, "one cancel");
    assert_eq!(mocks[1].calls_async().await, 2, "two retrieves still CANCELLING");
    assert_eq!(mocks[2].calls_async().await, 1, "retrieved until CANCELLED, then no more");
}

#[tokio::test]
async fn a_workflow_run_still_cancelling_when_the_wait_ends_is_cancelling_and_counted() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let mocks = workflow_stopping(&server, "workflow_run_2", usize::MAX).await;
    let started = Instant::now();
    let outcomes: Vec<(String, Outcome)> = client
        .cancel_many(["workflow_run_2"])
        .cancelling_wait(Duration::from_millis(900))
        .outcomes()
        .collect()
        .await;
    let elapsed = started.elapsed();
    let [(_, outcome)] = &outcomes[..] else { panic!("{outcomes:?}") };
    assert!(matches!(outcome, Outcome::Cancelling(_)), "{outcome:?}");
    assert_eq!((outcome.label(), outcome.status()), ("cancelling", Some(&RunStatus::Cancelling)));
    let mut summary = Summary::default();
    summary.add(outcome);
    assert_eq!((summary.cancelling, summary.total(), summary.all_settled()), (1, 1, false));
    assert!(summary.to_string().contains(", 1 cancelling, "), "{summary}");
    // 250 ms, then 500 ms, then the rest of the 900 ms: bounded by the wait.
    assert!(elapsed >= Duration::from_millis(900) && elapsed < Duration::from_secs(3), "{elapsed:?}");
    assert_eq!(mocks[0].calls_async().await, 1, "cancelled once, never again");
    assert_eq!(mocks[2].calls_async().await, 0);

    // No wait: the answer is the outcome.
    let outcomes: Vec<(String, Outcome)> =
        client.cancel_many(["workflow_run_2"]).cancelling_wait(Duration::ZERO).outcomes().collect().await;
    assert_eq!(outcomes[0].1.label(), "cancelling");
}
