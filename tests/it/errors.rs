//! Every documented error status becomes `Error::Api` with the body's fields.

use crate::support::{builder, client, KEY};
use extend_cancel::{Error, RunStatus};
use httpmock::{Method::POST, MockServer};
use serde_json::json;
use std::error::Error as _;

fn api_error(error: Error) -> extend_cancel::ApiError {
    match error {
        Error::Api(api) => *api,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn every_documented_status_is_a_typed_api_error_on_the_2026_endpoints() {
    let cases = [
        (400, "INVALID_REQUEST", "Run exr_s is not PROCESSING", false),
        (401, "UNAUTHORIZED", "Invalid API key", false),
        (402, "USAGE_BLOCKED", "Out of credits", false),
        (403, "FORBIDDEN", "Workspace not allowed", false),
        (404, "NOT_FOUND", "Run not found", false),
        (422, "UNPROCESSABLE", "Cannot cancel", false),
        (429, "RATE_LIMIT_EXCEEDED", "Too many requests. Back off and retry.", true),
        (500, "INTERNAL_ERROR", "Something broke", true),
    ];
    let server = MockServer::start_async().await;
    let client = builder(&server.base_url()).max_retries(0).build().unwrap();
    for (kind, path) in [("extract", "extract_runs"), ("classify", "classify_runs"), ("split", "split_runs")]
    {
        for (status, code, message, retryable) in cases {
            let id = format!("{}_{status}", &kind[..2]);
            let mock = server
                .mock_async(|when, then| {
                    when.method(POST).path(format!("/{path}/{id}/cancel"));
                    then.status(status).json_body(json!({
                        "code": code, "message": message, "retryable": retryable,
                        "requestId": format!("req_{status}"), "docUrl": "https://docs.extend.ai/errors"
                    }));
                })
                .await;
            let result = match kind {
                "extract" => client.extract_runs().cancel(&id).await.map(|_| ()),
                "classify" => client.classify_runs().cancel(&id).await.map(|_| ()),
                _ => client.split_runs().cancel(&id).await.map(|_| ()),
            };
            let error = result.unwrap_err();
            assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
            assert_eq!(error.request_id(), Some(format!("req_{status}").as_str()));
            assert_eq!(error.is_retryable(), matches!(status, 429 | 500), "{status}");
            let api = api_error(error);
            assert_eq!(api.code.as_deref(), Some(code));
            assert_eq!(api.message.as_deref(), Some(message));
            assert_eq!(api.retryable, Some(retryable));
            assert_eq!(api.doc_url.as_deref(), Some("https://docs.extend.ai/errors"));
            assert_eq!(api.attempts, 1);
            assert!(!api.retried_after_lost_response);
            mock.assert_async().await;
            mock.delete_async().await;
        }
    }
}

#[tokio::test]
async fn the_processor_endpoint_reads_the_2025_error_body() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    for (status, message) in
        [(400, "Processor run is not processing"), (401, "Unauthorized"), (404, "Not found")]
    {
        let mock = server
            .mock_async(|when, then| {
                when.method(POST).path("/processor_runs/dpr_1/cancel");
                then.status(status).header("x-extend-request-id", "req_hdr").json_body(json!({
                    "success": false, "error": message
                }));
            })
            .await;
        let api = api_error(client.processor_runs().cancel("dpr_1").await.unwrap_err());
        assert_eq!(
            (api.status.as_u16(), api.code.as_deref(), api.message.as_deref()),
            (status, None, Some(message))
        );
        assert_eq!(api.request_id.as_deref(), Some("req_hdr"));
        assert_eq!(
            api.to_string(),
            format!("Extend API error: HTTP {}: {message} (request id req_hdr)", api.status)
        );
        mock.delete_async().await;
    }
}

#[tokio::test]
async fn wrapped_bodies_and_undocumented_statuses_are_read_too() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/extract_runs/exr_wrapped/cancel");
            then.status(400).json_body(json!({"error": {
                "code": "INVALID_REQUEST", "message": "Run is already cancelled", "retryable": false, "requestId": "req_w"
            }}));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/extract_runs/exr_teapot/cancel");
            then.status(418).body("short and stout");
        })
        .await;
    let client = client(&server.base_url());
    let api = api_error(client.extract_runs().cancel("exr_wrapped").await.unwrap_err());
    assert_eq!(
        (api.code.as_deref(), api.message.as_deref(), api.request_id.as_deref()),
        (Some("INVALID_REQUEST"), Some("Run is already cancelled"), Some("req_w"))
    );
    let api = api_error(client.extract_runs().cancel("exr_teapot").await.unwrap_err());
    assert_eq!((api.status.as_u16(), api.body_text().as_ref()), (418, "short and stout"));
}

#[tokio::test]
async fn a_proxy_html_page_is_an_http_error_with_its_status_not_a_decode_error() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.path("/classify_runs/clr_1/cancel");
            then.status(502)
                .header("content-type", "text/html")
                .body("<html><h1>502 Bad Gateway</h1></html>");
        })
        .await;
    let client = builder(&server.base_url()).max_retries(0).build().unwrap();
    let error = client.classify_runs().cancel("clr_1").await.unwrap_err();
    assert!(error.is_retryable());
    let api = api_error(error);
    assert_eq!(api.status.as_u16(), 502);
    assert_eq!(api.code, None);
    assert_eq!(api.body_text(), "<html><h1>502 Bad Gateway</h1></html>");
    mock.assert_async().await;
}

#[tokio::test]
async fn unknown_enum_values_and_fields_are_kept_not_fatal() {
    let server = MockServer::start_async().await;
    let mut body = crate::support::extract_run("exr_new");
    body["status"] = json!("ARCHIVED");
    body["failureReason"] = json!("QUOTA_EXCEEDED");
    body["file"]["type"] = json!("PPTX");
    body["brandNewField"] = json!({"nested": [1, 2, 3]});
    body["config"]["advancedOptions"]["someNewOption"] = json!(true);
    body["usage"] = json!({"credits": 2, "breakdown": [{"object": "verify_run", "id": "vr_1", "credits": 2, "extra": 1}]});
    server
        .mock_async(|when, then| {
            when.path("/extract_runs/exr_new/cancel");
            then.status(200).json_body(body);
        })
        .await;
    let run = client(&server.base_url()).extract_runs().cancel("exr_new").await.unwrap().into_inner();
    assert_eq!(run.status, RunStatus::Other("ARCHIVED".into()));
    assert_eq!(run.failure_reason, Some(extend_cancel::FailureReason::Other("QUOTA_EXCEEDED".into())));
    assert_eq!(run.file.unwrap().type_, Some(extend_cancel::FileType::Other("PPTX".into())));
    assert_eq!(run.usage.unwrap().breakdown[0].object.as_ref().unwrap().as_str(), "verify_run");
}

#[tokio::test]
async fn decode_errors_name_the_json_path_and_keep_the_body() {
    // The identity is the one part of a run that is never corrected: a processor run whose id
    // is a number is not a run this client can report on.
    let server = MockServer::start_async().await;
    let mut body = crate::support::seed_processor_run();
    body["processorRun"]["id"] = json!(7);
    let raw = body.to_string();
    server
        .mock_async(|when, then| {
            when.path("/processor_runs/dpr_bad/cancel");
            then.status(200).header("x-extend-request-id", "req_d").body(raw.clone());
        })
        .await;
    let error = client(&server.base_url()).processor_runs().cancel("dpr_bad").await.unwrap_err();
    assert_eq!(error.request_id(), Some("req_d"));
    let Error::Decode(decode) = error else { panic!("{error:?}") };
    assert_eq!(decode.path, "processorRun.id");
    assert_eq!(decode.message, "expected a string");
    assert_eq!(decode.status.as_u16(), 200);
    assert_eq!(decode.body, raw.as_bytes());
    assert_eq!(
        decode.to_string(),
        "could not decode the HTTP 200 OK response body at `processorRun.id`: expected a string"
    );
}

#[tokio::test]
async fn transport_errors_keep_their_source_and_never_show_the_key() {
    // Nothing listens on this port, and it stays bound for the whole test, so no parallel test
    // can take it.
    let (_bound, url) = crate::raw_server::refusing_address();
    let client = builder(&url).max_retries(0).build().unwrap();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert!(matches!(error, Error::Transport { attempts: 1, .. }), "{error:?}");
    assert!(error.is_retryable());
    assert!(error.source().is_some());
    let Error::Transport { source, .. } = &error else { unreachable!() };
    assert!(source.is_connect(), "refused: {source:?}");
    // The host it tried and the cause, never the key.
    let host = url.trim_end_matches('/');
    assert_eq!(error.to_string(), format!("could not reach {host}: connection refused (after 1 attempt(s))"));
    let mut chain = format!("{error:?}");
    let mut source = error.source();
    while let Some(s) = source {
        chain.push_str(&s.to_string());
        source = s.source();
    }
    assert!(!chain.contains(KEY), "{chain}");
}

#[tokio::test]
async fn undocumented_success_statuses_are_decoded_and_redirects_are_not_followed() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/extract_runs/exr_201/cancel");
            then.status(201).json_body(crate::support::extract_run("exr_201"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/extract_runs/exr_204/cancel");
            then.status(204);
        })
        .await;
    let elsewhere = server
        .mock_async(|when, then| {
            when.path("/elsewhere");
            then.status(200).json_body(crate::support::extract_run("exr_302"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/extract_runs/exr_302/cancel");
            then.status(302).header("location", "/elsewhere");
        })
        .await;
    let client = client(&server.base_url());
    assert_eq!(client.extract_runs().cancel("exr_201").await.unwrap().id, "exr_201");
    let Error::Decode(decode) = client.extract_runs().cancel("exr_204").await.unwrap_err() else { panic!() };
    assert_eq!((decode.status.as_u16(), decode.body.len()), (204, 0));
    let api = api_error(client.extract_runs().cancel("exr_302").await.unwrap_err());
    assert_eq!(api.status.as_u16(), 302);
    assert_eq!(elsewhere.calls_async().await, 0);
}
