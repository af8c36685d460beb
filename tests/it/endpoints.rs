//! The exact request each endpoint sends, and the typed run it returns.

use crate::support::{self, client, KEY};
use extend_cancel::{
    types, Client, FailureReason, FileType, LegacyProcessorRunConfig, LegacyProcessorStatus, RunKind,
    RunStatus,
};
use httpmock::{Method::POST, MockServer};
use serde_json::json;

pub(crate) const UA: &str = concat!("extend-cancel/", env!("CARGO_PKG_VERSION"));

/// The headers every request must carry, and must not carry.
pub(crate) fn standard(when: httpmock::When, path: &str, version: &str) -> httpmock::When {
    standard_headers(when.path(path), version)
}

/// [`standard`] without the path, for a test that checks the raw (still encoded) path itself.
pub(crate) fn standard_headers(when: httpmock::When, version: &str) -> httpmock::When {
    request_headers(when.method(POST), version)
}

/// The headers and the empty body every request carries, whatever its method.
pub(crate) fn request_headers(when: httpmock::When, version: &str) -> httpmock::When {
    when.header("authorization", format!("Bearer {KEY}"))
        .header("x-extend-api-version", version)
        .header("accept", "application/json")
        .header("user-agent", UA)
        .header_missing("api-version")
        .is_true(|req| req.body_ref().is_empty())
}

/// Serves `text` byte for byte as a 200 JSON body (`json_body` would re-serialize it).
pub(crate) fn verbatim(then: httpmock::Then, text: &str) -> httpmock::Then {
    then.status(200).header("content-type", "application/json").body(text)
}

/// One row per endpoint: the kind, its path segment, its id prefix and its default version.
pub(crate) const ENDPOINTS: [(RunKind, &str, &str, &str); 7] = [
    (RunKind::Extract, "extract_runs", "exr", "2026-02-09"),
    (RunKind::Classify, "classify_runs", "clr", "2026-02-09"),
    (RunKind::Split, "split_runs", "splr", "2026-02-09"),
    (RunKind::Processor, "processor_runs", "dpr", "2025-04-21"),
    (RunKind::Workflow, "workflow_runs", "workflow_run", "2026-02-09"),
    (RunKind::Parse, "parse_runs", "pr", "2026-02-09"),
    (RunKind::Verify, "verify_runs", "vr", "2026-02-09"),
];

/// A successful cancel body of `kind` for `id`.
pub(crate) fn body_for(kind: RunKind, id: &str) -> serde_json::Value {
    match kind {
        RunKind::Extract => support::extract_run(id),
        RunKind::Classify => {
            let mut run = support::seed_classify_run();
            run["id"] = id.into();
            run
        }
        RunKind::Split => support::split_run(id),
        RunKind::Workflow => support::workflow_run(id, "CANCELLING"),
        RunKind::Parse => support::parse_run(id, "CANCELLED"),
        RunKind::Verify => support::verify_run(id, "CANCELLED"),
        _ => {
            let mut response = support::seed_processor_run();
            response["processorRun"]["id"] = id.into();
            response
        }
    }
}

/// Cancels `id` through the handle of `kind` (not the prefix dispatch), with this call's
/// api version and workspace if given, and returns the id of the typed result.
pub(crate) async fn cancel_through_handle(
    client: &Client,
    kind: RunKind,
    id: &str,
    version: Option<&str>,
    workspace: Option<&str>,
) -> String {
    macro_rules! send {
        ($handle:ident, $type:ty, |$run:ident| $id:expr) => {{
            let mut request = client.$handle().cancel(id);
            if let Some(version) = version {
                request = request.api_version(version);
            }
            if let Some(workspace) = workspace {
                request = request.workspace_id(workspace);
            }
            let $run: $type = request.await.unwrap_or_else(|e| panic!("{id}: {e:?}")).into_inner();
            $id
        }};
    }
    match kind {
        RunKind::Extract => send!(extract_runs, types::ExtractRun, |run| run.id),
        RunKind::Classify => send!(classify_runs, types::ClassifyRun, |run| run.id),
        RunKind::Split => send!(split_runs, types::SplitRun, |run| run.id),
        RunKind::Processor => {
            send!(processor_runs, types::ProcessorRunCancelResponse, |response| response.processor_run.id)
        }
        RunKind::Workflow => send!(workflow_runs, types::WorkflowRun, |run| run.id),
        RunKind::Parse => send!(parse_runs, types::ParseRun, |run| run.id),
        RunKind::Verify => send!(verify_runs, types::VerifyRun, |run| run.id),
        other => unreachable!("{other:?}"),
    }
}

#[tokio::test]
async fn extract_run_request_and_typed_result() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            standard(when, "/extract_runs/exr_1/cancel", "2026-02-09")
                .header_missing("x-extend-workspace-id");
            then.status(200).json_body(support::extract_run("exr_1"));
        })
        .await;
    let run: types::ExtractRun =
        client(&server.base_url()).extract_runs().cancel("exr_1").await.unwrap().into_inner();
    mock.assert_async().await;
    assert_eq!(run.id, "exr_1");
    assert_eq!(run.status, RunStatus::Cancelled);
    assert_eq!(run.dashboard_url.as_deref(), Some("https://dashboard.extend.ai/runs/exr_1"));
    assert_eq!(run.file.as_ref().unwrap().type_, Some(FileType::Pdf));
    assert_eq!(run.extractor.as_ref().unwrap().name.as_deref(), Some("Invoices"));
    assert_eq!(run.extractor_version.as_ref().unwrap().description, None);
    assert_eq!(run.metadata.as_ref().unwrap()["extend:usage_tags"], json!(["batch-7"]));
    let Some(extend_cancel::ExtractConfig::Json(config)) = &run.config else { panic!("{:?}", run.config) };
    assert_eq!(config.base_processor, Some(extend_cancel::ExtractBaseProcessor::ExtractionPerformance));
    assert_eq!(config.advanced_options.as_ref().unwrap().page_ranges[0].end, Some(3));
    assert_eq!(run.updated_at.unwrap().to_rfc3339(), "2024-03-21T16:46:00+00:00");
}

#[tokio::test]
async fn classify_run_seed_example_parses_verbatim() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            standard(when, "/classify_runs/clr_Xj8mK2pL9nR4vT7qY5wZ/cancel", "2026-02-09");
            verbatim(then, support::SEED_CLASSIFY_RUN);
        })
        .await;
    let run = client(&server.base_url()).classify_runs().cancel("clr_Xj8mK2pL9nR4vT7qY5wZ").await.unwrap();
    mock.assert_async().await;
    assert_eq!(run.object, Some(types::ClassifyRunObject::ClassifyRun));
    assert_eq!(run.status, RunStatus::Processing);
    assert_eq!(run.failure_reason, Some(FailureReason::ParsingError));
    let output = run.output.as_ref().unwrap();
    assert_eq!(
        (output.confidence, output.insights.as_ref().unwrap()[0].type_.as_str()),
        (Some(1.1), "reasoning")
    );
    assert_eq!(
        run.config.as_ref().unwrap().base_processor,
        Some(extend_cancel::ClassifyBaseProcessor::ClassificationPerformance)
    );
    let parse = run.config.as_ref().unwrap().parse_config.as_ref().unwrap();
    assert_eq!(
        parse.advanced_options.as_ref().unwrap().formatting_detection[0].type_.as_deref(),
        Some("change_tracking")
    );
    let usage = run.usage.as_ref().unwrap();
    assert_eq!((usage.credits, usage.total_credits), (Some(9.0), Some(15.0)));
    assert_eq!(usage.breakdown[0].object, Some(extend_cancel::UsageObjectType::ParseRun));
    assert_eq!(
        run.file
            .as_ref()
            .unwrap()
            .metadata
            .as_ref()
            .unwrap()
            .parent_split
            .as_ref()
            .unwrap()
            .identifier
            .as_deref(),
        Some("other_2_9")
    );
    // Nothing is lost: the typed run serializes back to the seed body.
    assert_eq!(
        support::numbers_as_f64(serde_json::to_value(&run).unwrap()),
        support::numbers_as_f64(support::seed_classify_run())
    );
}

#[tokio::test]
async fn split_run_request_and_typed_result() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            standard(when, "/split_runs/splr_1/cancel", "2026-02-09");
            then.status(200).json_body(support::split_run("splr_1"));
        })
        .await;
    let run = client(&server.base_url()).split_runs().cancel("splr_1").await.unwrap();
    mock.assert_async().await;
    assert_eq!(run.status, RunStatus::Cancelled);
    assert_eq!(run.file, None);
    assert_eq!(
        run.config.as_ref().unwrap().split_classifications.as_ref().unwrap()[0].identifier_key.as_deref(),
        Some("invoice number")
    );
    assert_eq!(
        run.config.as_ref().unwrap().base_processor,
        Some(extend_cancel::SplitBaseProcessor::SplittingLight)
    );
}

#[tokio::test]
async fn processor_run_seed_example_parses_verbatim_with_the_2025_version() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            standard(when, "/processor_runs/dpr_Xj8mK2pL9nR4vT7qY5wZ/cancel", "2025-04-21");
            verbatim(then, support::SEED_PROCESSOR_RUN);
        })
        .await;
    let response =
        client(&server.base_url()).processor_runs().cancel("dpr_Xj8mK2pL9nR4vT7qY5wZ").await.unwrap();
    mock.assert_async().await;
    assert_eq!(response.success, Some(true));
    let run = &response.processor_run;
    assert_eq!(run.status, LegacyProcessorStatus::Pending);
    assert_eq!(run.failure_reason.as_deref(), Some("string"));
    assert_eq!(run.type_, Some(extend_cancel::LegacyProcessorType::Classify));
    let Some(LegacyProcessorRunConfig::Classify(config)) = &run.config else { panic!("{:?}", run.config) };
    assert_eq!(config.advanced_options.as_ref().unwrap().fixed_page_limit, Some(30));
    assert_eq!(
        config.parser.as_ref().unwrap().advanced_options.as_ref().unwrap().agentic_ocr_enabled,
        Some(false)
    );
    assert!(
        matches!(run.output, Some(extend_cancel::LegacyProcessorOutput::Fields(ref f)) if f.0.is_empty())
    );
    let file = &run.files.as_ref().unwrap()[0];
    assert_eq!(file.usage.as_ref().unwrap().credits, Some(10.0));
    assert_eq!(file.contents.as_ref().unwrap().pages[0].page_number, Some(1));
    assert_eq!(
        run.merged_processors.as_ref().unwrap()[0].processor_name.as_deref(),
        Some("Invoice Line Items Processor")
    );
    assert_eq!(run.usage.as_ref().unwrap().credits, Some(3.5));
    assert_eq!(
        support::numbers_as_f64(serde_json::to_value(&response).unwrap()),
        support::numbers_as_f64(support::seed_processor_run())
    );
}
