//! The runs a sandbox holds: seeded, added, replaced and read back.

use super::support::{api_error, client};
use extend_cancel::{types, RunKind, RunStatus};
use extend_cancel_sandbox::{sample, seeded_run_id, seeded_statuses, Fault, Run, Sandbox};
use std::time::Duration;

#[tokio::test]
async fn added_runs_are_served_and_their_state_can_be_read() {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    assert!(sandbox.runs().is_empty());
    let client = client(&sandbox);

    let mut mine = sample::extract_run("exr_ünïcödé", RunStatus::Processing);
    mine.metadata = None;
    mine.failure_message = Some("kept as given".to_owned());
    assert_eq!(sandbox.insert(mine.clone()), None);
    sandbox.insert(Run::sample(RunKind::Classify, "clr_mine", RunStatus::Failed));

    // The id is percent-encoded on the wire and decoded by the sandbox.
    let run = client.extract_runs().cancel("exr_ünïcödé").await.unwrap();
    assert_eq!(run.status, RunStatus::Cancelled);
    assert_eq!(run.metadata, None);
    assert_eq!(run.failure_message.as_deref(), Some("kept as given"));
    assert_eq!(sandbox.requests()[0].path, "/extract_runs/exr_%C3%BCn%C3%AFc%C3%B6d%C3%A9/cancel");
    let Some(Run::Extract(stored)) = sandbox.run("exr_ünïcödé") else { panic!("not stored") };
    assert_eq!(stored, *run);
    assert_eq!(
        stored,
        types::ExtractRun { status: RunStatus::Cancelled, updated_at: stored.updated_at, ..mine }
    );

    let api = api_error(client.cancel("clr_mine").await);
    assert_eq!(api.status.as_u16(), 400);

    // Replacing a run returns the old one; the kind decides the endpoint.
    let old = sandbox.insert(sample::classify_run("clr_mine", RunStatus::Processing)).unwrap();
    assert_eq!(old.status(), "FAILED");
    let extend_cancel::Run::Classify(run) = client.cancel("clr_mine").await.unwrap() else {
        panic!("not classify")
    };
    assert_eq!(run.status, RunStatus::Cancelled);
    let ids: Vec<String> = sandbox.runs().iter().map(|r| r.id().to_owned()).collect();
    assert_eq!(ids, ["clr_mine", "exr_ünïcödé"]);
}

#[test]
fn a_sandbox_can_be_shared_across_tasks_and_threads() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Sandbox>();
    assert_send_sync::<Run>();
    assert_send_sync::<Fault>();
}

#[tokio::test]
async fn is_seeded_with_every_kind_in_every_status() {
    // workflow_run_cancelling stays CANCELLING for the test, however slow the machine.
    let sandbox = Sandbox::builder().cancelling_delay(Duration::from_secs(3600)).start().await.unwrap();
    let runs = sandbox.runs();
    // Five statuses of extract, classify, split, processor and parse runs, eight of workflow
    // runs, four of verify runs (never PENDING).
    assert_eq!(runs.len(), 5 * 5 + 8 + 4);
    for kind in RunKind::ALL {
        let statuses = seeded_statuses(kind);
        assert_eq!(statuses.contains(&RunStatus::Pending), kind != RunKind::Verify, "{kind}");
        for status in statuses {
            let id = seeded_run_id(kind, status);
            let run = sandbox.run(&id).unwrap_or_else(|| panic!("{id} is not seeded"));
            assert_eq!((run.kind(), run.status()), (kind, status.as_str()), "{id}");
        }
    }
    let Some(Run::Extract(failed)) = sandbox.run("exr_failed") else { panic!() };
    assert_eq!(failed.failure_reason.as_ref().map(|r| r.as_str()), Some("FAILED_TO_PROCESS_FILE"));
    let Some(Run::Split(processed)) = sandbox.run("splr_processed") else { panic!() };
    assert_eq!(processed.output.and_then(|o| o.splits).map(|s| s.len()), Some(2));
}
