//! Retrieving a run (`GET /{kind}_runs/{id}`): the run as it is now, and the same refusals
//! and error shapes as a cancel; one method per path; the API versions each endpoint takes.

use super::support::{cancel_path, client, collection, get, header, raw};
use extend_cancel::{types, RunKind, RunStatus};
use extend_cancel_sandbox::{seeded_run_id, Run, Sandbox};
use reqwest::Method;
use serde_json::Value;
use std::time::Duration;

#[tokio::test]
async fn retrieve_returns_the_run_as_it_is_now_for_every_kind() {
    // A workflow run's cancel answers CANCELLING; without a delay it is CANCELLED by the next
    // request.
    let sandbox = Sandbox::builder().cancelling_delay(Duration::ZERO).start().await.unwrap();
    let client = client(&sandbox);
    for kind in RunKind::ALL {
        let id = seeded_run_id(kind, &RunStatus::Processing);
        let path = format!("{}/{id}", collection(kind));
        let before = get(&sandbox, &path).await;
        assert_eq!(before.status, 200, "{path}: {}", before.text);
        assert_eq!(header(&before.headers, "content-type"), Some("application/json"));
        client.cancel(id.as_str()).await.unwrap();
        let after = get(&sandbox, &path).await;
        assert_eq!(after.status, 200, "{path}");
        // The body is exactly the run the sandbox holds, decoded with the generated types.
        let held = sandbox.run(&id).unwrap();
        let (status_before, status_after) = match kind {
            RunKind::Processor => {
                assert_eq!(after.json["success"], true);
                let body: types::ProcessorRunGetResponse =
                    serde_json::from_value(after.json.clone()).unwrap();
                assert_eq!(Run::Processor(body.processor_run), held);
                (&before.json["processorRun"]["status"], &after.json["processorRun"]["status"])
            }
            _ => {
                let json = after.json.clone();
                let decoded = match kind {
                    RunKind::Extract => Run::Extract(serde_json::from_value(json).unwrap()),
                    RunKind::Classify => Run::Classify(serde_json::from_value(json).unwrap()),
                    RunKind::Split => Run::Split(serde_json::from_value(json).unwrap()),
                    RunKind::Workflow => Run::Workflow(serde_json::from_value(json).unwrap()),
                    RunKind::Parse => Run::Parse(serde_json::from_value(json).unwrap()),
                    _ => Run::Verify(serde_json::from_value(json).unwrap()),
                };
                assert_eq!(decoded, held);
                (&before.json["status"], &after.json["status"])
            }
        };
        assert_eq!((status_before.as_str(), status_after.as_str()), (Some("PROCESSING"), Some("CANCELLED")));
    }
}

#[tokio::test]
async fn retrieve_refuses_unknown_ids_keys_and_workspaces_like_cancel() {
    let sandbox = Sandbox::start().await.unwrap();
    let key = Some(sandbox.api_key());
    let missing = get(&sandbox, "/extract_runs/exr_missing").await;
    assert_eq!((missing.status, missing.json["code"].as_str()), (404, Some("NOT_FOUND")));
    assert!(missing.json["message"].as_str().unwrap().contains("exr_missing"));
    // A classify run is not an extract run.
    let other_kind = get(&sandbox, "/extract_runs/clr_processing").await;
    assert_eq!(other_kind.status, 404);
    let legacy = get(&sandbox, "/processor_runs/dpr_missing").await;
    assert_eq!(legacy.status, 404);
    assert_eq!(legacy.json, serde_json::json!({"success": false, "error": legacy.json["error"]}));
    let undecodable = get(&sandbox, "/split_runs/splr_%FF").await;
    assert_eq!(undecodable.status, 404);

    for path in ["/classify_runs/clr_processing", "/processor_runs/dpr_processing"] {
        let no_key = raw(&sandbox, Method::GET, path, None, &[]).await;
        assert_eq!(no_key.status, 401, "{path}");
        let wrong = raw(&sandbox, Method::GET, path, Some("sk_wrong"), &[]).await;
        assert_eq!(wrong.status, 401, "{path}");
        let other = raw(&sandbox, Method::GET, path, key, &[("x-extend-workspace-id", "ws_other")]).await;
        assert_eq!(other.status, 403, "{path}");
        let own = raw(&sandbox, Method::GET, path, key, &[("x-extend-workspace-id", "ws_sandbox")]).await;
        assert_eq!(own.status, 200, "{path}");
    }
    let forbidden =
        raw(&sandbox, Method::GET, "/split_runs/splr_failed", key, &[("x-extend-workspace-id", "ws_x")])
            .await;
    assert_eq!(forbidden.json["code"], "FORBIDDEN");
    assert_eq!(forbidden.json["requestId"].as_str(), header(&forbidden.headers, "x-extend-request-id"));
}

#[tokio::test]
async fn each_path_takes_one_method_and_names_it_in_allow() {
    let sandbox = Sandbox::start().await.unwrap();
    let key = Some(sandbox.api_key());
    let cases = [
        (Method::POST, "/extract_runs/exr_processing", "GET"),
        (Method::DELETE, "/processor_runs/dpr_processing", "GET"),
        (Method::GET, "/classify_runs/clr_processing/cancel", "POST"),
        (Method::PUT, "/split_runs/splr_processing/cancel", "POST"),
        (Method::POST, "/extract_runs", "GET"),
        (Method::DELETE, "/split_runs?status=PROCESSING", "GET"),
        (Method::POST, "/workflow_runs/workflow_run_processing", "GET"),
        (Method::GET, "/parse_runs/pr_processing/cancel", "POST"),
        (Method::PATCH, "/verify_runs", "GET"),
        (Method::POST, "/processor_runs", "GET"),
        (Method::POST, "/batch_runs/bpar_sandbox", "GET"),
    ];
    for (method, path, allowed) in cases {
        let response = raw(&sandbox, method.clone(), path, key, &[]).await;
        assert_eq!(response.status, 405, "{method} {path}: {}", response.text);
        assert_eq!(header(&response.headers, "allow"), Some(allowed), "{method} {path}");
        let message = response.json["message"].as_str().or(response.json["error"].as_str()).unwrap();
        assert!(message.contains(&format!("Use {allowed}")), "{method} {path}: {message}");
    }
    // Nothing was cancelled; the legacy runs' list answers GET in its 2025-04-21 shape.
    assert_eq!(sandbox.run("splr_processing").unwrap().status(), "PROCESSING");
    assert_eq!(sandbox.run("pr_processing").unwrap().status(), "PROCESSING");
    let list = get(&sandbox, "/processor_runs").await;
    assert_eq!((list.status, list.json["success"].as_bool()), (200, Some(true)), "{}", list.text);
    let other = get(&sandbox, "/processor_runs/dpr_processing/retry").await;
    assert_eq!((other.status, other.json["success"].as_bool()), (404, None));
    assert_eq!(other.json["code"], "NOT_FOUND");
}

#[tokio::test]
async fn processor_endpoints_take_the_sdks_2026_version_and_answer_in_the_2025_shapes() {
    let sandbox = Sandbox::start().await.unwrap();
    let key = Some(sandbox.api_key());
    let v2026 = [("x-extend-api-version", "2026-02-09")];
    let cancelled = raw(&sandbox, Method::POST, "/processor_runs/dpr_processing/cancel", key, &v2026).await;
    assert_eq!(cancelled.status, 200, "{}", cancelled.text);
    assert_eq!(
        (cancelled.json["success"].as_bool(), cancelled.json["processorRun"]["status"].as_str()),
        (Some(true), Some("CANCELLED"))
    );
    let again = raw(&sandbox, Method::POST, "/processor_runs/dpr_processing/cancel", key, &v2026).await;
    assert_eq!(again.status, 400);
    let fields: Vec<&String> = again.json.as_object().unwrap().keys().collect();
    assert_eq!(fields, ["error", "success"], "the 2025-04-21 error body: {}", again.text);
    let v2025 = [("x-extend-api-version", "2025-04-21")];
    let retrieved = raw(&sandbox, Method::GET, "/processor_runs/dpr_processing", key, &v2025).await;
    assert_eq!(retrieved.json["processorRun"]["object"], "document_processor_run");

    // A version an endpoint is not served under is refused, naming the ones it takes.
    let old =
        raw(&sandbox, Method::POST, &cancel_path(RunKind::Extract, "exr_processing"), key, &v2025).await;
    assert_eq!((old.status, old.json["code"].as_str()), (400, Some("INVALID_REQUEST")));
    assert!(old.json["message"].as_str().unwrap().contains("2026-02-09"), "{}", old.text);
    let unknown = [("x-extend-api-version", "2024-12-23")];
    let legacy = raw(&sandbox, Method::GET, "/processor_runs/dpr_failed", key, &unknown).await;
    assert_eq!(legacy.status, 400);
    let message = legacy.json["error"].as_str().unwrap();
    assert!(message.contains("2025-04-21 or 2026-02-09"), "{message}");
    assert_eq!(sandbox.run("exr_processing").unwrap().status(), "PROCESSING");
    let listed = raw(&sandbox, Method::GET, "/extract_runs", key, &v2025).await;
    assert_eq!(listed.status, 400);
    assert_eq!(listed.json.get("data"), None::<&Value>);
}
