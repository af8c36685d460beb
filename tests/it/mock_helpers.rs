//! The generated httpmock helpers (feature `test-util`) drive our own client: a typed `ok`
//! body comes back equal, and a typed error body becomes `Error::Api`.

use extend_cancel::{mock::MockServerExt, types, Client, Error};
use httpmock::MockServer;

/// The Cancel Classify Run example embedded in the spec (seed004), as the generated type.
fn seed_classify_run() -> types::ClassifyRun {
    let spec = spec_check::Spec::load_default().expect("the spec loads");
    let example = spec
        .response_examples()
        .into_iter()
        .find(|e| e.location.starts_with("cancelClassifyRun:"))
        .expect("the spec embeds a classify run example");
    serde_json::from_value(example.value).expect("the example decodes")
}

fn client(server: &MockServer) -> Client {
    Client::builder().api_key("sk_test").base_url(server.base_url()).build().expect("a valid config")
}

#[tokio::test]
async fn ok_helper_serves_the_typed_run() {
    let server = MockServer::start_async().await;
    let run = seed_classify_run();
    let mock = server.cancel_classify_run(|when, then| {
        when.id("clr_Xj8mK2pL9nR4vT7qY5wZ").x_extend_api_version("2026-02-09");
        then.ok(&run);
    });

    let cancelled = client(&server).classify_runs().cancel("clr_Xj8mK2pL9nR4vT7qY5wZ").await.expect("200");

    mock.assert_async().await;
    assert_eq!(*cancelled, run);
    assert_eq!(cancelled.id, "clr_Xj8mK2pL9nR4vT7qY5wZ");
    assert_eq!(cancelled.status.to_string(), "PROCESSING");
}

#[tokio::test]
async fn error_helper_serves_the_typed_error_body() {
    let server = MockServer::start_async().await;
    let body: types::ErrorBody = serde_json::from_value(serde_json::json!({
        "code": "NOT_FOUND",
        "message": "Extract run not found",
        "retryable": false,
        "requestId": "req_123"
    }))
    .expect("an error body");
    let mock = server.cancel_extract_run(|when, then| {
        when.id("exr_missing");
        then.not_found(&body);
    });

    let error = client(&server).extract_runs().cancel("exr_missing").await.expect_err("404");

    mock.assert_async().await;
    let Error::Api(api) = error else { panic!("expected Error::Api, got {error:?}") };
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.code.as_deref(), Some("NOT_FOUND"));
    assert_eq!(api.request_id.as_deref(), Some("req_123"));
}
