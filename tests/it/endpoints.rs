//! The exact request each endpoint sends, and the typed run it returns.

use crate::support::{self, builder, client, KEY};
use extend_cancel::{
    types, CancelledRun, Client, ConfigError, Error, FailureReason, FileType, LegacyProcessorRunConfig,
    LegacyProcessorStatus, ProcessorRunStatus, RunIdProblem, RunKind,
};
use httpmock::{Method::POST, MockServer};
use serde_json::json;

const UA: &str = concat!("extend-cancel/", env!("CARGO_PKG_VERSION"));

/// The headers every request must carry, and must not carry.
fn standard(when: httpmock::When, path: &str, version: &str) -> httpmock::When {
    when.method(POST)
        .path(path)
        .header("authorization", format!("Bearer {KEY}"))
        .header("x-extend-api-version", version)
        .header("accept", "application/json")
        .header("user-agent", UA)
        .header_missing("api-version")
        .is_true(|req| req.body_ref().is_empty())
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
    let run: types::ExtractRun = client(&server.base_url()).extract_runs().cancel("exr_1").await.unwrap();
    mock.assert_async().await;
    assert_eq!(run.id, "exr_1");
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
    assert_eq!(run.dashboard_url, "https://dashboard.extend.ai/runs/exr_1");
    assert_eq!(run.file.as_ref().unwrap().type_, Some(FileType::Pdf));
    assert_eq!(run.extractor.as_ref().unwrap().name, "Invoices");
    assert_eq!(run.extractor_version.as_ref().unwrap().description, None);
    assert_eq!(run.metadata.as_ref().unwrap()["extend:usage_tags"], json!(["batch-7"]));
    let extend_cancel::ExtractConfig::Json(config) = &run.config else { panic!("{:?}", run.config) };
    assert_eq!(config.base_processor, Some(extend_cancel::ExtractBaseProcessor::ExtractionPerformance));
    assert_eq!(config.advanced_options.as_ref().unwrap().page_ranges[0].end, 3);
    assert_eq!(run.updated_at.to_rfc3339(), "2024-03-21T16:46:00+00:00");
}

#[tokio::test]
async fn classify_run_seed_example_parses_verbatim() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            standard(when, "/classify_runs/clr_Xj8mK2pL9nR4vT7qY5wZ/cancel", "2026-02-09");
            then.status(200).json_body(support::seed_classify_run());
        })
        .await;
    let run = client(&server.base_url()).classify_runs().cancel("clr_Xj8mK2pL9nR4vT7qY5wZ").await.unwrap();
    mock.assert_async().await;
    assert_eq!(run.object, types::ClassifyRunObject::ClassifyRun);
    assert_eq!(run.status, ProcessorRunStatus::Processing);
    assert_eq!(run.failure_reason, Some(FailureReason::ParsingError));
    let output = run.output.as_ref().unwrap();
    assert_eq!((output.confidence, output.insights[0].type_.as_str()), (1.1, "reasoning"));
    assert_eq!(
        run.config.base_processor,
        Some(extend_cancel::ClassifyBaseProcessor::ClassificationPerformance)
    );
    let parse = run.config.parse_config.as_ref().unwrap();
    assert_eq!(parse.advanced_options.as_ref().unwrap().formatting_detection[0].type_, "change_tracking");
    let usage = run.usage.as_ref().unwrap();
    assert_eq!((usage.credits, usage.total_credits), (9.0, Some(15.0)));
    assert_eq!(usage.breakdown[0].object, extend_cancel::UsageObjectType::ParseRun);
    assert_eq!(run.file.as_ref().unwrap().metadata.parent_split.as_ref().unwrap().identifier, "other_2_9");
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
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
    assert_eq!(run.file, None);
    assert_eq!(run.config.split_classifications[0].identifier_key.as_deref(), Some("invoice number"));
    assert_eq!(run.config.base_processor, Some(extend_cancel::SplitBaseProcessor::SplittingLight));
}

#[tokio::test]
async fn processor_run_seed_example_parses_verbatim_with_the_2025_version() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            standard(when, "/processor_runs/dpr_Xj8mK2pL9nR4vT7qY5wZ/cancel", "2025-04-21");
            then.status(200).json_body(support::seed_processor_run());
        })
        .await;
    let response =
        client(&server.base_url()).processor_runs().cancel("dpr_Xj8mK2pL9nR4vT7qY5wZ").await.unwrap();
    mock.assert_async().await;
    assert!(response.success);
    let run = &response.processor_run;
    assert_eq!(run.status, LegacyProcessorStatus::Pending);
    assert_eq!(run.failure_reason.as_deref(), Some("string"));
    assert_eq!(run.type_, extend_cancel::LegacyProcessorType::Classify);
    let LegacyProcessorRunConfig::Classify(config) = &run.config else { panic!("{:?}", run.config) };
    assert_eq!(config.advanced_options.as_ref().unwrap().fixed_page_limit, Some(30));
    assert_eq!(
        config.parser.as_ref().unwrap().advanced_options.as_ref().unwrap().agentic_ocr_enabled,
        Some(false)
    );
    assert!(matches!(run.output, extend_cancel::LegacyProcessorOutput::Fields(ref f) if f.0.is_empty()));
    let file = &run.files[0];
    assert_eq!(file.usage.as_ref().unwrap().credits, 10.0);
    assert_eq!(file.contents.as_ref().unwrap().pages[0].page_number, 1);
    assert_eq!(run.merged_processors[0].processor_name, "Invoice Line Items Processor");
    assert_eq!(run.usage.as_ref().unwrap().credits, 3.5);
    assert_eq!(
        support::numbers_as_f64(serde_json::to_value(&response).unwrap()),
        support::numbers_as_f64(support::seed_processor_run())
    );
}

#[tokio::test]
async fn versions_and_workspaces_override_per_client_and_per_call() {
    let server = MockServer::start_async().await;
    let per_client = server
        .mock_async(|when, then| {
            standard(when, "/processor_runs/dpr_1/cancel", "2026-02-09")
                .header("x-extend-workspace-id", "ws_client");
            then.status(200).json_body(support::seed_processor_run());
        })
        .await;
    let per_call = server
        .mock_async(|when, then| {
            standard(when, "/processor_runs/dpr_2/cancel", "2025-04-21")
                .header("x-extend-workspace-id", "ws_call");
            then.status(200).json_body(support::seed_processor_run());
        })
        .await;
    let client =
        builder(&server.base_url()).api_version("2026-02-09").workspace_id("ws_client").build().unwrap();
    client.processor_runs().cancel("dpr_1").await.unwrap();
    client.processor_runs().cancel("dpr_2").api_version("2025-04-21").workspace_id("ws_call").await.unwrap();
    per_client.assert_async().await;
    per_call.assert_async().await;
}

#[tokio::test]
async fn ids_are_percent_encoded_in_the_path() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).is_true(|req| req.uri().path() == "/extract_runs/exr_%C3%BC%22x/cancel");
            then.status(200).json_body(support::extract_run("exr_ü\"x"));
        })
        .await;
    let run = client(&server.base_url()).extract_runs().cancel("exr_ü\"x").await.unwrap();
    mock.assert_async().await;
    assert_eq!(run.id, "exr_ü\"x");
}

#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/proxy/extend/split_runs/splr_1/cancel");
            then.status(200).json_body(support::split_run("splr_1"));
        })
        .await;
    client(&format!("{}/proxy/extend/", server.base_url())).split_runs().cancel("splr_1").await.unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn cancel_dispatches_on_the_id_prefix() {
    let server = MockServer::start_async().await;
    let cases = [
        ("/extract_runs/exr_a/cancel", "2026-02-09", support::extract_run("exr_a")),
        ("/classify_runs/clr_Xj8mK2pL9nR4vT7qY5wZ/cancel", "2026-02-09", support::seed_classify_run()),
        ("/split_runs/splr_c/cancel", "2026-02-09", support::split_run("splr_c")),
        ("/processor_runs/dpr_Xj8mK2pL9nR4vT7qY5wZ/cancel", "2025-04-21", support::seed_processor_run()),
    ];
    let mut mocks_done = Vec::new();
    for (path, version, body) in cases {
        mocks_done.push(
            server
                .mock_async(|when, then| {
                    standard(when, path, version);
                    then.status(200).json_body(body);
                })
                .await,
        );
    }
    let client = client(&server.base_url());
    let ids = ["exr_a", "clr_Xj8mK2pL9nR4vT7qY5wZ", "splr_c", "dpr_Xj8mK2pL9nR4vT7qY5wZ"];
    let kinds = [RunKind::Extract, RunKind::Classify, RunKind::Split, RunKind::Processor];
    for (id, kind) in ids.into_iter().zip(kinds) {
        let run: CancelledRun = client.cancel(id).await.unwrap();
        assert_eq!((run.kind(), run.id()), (kind, id));
    }
    for mock in mocks_done {
        mock.assert_async().await;
    }
    let Error::InvalidRunId(e) = client.cancel("spl_1").await.unwrap_err() else { panic!() };
    assert_eq!(e.problem, RunIdProblem::UnknownPrefix);
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let any = server.mock_async(|when, then| {
        when.any_request();
        then.status(200);
    });
    let any = any.await;
    let client = client(&server.base_url());
    for (id, problem) in [
        ("", RunIdProblem::Empty),
        ("exr_1/../../x", RunIdProblem::Reserved('/')),
        ("exr_1?force=true", RunIdProblem::Reserved('?')),
        ("exr_1#", RunIdProblem::Reserved('#')),
        ("exr_%2e%2e", RunIdProblem::Reserved('%')),
        ("exr_1 2", RunIdProblem::Whitespace),
        ("exr_1\r\nx: y", RunIdProblem::ControlCharacter),
        ("..", RunIdProblem::DotSegment),
        (".", RunIdProblem::DotSegment),
        ("exr_1\\..\\..\\admin", RunIdProblem::Reserved('\\')),
    ] {
        match client.extract_runs().cancel(id).await {
            Err(Error::InvalidRunId(e)) => assert_eq!(e.problem, problem, "{id:?}"),
            other => panic!("{id:?}: {other:?}"),
        }
    }
    let long = format!("exr_{}", "a".repeat(252));
    let Err(Error::InvalidRunId(e)) = client.split_runs().cancel(long).await else { panic!() };
    assert_eq!(e.problem, RunIdProblem::TooLong(256));
    let Err(Error::Config(ConfigError::InvalidHeaderValue { name, .. })) =
        client.extract_runs().cancel("exr_1").workspace_id("ws 1\n").await
    else {
        panic!()
    };
    assert_eq!(name, "x-extend-workspace-id");
    assert_eq!(any.calls_async().await, 0);
}

#[test]
fn configuration_errors_name_the_problem() {
    let missing = Client::builder().base_url("http://127.0.0.1:1").build().unwrap_err();
    assert!(matches!(missing, Error::Config(ConfigError::MissingApiKey)));
    assert_eq!(missing.to_string(), "no API key: set EXTEND_API_KEY or call ClientBuilder::api_key");
    let bad_key = Client::builder().api_key("sk_\nsecret").build().unwrap_err();
    assert!(matches!(bad_key, Error::Config(ConfigError::InvalidApiKey)));
    assert!(!format!("{bad_key} {bad_key:?}").contains("secret"));
    let bad_url = Client::builder().api_key(KEY).base_url("localhost:8080").build().unwrap_err();
    assert!(matches!(bad_url, Error::Config(ConfigError::InvalidBaseUrl { .. })), "{bad_url:?}");
    let bad_version = Client::builder().api_key(KEY).api_version("").build().unwrap_err();
    assert!(matches!(
        bad_version,
        Error::Config(ConfigError::InvalidHeaderValue { name: "x-extend-api-version", .. })
    ));
}

#[test]
fn the_key_never_appears_in_debug_output() {
    let builder = Client::builder().api_key(KEY).workspace_id("ws_1");
    let client = builder.clone().build().unwrap();
    for text in
        [format!("{builder:?}"), format!("{builder:#?}"), format!("{client:?}"), format!("{client:#?}")]
    {
        assert!(!text.contains(KEY), "{text}");
        assert!(!text.contains("9f8e7d6c5b4a"), "{text}");
    }
    assert!(format!("{client:?}").contains("ws_1"));
}

#[tokio::test]
async fn the_generated_client_stays_reachable_and_uses_the_same_hooks() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            standard(when, "/split_runs/splr_g/cancel", "2026-02-09");
            then.status(200).json_body(support::split_run("splr_g"));
        })
        .await;
    let client = client(&server.base_url());
    let response = client.generated().cancel_split_run().id("splr_g").send().await.unwrap();
    mock.assert_async().await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.into_inner().id, "splr_g");
}

#[tokio::test]
async fn a_processed_extract_run_keeps_its_output_value_raw_and_metadata_typed() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/extract_runs/exr_2/cancel");
            then.status(200).json_body(support::processed_extract_run("exr_2"));
        })
        .await;
    let run = client(&server.base_url()).extract_runs().cancel("exr_2").await.unwrap();
    let Some(extend_cancel::ExtractOutput::Json(output)) = &run.output else { panic!("{:?}", run.output) };
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Invoice {
        invoice_number: String,
    }
    assert_eq!(output.value_as::<Invoice>().unwrap(), Invoice { invoice_number: "INV-7".into() });
    let number = &output.metadata["invoice_number"];
    assert_eq!((number.ocr_confidence, number.review_agent_score), (Some(0.99), Some(5)));
    assert_eq!(number.citations[0].page.as_ref().unwrap().width, Some(612.0));
    assert_eq!(number.insights[0].type_, extend_cancel::InsightType::Reasoning);
    assert_eq!(output.metadata["line_items[0].amount"].citations[0].file_id.as_deref(), Some("file_1"));
    assert_eq!(run.initial_output, run.output);
    assert_eq!(run.usage.unwrap().breakdown[0].charges[0].pages, vec![1, 2, 3]);
}
