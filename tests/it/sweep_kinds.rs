//! Against the sandbox, the batches of the kinds added later: a workflow batch with runs
//! `PENDING`, `PROCESSING` and `CANCELLING` ends with every run cancelled; a verify run that had
//! finished is `already_finished`; a legacy processor's `PROCESSING` runs, and only those, are
//! cancelled by a processor filter. What changed is read from the sandbox's own state.

use crate::support::fast_retries;
use extend_cancel::{Client, Error, Outcome, RunFilter, RunKind, RunStatus, Summary};
use extend_cancel_sandbox::{BatchSeed, Sandbox};
use futures_util::StreamExt;
use std::{collections::BTreeMap, time::Duration};

async fn sandbox_with(batches: &[BatchSeed], cancelling_delay: Duration) -> (Sandbox, Client) {
    let sandbox = Sandbox::builder()
        .seeded(false)
        .cancelling_delay(cancelling_delay)
        .start()
        .await
        .expect("sandbox starts");
    for batch in batches {
        assert_eq!(sandbox.seed_batch(batch), batch.count());
    }
    let client = sandbox.client_builder().retry_policy(fast_retries(2)).build().expect("client builds");
    (sandbox, client)
}

/// Each run's status in the sandbox, by id.
fn statuses(sandbox: &Sandbox) -> BTreeMap<String, String> {
    sandbox.runs().into_iter().map(|run| (run.id().to_owned(), run.status().to_owned())).collect()
}

async fn all(
    stream: impl futures_util::Stream<Item = Result<(String, Outcome), Error>>,
) -> Vec<(String, Outcome)> {
    stream.map(|item| item.expect("listing succeeds")).collect().await
}

fn summary_of(outcomes: &[(String, Outcome)]) -> Summary {
    let mut summary = Summary::default();
    for (_, outcome) in outcomes {
        summary.add(outcome);
    }
    summary
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_workflow_batch_of_pending_processing_and_cancelling_runs_ends_all_cancelled() {
    let batch = BatchSeed::new("batch_claims", 30)
        .kinds([RunKind::Workflow])
        .processor_id("workflow_claims")
        .statuses([(RunStatus::Pending, 1), (RunStatus::Processing, 1), (RunStatus::Cancelling, 1)])
        // Someone else's cancels, still stopping when ours are sent.
        .cancelling_for(Duration::from_millis(1000));
    let other = BatchSeed::new("batch_other", 6).kinds([RunKind::Workflow]);
    let (sandbox, client) = sandbox_with(&[batch, other], Duration::from_millis(300)).await;
    let before = statuses(&sandbox);
    let stopping: Vec<String> = before
        .iter()
        .filter(|(id, status)| id.contains("claims") && *status == "CANCELLING")
        .map(|(id, _)| id.clone())
        .collect();
    assert_eq!(stopping.len(), 10);

    // The runs someone else was already stopping, by id: their cancel is refused (400), each
    // is retrieved and followed while CANCELLING, and ends cancelled, by someone else.
    let by_id = client.cancel_many(stopping.clone()).outcomes().collect::<Vec<_>>().await;
    assert_eq!(by_id.len(), 10);
    assert!(
        by_id
            .iter()
            .all(|(_, o)| o.label() == "already_cancelled" && o.status() == Some(&RunStatus::Cancelled)),
        "{by_id:?}"
    );

    // Listed: the PENDING and PROCESSING runs (a workflow run can be cancelled before it starts).
    let outcomes = all(client.cancel_matching(RunFilter::batch("batch_claims")).concurrency(8)).await;
    let summary = summary_of(&outcomes);
    assert_eq!(outcomes.len(), 20, "{summary}");
    assert_eq!(summary.cancelled, 20, "{summary}");
    assert!(
        outcomes.iter().all(|(_, o)| o.status() == Some(&RunStatus::Cancelled)),
        "followed until CANCELLED"
    );

    tokio::time::sleep(Duration::from_millis(400)).await;
    let after = statuses(&sandbox);
    for (id, status) in &after {
        if id.contains("claims") {
            assert_eq!(status, "CANCELLED", "{id} was {}", before[id]);
        } else {
            assert_eq!(status, &before[id], "{id} of another batch is untouched");
        }
    }
}

#[tokio::test]
async fn a_verify_run_that_had_finished_is_already_finished_and_unchanged() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client_builder().retry_policy(fast_retries(2)).build().unwrap();
    let outcomes: BTreeMap<String, Outcome> =
        client.cancel_many(["vr_processed", "vr_failed", "vr_processing"]).outcomes().collect().await;
    let labels: Vec<(&str, &str, &str)> = outcomes
        .iter()
        .map(|(id, o)| (id.as_str(), o.label(), o.status().map_or("", |s| s.as_str())))
        .collect();
    assert_eq!(
        labels,
        [
            ("vr_failed", "already_finished", "FAILED"),
            ("vr_processed", "already_finished", "PROCESSED"),
            ("vr_processing", "cancelled", "CANCELLED"),
        ]
    );
    assert_eq!(sandbox.run("vr_processed").unwrap().status(), "PROCESSED");
    // A 200 was the only answer: no retrieve was needed to decide.
    let gets = sandbox.requests().iter().filter(|r| r.method == "GET").count();
    assert_eq!(gets, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_processor_filter_cancels_exactly_that_processors_processing_runs() {
    let mine = BatchSeed::new("bpr_legacy_a", 24)
        .kinds([RunKind::Processor])
        .processor_id("dp_misconfigured")
        .statuses([(RunStatus::Processing, 2), (RunStatus::Pending, 1), (RunStatus::Processed, 1)]);
    let theirs = BatchSeed::new("bpr_legacy_b", 8).kinds([RunKind::Processor]).processor_id("dp_fine");
    let extract = BatchSeed::new("bpr_extract", 8).processor_id("dp_misconfigured");
    let (sandbox, client) = sandbox_with(&[mine, theirs, extract], Duration::from_millis(300)).await;
    let before = statuses(&sandbox);
    let targets: Vec<String> = before
        .iter()
        .filter(|(id, status)| id.contains("legacy_a") && *status == "PROCESSING")
        .map(|(id, _)| id.clone())
        .collect();
    assert_eq!(targets.len(), 12);

    let outcomes = all(client.cancel_matching(RunFilter::processor("dp_misconfigured")).concurrency(4)).await;
    let mut cancelled: Vec<String> = outcomes.iter().map(|(id, _)| id.clone()).collect();
    cancelled.sort();
    assert_eq!(cancelled, targets);
    assert_eq!(summary_of(&outcomes).cancelled, 12);
    assert!(outcomes.iter().all(|(_, o)| o.run().is_some_and(|run| run.kind() == RunKind::Processor)));
    let after = statuses(&sandbox);
    for (id, status) in &after {
        let expected = if targets.contains(id) { "CANCELLED" } else { before[id].as_str() };
        assert_eq!(status, expected, "{id}");
    }
    // Listed through the legacy list only, with the processor's id.
    let lists: Vec<String> =
        sandbox.requests().iter().filter(|r| r.method == "GET").map(|r| r.path.clone()).collect();
    assert!(lists.iter().all(|path| path == "/processor_runs"), "{lists:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_being_followed_does_not_hold_up_the_next_cancels() {
    // One request at a time, and runs that take 2 s to stop: the cancels go out one after
    // the other, and the runs are followed meanwhile, not each before the next cancel.
    let batch =
        BatchSeed::new("batch_slow", 4).kinds([RunKind::Workflow]).statuses([(RunStatus::Processing, 1)]);
    let (sandbox, client) = sandbox_with(&[batch], Duration::from_secs(2)).await;
    let ids: Vec<String> = statuses(&sandbox).into_keys().collect();
    let outcomes: Vec<(String, Outcome)> =
        client.cancel_many(ids.clone()).concurrency(1).outcomes().collect().await;
    assert!(outcomes.iter().all(|(_, o)| o.label() == "cancelled"), "{outcomes:?}");
    let log: Vec<(String, String)> =
        sandbox.requests().iter().map(|r| (r.method.clone(), r.path.clone())).collect();
    let position = |method: &str, path: &str, nth: usize| {
        log.iter()
            .enumerate()
            .filter(|(_, (m, p))| m == method && p == path)
            .nth(nth)
            .map(|(i, _)| i)
            .unwrap_or_else(|| panic!("no {method} {path} #{nth} in {log:?}"))
    };
    let last_cancel = ids.iter().map(|id| position("POST", &format!("/workflow_runs/{id}/cancel"), 0)).max();
    // The first run is retrieved at least twice while it stops (after 250 ms, then 750 ms):
    // every cancel was sent before its second retrieve.
    let first = &outcomes
        .iter()
        .map(|(id, _)| id)
        .min_by_key(|id| position("POST", &format!("/workflow_runs/{id}/cancel"), 0))
        .unwrap();
    let second_look = position("GET", &format!("/workflow_runs/{first}"), 1);
    assert!(last_cancel.unwrap() < second_look, "{log:?}");
}

#[tokio::test]
async fn a_listing_refused_for_the_key_stops_the_batch_once_with_the_reason() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = Client::builder().api_key("sk_wrong").base_url(sandbox.base_url()).build().unwrap();
    let items: Vec<Result<(String, Outcome), Error>> =
        client.cancel_matching(RunFilter::batch("batch_sandbox")).collect().await;
    let [Err(Error::NotSent(stop))] = &items[..] else { panic!("{items:?}") };
    assert_eq!(stop.reason, extend_cancel::StopReason::KeyRefused);
    assert_eq!(stop.status.map(|s| s.as_u16()), Some(401));
    // One list request, refused; nothing else sent.
    let sent: Vec<(String, String)> =
        sandbox.requests().iter().map(|r| (r.method.clone(), r.path.clone())).collect();
    assert_eq!(sent, [("GET".to_owned(), "/workflow_runs".to_owned())]);
}
