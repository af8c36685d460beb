//! What a client's and a call's settings change on the wire (versions, workspaces, a base URL
//! with a path, encoded ids, dispatch by prefix), input refused before anything is sent, and
//! what the configuration errors and `Debug` output say.

use crate::endpoints::{body_for, cancel_through_handle, standard, standard_headers, verbatim, ENDPOINTS};
use crate::support::{self, builder, client, KEY};
use extend_cancel::{Client, ConfigError, Error, Run, RunIdProblem, RunKind};
use httpmock::{Method::POST, MockServer};
#[test]
fn seed_fixtures_are_the_spec_examples_verbatim() {
    let spec = spec_check::Spec::load_default().expect("the spec loads");
    let examples = spec.response_examples();
    for (operation, name, text) in [
        ("cancelProcessorRun", "seed003", support::SEED_PROCESSOR_RUN),
        ("cancelClassifyRun", "seed004", support::SEED_CLASSIFY_RUN),
    ] {
        // The served text is the spec's own text, character for character (key order, spacing,
        // number spelling such as `1.1`), not a re-serialization of it.
        assert_eq!(text.trim_end(), support::spec_example_text(&spec, name), "{name}");
        let example = examples
            .iter()
            .find(|e| e.location.starts_with(&format!("{operation}:")) && e.location.ends_with(name))
            .unwrap_or_else(|| panic!("the spec has no {operation} example {name}"));
        let parsed: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(support::numbers_as_f64(parsed), support::numbers_as_f64(example.value.clone()), "{name}");
    }
}

#[tokio::test]
async fn versions_and_workspaces_override_per_client_and_per_call() {
    const CLIENT_VERSION: &str = "2024-11-30";
    const CALL_VERSION: &str = "2025-12-31";
    let server = MockServer::start_async().await;
    let plain = client(&server.base_url());
    let configured =
        builder(&server.base_url()).api_version(CLIENT_VERSION).workspace_id("ws_client").build().unwrap();
    for (kind, segment, prefix, default_version) in ENDPOINTS {
        // (id suffix, client, per-call version, per-call workspace, expected version, expected workspace)
        let scenarios = [
            ("default", &plain, None, None, default_version, None),
            ("client", &configured, None, None, CLIENT_VERSION, Some("ws_client")),
            ("call", &configured, Some(CALL_VERSION), Some("ws_call"), CALL_VERSION, Some("ws_call")),
            ("call_workspace", &plain, None, Some("ws_call"), default_version, Some("ws_call")),
            ("call_version", &configured, Some(CALL_VERSION), None, CALL_VERSION, Some("ws_client")),
        ];
        for (suffix, client, call_version, call_workspace, version, workspace) in scenarios {
            let id = format!("{prefix}_{suffix}");
            let path = format!("/{segment}/{id}/cancel");
            let body = body_for(kind, &id).to_string();
            let mock = server
                .mock_async(|when, then| {
                    let when = standard(when, &path, version);
                    match workspace {
                        Some(workspace) => when.header("x-extend-workspace-id", workspace),
                        None => when.header_missing("x-extend-workspace-id"),
                    };
                    verbatim(then, &body);
                })
                .await;
            let returned = cancel_through_handle(client, kind, &id, call_version, call_workspace).await;
            assert_eq!(returned, id);
            mock.assert_async().await;
        }
    }
}

#[tokio::test]
async fn ids_are_percent_encoded_in_the_path() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    for (kind, segment, prefix, version) in ENDPOINTS {
        let id = format!("{prefix}_ü\"x<{{}}>`");
        let expected = format!("/{segment}/{prefix}_%C3%BC%22x%3C%7B%7D%3E%60/cancel");
        let body = body_for(kind, &id).to_string();
        let mock = server
            .mock_async(|when, then| {
                let expected = expected.clone();
                standard_headers(when, version)
                    .header_missing("x-extend-workspace-id")
                    .is_true(move |req| req.uri().path() == expected);
                verbatim(then, &body);
            })
            .await;
        let returned = cancel_through_handle(&client, kind, &id, None, None).await;
        mock.assert_async().await;
        assert_eq!(returned, id, "the typed result carries the decoded id");
    }
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
        ("/extract_runs/exr_a/cancel", "2026-02-09", support::extract_run("exr_a").to_string()),
        (
            "/classify_runs/clr_Xj8mK2pL9nR4vT7qY5wZ/cancel",
            "2026-02-09",
            support::SEED_CLASSIFY_RUN.to_owned(),
        ),
        ("/split_runs/splr_c/cancel", "2026-02-09", support::split_run("splr_c").to_string()),
        (
            "/processor_runs/dpr_Xj8mK2pL9nR4vT7qY5wZ/cancel",
            "2025-04-21",
            support::SEED_PROCESSOR_RUN.to_owned(),
        ),
    ];
    let mut mocks_done = Vec::new();
    for (path, version, body) in cases {
        mocks_done.push(
            server
                .mock_async(|when, then| {
                    standard(when, path, version);
                    verbatim(then, &body);
                })
                .await,
        );
    }
    let client = client(&server.base_url());
    let ids = ["exr_a", "clr_Xj8mK2pL9nR4vT7qY5wZ", "splr_c", "dpr_Xj8mK2pL9nR4vT7qY5wZ"];
    let kinds = [RunKind::Extract, RunKind::Classify, RunKind::Split, RunKind::Processor];
    for (id, kind) in ids.into_iter().zip(kinds) {
        let run: Run = client.cancel(id).await.unwrap();
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
    let response = client.generated().cancel_split_run("splr_g", None, None).await.unwrap();
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
    assert_eq!(run.usage.as_ref().unwrap().breakdown[0].charges[0].pages, vec![1, 2, 3]);
}
