//! The cancel rules of workflow, parse and verify runs: a workflow run PENDING or PROCESSING is
//! answered CANCELLING and is CANCELLED after the cancelling delay; a parse run is cancelled
//! only while PROCESSING; a verify run that already finished is answered unchanged.

use super::support::{api_error, client, get, raw};
use extend_cancel::{types, RunKind, RunStatus, Timestamp};
use extend_cancel_sandbox::{sample, seeded_run_id, Run, Sandbox, StoredRun, DEFAULT_CANCELLING_DELAY};
use reqwest::Method;
use serde_json::Value;
use std::time::{Duration, SystemTime};

/// A delay far longer than any test: a CANCELLING run stays CANCELLING, however slow the machine.
const HOUR: Duration = Duration::from_secs(3600);

#[tokio::test]
async fn a_workflow_cancel_answers_cancelling_and_a_retrieve_after_the_delay_shows_cancelled() {
    assert_eq!(DEFAULT_CANCELLING_DELAY, Duration::from_millis(300));
    // Long enough for the requests made before it ends, on a loaded machine too.
    let delay = Duration::from_millis(600);
    let sandbox = Sandbox::builder().cancelling_delay(delay).start().await.unwrap();
    let client = client(&sandbox);
    for id in ["workflow_run_processing", "workflow_run_pending"] {
        let before = SystemTime::now();
        let run = client.workflow_runs().cancel(id).await.unwrap();
        assert_eq!((run.id.as_str(), &run.status), (id, &RunStatus::Cancelling));
        assert_eq!(run.object, Some(types::WorkflowRunObject::WorkflowRun));
        assert_eq!(run.end_time, None, "{id}: not finished yet");
        // The typed answer is the run as the sandbox holds it, and it waits for its delay.
        assert_eq!(sandbox.run(id), Some(Run::Workflow(run.into_inner())));
        let left = sandbox.stored(id).unwrap().cancelling_for.unwrap();
        assert!(left <= delay && left > Duration::ZERO, "{id}: {left:?}");
        assert_eq!(sandbox.stored(id).unwrap().pending_for, None);

        // Until the delay ends: CANCELLING, and a second cancel is refused like any status
        // but PENDING and PROCESSING.
        let retrieved = client.workflow_runs().get(id).await.unwrap();
        assert_eq!(retrieved.status, RunStatus::Cancelling, "{id}");
        let again = api_error(client.workflow_runs().cancel(id).await);
        assert_eq!((again.status.as_u16(), again.code.as_deref()), (400, Some("INVALID_REQUEST")));
        let message = again.message.as_deref().unwrap();
        assert!(message.contains("PENDING or PROCESSING") && message.contains("is CANCELLING"), "{message}");

        tokio::time::sleep(delay + Duration::from_millis(50)).await;
        let retrieved = client.workflow_runs().get(id).await.unwrap();
        assert_eq!(retrieved.status, RunStatus::Cancelled, "{id}");
        let ended = SystemTime::from(retrieved.end_time.expect("a cancelled run has ended").0);
        assert!(ended >= before + delay, "{id}: endTime is the end of the delay");
        let steps: Vec<&str> = retrieved
            .step_runs
            .iter()
            .flatten()
            .map(|step| step.get("status").and_then(Value::as_str).unwrap())
            .collect();
        assert!(!steps.iter().any(|status| *status == "PROCESSING" || *status == "PENDING"), "{steps:?}");
        assert_eq!(sandbox.stored(id).unwrap().cancelling_for, None);
        let again = api_error(client.workflow_runs().cancel(id).await);
        assert!(again.message.as_deref().unwrap().contains("is CANCELLED"), "{:?}", again.message);
        // The list shows the change as the run's updatedAt.
        let page = get(&sandbox, "/workflow_runs?status=CANCELLED&sortBy=updatedAt&maxPageSize=1").await;
        assert_eq!(page.json["data"][0]["id"], id);
        let updated = Timestamp::parse(page.json["data"][0]["updatedAt"].as_str().unwrap()).unwrap();
        assert!(SystemTime::from(updated.0) >= before + delay, "{id}");
    }
}

#[tokio::test]
async fn workflow_runs_in_any_other_status_are_refused_with_400() {
    let sandbox = Sandbox::builder().cancelling_delay(HOUR).start().await.unwrap();
    let client = client(&sandbox);
    use RunStatus::{Cancelled, Cancelling, Failed, NeedsReview, Processed, Rejected};
    for status in [Processed, Failed, Cancelled, Cancelling, NeedsReview, Rejected] {
        let id = seeded_run_id(RunKind::Workflow, &status);
        let before = sandbox.run(&id).unwrap();
        let api = api_error(client.cancel(id.as_str()).await);
        assert_eq!((api.status.as_u16(), api.code.as_deref()), (400, Some("INVALID_REQUEST")), "{id}");
        assert_eq!(api.retryable, Some(false));
        let expected = format!(
            "Only workflow runs with a status of PENDING or PROCESSING can be cancelled; {id} is {status}."
        );
        assert_eq!(api.message.as_deref(), Some(expected.as_str()));
        assert_eq!(sandbox.run(&id), Some(before), "{id} is unchanged");
    }
}

#[tokio::test]
async fn a_seeded_or_inserted_cancelling_run_is_cancelled_after_the_delay() {
    let sandbox = Sandbox::builder().cancelling_delay(Duration::from_millis(800)).start().await.unwrap();
    let mut slow = sample::workflow_run("workflow_run_slow", RunStatus::Cancelling);
    slow.batch_id = Some("batch_slow".to_owned());
    sandbox.insert(StoredRun::new(slow).cancelling_for(HOUR));
    assert_eq!(sandbox.run("workflow_run_cancelling").unwrap().status(), "CANCELLING");
    let listed = get(&sandbox, "/workflow_runs?status=CANCELLING&sortBy=createdAt&sortDir=asc").await;
    assert_eq!(listed.json["data"].as_array().unwrap().len(), 2, "{}", listed.text);
    tokio::time::sleep(Duration::from_millis(850)).await;
    // The seeded run's delay counts from the start; the inserted one's own delay wins.
    let seeded = get(&sandbox, "/workflow_runs/workflow_run_cancelling").await;
    assert_eq!(seeded.json["status"], "CANCELLED");
    assert_eq!(sandbox.run("workflow_run_slow").unwrap().status(), "CANCELLING");
    assert!(sandbox.stored("workflow_run_slow").unwrap().cancelling_for.unwrap() > HOUR / 2);
    assert_eq!(sandbox.stored("workflow_run_slow").unwrap().batch_id.as_deref(), Some("batch_slow"));
}

#[tokio::test]
async fn parse_runs_are_cancelled_only_while_processing() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let run = client.parse_runs().cancel("pr_processing").await.unwrap();
    assert_eq!((run.id.as_str(), &run.status), ("pr_processing", &RunStatus::Cancelled));
    assert_eq!(run.object, Some(types::ParseRunObject::ParseRun));
    assert_eq!(run.batch_id.as_deref(), Some("bpar_sandbox"));
    assert_eq!(sandbox.run("pr_processing"), Some(Run::Parse(run.into_inner())));
    for status in [RunStatus::Pending, RunStatus::Processed, RunStatus::Failed, RunStatus::Cancelled] {
        let id = seeded_run_id(RunKind::Parse, &status);
        let api = api_error(client.parse_runs().cancel(id.as_str()).await);
        assert_eq!((api.status.as_u16(), api.code.as_deref()), (400, Some("INVALID_REQUEST")), "{id}");
        let expected =
            format!("Only parse runs with a status of PROCESSING can be cancelled; {id} is {status}.");
        assert_eq!(api.message.as_deref(), Some(expected.as_str()));
        assert_eq!(sandbox.run(&id).unwrap().status(), status.as_str(), "{id} is unchanged");
    }
    let again = api_error(client.cancel("pr_processing").await);
    assert!(again.message.as_deref().unwrap().contains("is CANCELLED"));
}

#[tokio::test]
async fn a_verify_run_that_finished_is_answered_200_unchanged() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let run = client.verify_runs().cancel("vr_processing").await.unwrap();
    assert_eq!((run.id.as_str(), &run.status), ("vr_processing", &RunStatus::Cancelled));
    assert!(run.updated_at > run.created_at);
    for status in [RunStatus::Processed, RunStatus::Failed, RunStatus::Cancelled] {
        let id = seeded_run_id(RunKind::Verify, &status);
        let held = sandbox.run(&id).unwrap();
        let raw =
            raw(&sandbox, Method::POST, &format!("/verify_runs/{id}/cancel"), Some("sk_sandbox"), &[]).await;
        assert_eq!(raw.status, 200, "{id}: {}", raw.text);
        let answered: types::VerifyRun = serde_json::from_value(raw.json).unwrap();
        // The no-op: the run answered is the run as it was, status and updatedAt included, and
        // the sandbox still holds it unchanged.
        assert_eq!(Run::Verify(answered.clone()), held, "{id}");
        assert_eq!(answered.status, status, "{id}");
        assert_eq!(sandbox.run(&id), Some(held), "{id} is unchanged");
        let typed = client.verify_runs().cancel(id.as_str()).await.unwrap();
        assert_eq!(typed.status, status, "{id}");
    }
    // The processed run keeps its result; the cancelled one (above) stays cancelled.
    let processed = client.verify_runs().get("vr_processed").await.unwrap();
    assert_eq!(processed.output.as_ref().and_then(|output| output.get("riskLevel")), Some(&"HIGH".into()));
    let cancelled = client.verify_runs().cancel("vr_processing").await.unwrap();
    assert_eq!(cancelled.status, RunStatus::Cancelled);
    // A verify run in a status it never has in the API (PENDING) is refused.
    sandbox.insert(sample::verify_run("vr_odd", RunStatus::Pending));
    let api = api_error(client.verify_runs().cancel("vr_odd").await);
    assert_eq!(api.status.as_u16(), 400);
}

#[tokio::test]
async fn the_new_kinds_are_served_under_2026_02_09_and_refuse_other_kinds_ids() {
    let sandbox = Sandbox::start().await.unwrap();
    let key = Some(sandbox.api_key());
    let v2025 = [("x-extend-api-version", "2025-04-21")];
    let v2026 = [("x-extend-api-version", "2026-02-09")];
    for path in [
        "/workflow_runs/workflow_run_processing",
        "/parse_runs",
        "/verify_runs/vr_failed",
        "/batch_runs/bpar_sandbox",
    ] {
        let old = raw(&sandbox, Method::GET, path, key, &v2025).await;
        assert_eq!((old.status, old.json["code"].as_str()), (400, Some("INVALID_REQUEST")), "{path}");
        assert!(old.json["message"].as_str().unwrap().ends_with("send 2026-02-09."), "{}", old.text);
        let new = raw(&sandbox, Method::GET, path, key, &v2026).await;
        assert_eq!(new.status, 200, "{path}: {}", new.text);
    }
    let cancel = raw(&sandbox, Method::POST, "/parse_runs/pr_processing/cancel", key, &v2025).await;
    assert_eq!(cancel.status, 400);
    assert_eq!(sandbox.run("pr_processing").unwrap().status(), "PROCESSING", "nothing was cancelled");
    // The legacy list takes both versions, as the other processor endpoints do.
    for version in [v2025, v2026] {
        let list = raw(&sandbox, Method::GET, "/processor_runs", key, &version).await;
        assert_eq!((list.status, list.json["success"].as_bool()), (200, Some(true)), "{version:?}");
    }
    // A run of another kind is not found under a new kind's path, nor the other way round.
    for path in ["/workflow_runs/pr_processing", "/parse_runs/vr_processing", "/verify_runs/exr_processing"] {
        let response = get(&sandbox, path).await;
        assert_eq!((response.status, response.json["code"].as_str()), (404, Some("NOT_FOUND")), "{path}");
    }
    let client = client(&sandbox);
    let api = api_error(client.extract_runs().cancel("workflow_run_processing").await);
    assert_eq!(api.status.as_u16(), 404);
    let api = api_error(client.workflow_runs().cancel("workflow_run_missing").await);
    assert!(api.message.as_deref().unwrap().contains("No workflow run with id \"workflow_run_missing\""));
}
