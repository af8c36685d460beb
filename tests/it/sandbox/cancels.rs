//! What a cancel gets: the cancelled run of every kind, or the error of its status, id, key
//! or workspace.

use super::support::{api_error, client, header, raw, OTHER_STATUSES};
use extend_cancel::{types, Client, LegacyProcessorStatus, RunKind, RunStatus};
use extend_cancel_sandbox::{seeded_run_id, Run, Sandbox};
use reqwest::Method;
use serde_json::Value;
use std::time::Duration;

#[tokio::test]
async fn cancelling_a_processing_run_returns_the_complete_run_as_cancelled_for_every_kind() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);

    let extract = client.extract_runs().cancel("exr_processing").await.unwrap();
    assert_eq!(extract.id, "exr_processing");
    assert_eq!(extract.object, Some(types::ExtractRunObject::ExtractRun));
    assert_eq!(extract.status, RunStatus::Cancelled);
    assert_eq!(extract.dashboard_url.as_deref(), Some("https://dashboard.extend.ai/runs/exr_processing"));
    assert_eq!(extract.file.as_ref().and_then(|f| f.name.as_deref()), Some("invoice.pdf"));
    assert_eq!(extract.failure_reason, None);
    assert!(extract.updated_at > extract.created_at);

    let classify = client.classify_runs().cancel("clr_processing").await.unwrap();
    assert_eq!((classify.id.as_str(), &classify.status), ("clr_processing", &RunStatus::Cancelled));
    assert_eq!(classify.config.as_ref().and_then(|c| c.classifications.as_ref()).map(Vec::len), Some(3));

    let split = client.split_runs().cancel("splr_processing").await.unwrap();
    assert_eq!((split.id.as_str(), &split.status), ("splr_processing", &RunStatus::Cancelled));
    assert_eq!(split.object, Some(types::SplitRunObject::SplitRun));

    let processor = client.processor_runs().cancel("dpr_processing").await.unwrap();
    assert_eq!(processor.success, Some(true));
    assert_eq!(processor.processor_run.id, "dpr_processing");
    assert_eq!(processor.processor_run.object.as_deref(), Some("document_processor_run"));
    assert_eq!(processor.processor_run.status, LegacyProcessorStatus::Cancelled);
    assert_eq!(
        processor.processor_run.url.as_deref(),
        Some("https://dashboard.extend.ai/runs/dpr_processing")
    );

    // The typed result is exactly the run the sandbox now holds.
    assert_eq!(sandbox.run("exr_processing"), Some(Run::Extract(extract.into_inner())));
    assert_eq!(sandbox.run("clr_processing"), Some(Run::Classify(classify.into_inner())));
    assert_eq!(sandbox.run("splr_processing"), Some(Run::Split(split.into_inner())));
    assert_eq!(sandbox.run("dpr_processing"), Some(Run::Processor(processor.into_inner().processor_run)));
}

#[tokio::test]
async fn prefix_dispatch_reaches_every_endpoint() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    for kind in RunKind::ALL {
        let id = seeded_run_id(kind, &RunStatus::Processing);
        let run = client.cancel(id.as_str()).await.unwrap();
        // A workflow run is answered while it is being cancelled.
        let status = if kind == RunKind::Workflow { "CANCELLING" } else { "CANCELLED" };
        assert_eq!((run.kind(), run.id(), run.status()), (kind, id.as_str(), status));
    }
    let paths: Vec<String> = sandbox.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/extract_runs/exr_processing/cancel",
            "/classify_runs/clr_processing/cancel",
            "/split_runs/splr_processing/cancel",
            "/processor_runs/dpr_processing/cancel",
            "/workflow_runs/workflow_run_processing/cancel",
            "/parse_runs/pr_processing/cancel",
            "/verify_runs/vr_processing/cancel",
        ]
    );
}

#[tokio::test]
async fn a_cancelled_run_stays_cancelled() {
    // A workflow run's cancel answers CANCELLING; without a delay it is CANCELLED by the next
    // request.
    let sandbox = Sandbox::builder().cancelling_delay(Duration::ZERO).start().await.unwrap();
    let client = client(&sandbox);
    for kind in RunKind::ALL {
        let id = seeded_run_id(kind, &RunStatus::Processing);
        client.cancel(id.as_str()).await.unwrap();
        if kind == RunKind::Verify {
            // Cancelling a verify run that has finished is a no-op: 200 with the run unchanged.
            let again = client.cancel(id.as_str()).await.unwrap();
            assert_eq!(again.status(), "CANCELLED", "{id}");
            assert_eq!(sandbox.run(&id).unwrap().status(), "CANCELLED");
            continue;
        }
        let again = api_error(client.cancel(id.as_str()).await);
        assert_eq!(again.status.as_u16(), 400, "{id}");
        assert_eq!(again.attempts, 1, "a 400 is not retried");
        assert!(again.message.as_deref().unwrap().contains("is CANCELLED"), "{id}: {:?}", again.message);
        assert_eq!(sandbox.run(&id).unwrap().status(), "CANCELLED");
    }
}

#[tokio::test]
async fn every_other_status_is_refused_with_400_invalid_request() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    for kind in [RunKind::Extract, RunKind::Classify, RunKind::Split] {
        for status in OTHER_STATUSES {
            let id = seeded_run_id(kind, &status);
            let api = api_error(client.cancel(id.as_str()).await);
            assert_eq!(api.status.as_u16(), 400, "{id}");
            assert_eq!(api.code.as_deref(), Some("INVALID_REQUEST"), "{id}");
            assert_eq!(api.retryable, Some(false), "{id}");
            let message = api.message.as_deref().unwrap();
            assert!(message.contains("PROCESSING") && message.contains(status.as_str()), "{id}: {message}");
            let request_id = api.request_id.as_deref().unwrap();
            assert!(request_id.starts_with("req_sandbox_"), "{request_id}");
            assert_eq!(header(&api.headers, "x-extend-request-id"), Some(request_id));
            assert_eq!(sandbox.run(&id).unwrap().status(), status.as_str(), "{id} is unchanged");
        }
    }
}

#[tokio::test]
async fn processor_runs_refuse_other_statuses_with_the_2025_error_body() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    for status in OTHER_STATUSES {
        let id = seeded_run_id(RunKind::Processor, &status);
        let api = api_error(client.processor_runs().cancel(id.as_str()).await);
        assert_eq!(api.status.as_u16(), 400, "{id}");
        assert_eq!(api.code, None, "the 2025 body has no code");
        assert_eq!(api.retryable, None);
        let body: Value = serde_json::from_slice(&api.body).unwrap();
        assert_eq!(body["success"], false);
        assert_eq!(body.as_object().unwrap().len(), 2, "only success and error: {body}");
        assert_eq!(api.message.as_deref(), body["error"].as_str());
        assert!(api.message.as_deref().unwrap().contains(status.as_str()));
        // The request id comes from the header, as the 2025 body has none.
        assert!(api.request_id.as_deref().unwrap().starts_with("req_sandbox_"));
        assert_eq!(sandbox.run(&id).unwrap().status(), status.as_str());
    }
}

#[tokio::test]
async fn unknown_ids_and_runs_of_another_kind_get_404() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);

    let api = api_error(client.extract_runs().cancel("exr_does_not_exist").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (404, Some("NOT_FOUND")));
    assert_eq!(api.retryable, Some(false));
    assert!(api.message.as_deref().unwrap().contains("exr_does_not_exist"));

    // A classify run is not an extract run, whatever the endpoint.
    let api = api_error(client.extract_runs().cancel("clr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (404, Some("NOT_FOUND")));
    assert_eq!(sandbox.run("clr_processing").unwrap().status(), "PROCESSING");

    let api = api_error(client.processor_runs().cancel("dpr_does_not_exist").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (404, None));
    assert!(api.message.as_deref().unwrap().contains("dpr_does_not_exist"));

    // A removed run is gone.
    assert_eq!(sandbox.remove("splr_processing").map(|run| run.kind()), Some(RunKind::Split));
    let api = api_error(client.split_runs().cancel("splr_processing").await);
    assert_eq!(api.status.as_u16(), 404);
}

#[tokio::test]
async fn a_missing_or_wrong_api_key_gets_401() {
    let sandbox = Sandbox::start().await.unwrap();
    let wrong = Client::builder().api_key("sk_wrong").base_url(sandbox.base_url()).build().unwrap();
    let api = api_error(wrong.extract_runs().cancel("exr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (401, Some("UNAUTHORIZED")));
    assert_eq!(api.retryable, Some(false));
    assert_eq!(api.attempts, 1, "a 401 is not retried");
    let api = api_error(wrong.processor_runs().cancel("dpr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (401, None));

    let missing = raw(&sandbox, Method::POST, "/extract_runs/exr_processing/cancel", None, &[]).await;
    assert_eq!(missing.status, 401);
    assert_eq!(missing.json["code"], "UNAUTHORIZED");
    let not_bearer = raw(
        &sandbox,
        Method::POST,
        "/classify_runs/clr_processing/cancel",
        None,
        &[("authorization", "Basic c2tfc2FuZGJveA==")],
    )
    .await;
    assert_eq!(not_bearer.status, 401);

    for id in ["exr_processing", "dpr_processing"] {
        assert_eq!(sandbox.run(id).unwrap().status(), "PROCESSING", "{id} untouched");
    }
}

#[tokio::test]
async fn a_wrong_workspace_gets_403_and_the_right_one_or_none_is_accepted() {
    let sandbox = Sandbox::builder().api_key("sk_team").workspace_id("ws_team").start().await.unwrap();
    assert_eq!((sandbox.api_key(), sandbox.workspace_id()), ("sk_team", "ws_team"));
    let client = sandbox.client_builder().workspace_id("ws_other").max_retries(0).build().unwrap();

    let api = api_error(client.extract_runs().cancel("exr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (403, Some("FORBIDDEN")));
    assert!(api.message.as_deref().unwrap().contains("ws_other"));
    let api = api_error(client.processor_runs().cancel("dpr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (403, None));

    // The per-call workspace replaces the client's; without one, the key's own workspace.
    let run = client.extract_runs().cancel("exr_processing").workspace_id("ws_team").await.unwrap();
    assert_eq!(run.status, RunStatus::Cancelled);
    let plain = sandbox.client_builder().build().unwrap();
    let run = plain.classify_runs().cancel("clr_processing").await.unwrap();
    assert_eq!(run.status, RunStatus::Cancelled);

    let workspaces: Vec<Option<String>> =
        sandbox.requests().iter().map(|r| r.header("x-extend-workspace-id").map(str::to_owned)).collect();
    assert_eq!(
        workspaces,
        [Some("ws_other".to_owned()), Some("ws_other".to_owned()), Some("ws_team".to_owned()), None]
    );
}
