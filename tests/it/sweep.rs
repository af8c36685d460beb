//! Against the sandbox: cancelling what a filter matches (a 2,500-run batch, paged by 100),
//! draining runs that were still pending, and the definitive outcome of each kind of cancel.
//! What changed is read from the sandbox's own state, not from the client's report.

use crate::support::fast_retries;
use extend_cancel::{Client, Error, Outcome, RunFilter, RunKind, RunStatus, Summary};
use extend_cancel_sandbox::{sample, BatchSeed, Fault, Sandbox, StoredRun};
use futures_util::StreamExt;
use std::{collections::BTreeSet, time::Duration};

async fn empty_sandbox() -> (Sandbox, Client) {
    let sandbox = Sandbox::builder().seeded(false).start().await.expect("sandbox starts");
    let client = sandbox.client_builder().retry_policy(fast_retries(2)).build().expect("client builds");
    (sandbox, client)
}

/// The ids of the sandbox's runs of `batch` in `status`.
fn ids_of(sandbox: &Sandbox, batch: &str, status: &str) -> BTreeSet<String> {
    sandbox
        .runs()
        .into_iter()
        .filter(|run| run.status() == status)
        .map(|run| run.id().to_owned())
        .filter(|id| sandbox.stored(id).is_some_and(|stored| stored.batch_id.as_deref() == Some(batch)))
        .collect()
}

/// Every `(id, outcome)` of a batch, with the outcomes counted.
async fn drain_stream(
    stream: impl futures_util::Stream<Item = Result<(String, Outcome), Error>>,
) -> (Vec<(String, Outcome)>, Summary) {
    let mut summary = Summary::default();
    let outcomes: Vec<(String, Outcome)> = stream.map(|item| item.expect("listing succeeds")).collect().await;
    for (_, outcome) in &outcomes {
        summary.add(outcome);
    }
    (outcomes, summary)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_a_2500_run_batch_cancels_exactly_its_processing_runs() {
    let (sandbox, client) = empty_sandbox().await;
    let weights = [
        (RunStatus::Processing, 4),
        (RunStatus::Pending, 1),
        (RunStatus::Processed, 1),
        (RunStatus::Failed, 1),
        (RunStatus::Cancelled, 1),
    ];
    let kinds = [RunKind::Extract, RunKind::Classify, RunKind::Split];
    assert_eq!(sandbox.seed_batch(&BatchSeed::new("bpr_big", 2500).kinds(kinds).statuses(weights)), 2500);
    assert_eq!(sandbox.seed_batch(&BatchSeed::new("bpr_other", 300).kinds(kinds)), 300);
    let processing = ids_of(&sandbox, "bpr_big", "PROCESSING");
    let untouched: Vec<_> = ["PENDING", "PROCESSED", "FAILED", "CANCELLED"]
        .map(|status| (status, ids_of(&sandbox, "bpr_big", status)))
        .into();
    assert_eq!(processing.len(), 1250, "the seed's weights");

    let matching = client.cancel_matching(RunFilter::batch("bpr_big").max_page_size(100)).concurrency(16);
    let (outcomes, summary) = drain_stream(matching).await;

    let reported: BTreeSet<String> = outcomes.iter().map(|(id, _)| id.clone()).collect();
    assert_eq!(reported, processing, "one outcome per PROCESSING run of the batch, no other");
    assert_eq!(outcomes.len(), processing.len(), "each run once");
    assert!(outcomes.iter().all(|(_, outcome)| matches!(outcome, Outcome::Cancelled(_))));
    assert_eq!((summary.cancelled, summary.total()), (1250, 1250));
    // The sandbox's state: exactly those runs changed.
    assert_eq!(ids_of(&sandbox, "bpr_big", "CANCELLED"), &processing | &untouched[3].1);
    for (status, ids) in &untouched[..3] {
        assert_eq!(&ids_of(&sandbox, "bpr_big", status), ids, "{status} runs untouched");
    }
    assert_eq!(ids_of(&sandbox, "bpr_other", "PROCESSING").len(), 300, "the other batch untouched");
    // Their retrieve says CANCELLED.
    let fetched: Vec<_> = futures_util::stream::iter(processing.iter().take(200))
        .map(|id| client.get(id.as_str()).send())
        .buffer_unordered(16)
        .collect()
        .await;
    assert!(fetched.iter().all(|run| run.as_ref().is_ok_and(|run| run.status() == "CANCELLED")));
    // Pages of 100, each kind listed to its last page.
    let lists: Vec<_> =
        sandbox.requests().into_iter().filter(|r| r.method == "GET" && r.query.is_some()).collect();
    assert!(lists.iter().all(|r| r.query.as_deref().is_some_and(|q| q.contains("maxPageSize=100"))));
    for (path, prefix) in [("/extract_runs", "exr_"), ("/classify_runs", "clr_"), ("/split_runs", "splr_")] {
        let runs = processing.iter().filter(|id| id.starts_with(prefix)).count();
        let pages = lists.iter().filter(|r| r.path == path).count();
        assert_eq!(
            pages,
            runs.div_ceil(100).max(1),
            "{path}: {runs} PROCESSING runs, every page listed once"
        );
    }
}

/// 35 PROCESSING extract runs of `bpr_small`, listed in pages of 10.
async fn small_batch() -> (Sandbox, Client, RunFilter) {
    let (sandbox, client) = empty_sandbox().await;
    sandbox.seed_batch(&BatchSeed::new("bpr_small", 35));
    (sandbox, client, RunFilter::batch("bpr_small").max_page_size(10))
}

#[tokio::test]
async fn one_request_at_a_time_still_lists_and_cancels_every_page() {
    let (sandbox, client, filter) = small_batch().await;
    let batch = client.cancel_matching(filter).concurrency(1);
    let (_, summary) =
        tokio::time::timeout(Duration::from_secs(30), drain_stream(batch)).await.expect("no deadlock");
    assert_eq!((summary.cancelled, summary.total()), (35, 35));
    assert_eq!(ids_of(&sandbox, "bpr_small", "CANCELLED").len(), 35);
}

#[tokio::test]
async fn a_stopped_batch_sends_nothing_more_and_reports_what_it_had_started() {
    let (sandbox, client, filter) = small_batch().await;
    let mut batch = client.cancel_matching(filter).concurrency(2);
    let stop = batch.stop_handle();
    let mut reported = Vec::new();
    while let Some(item) = batch.next().await {
        reported.push(item.expect("listing succeeds").0);
        if reported.len() == 3 {
            stop.stop();
        }
    }
    let cancelled = ids_of(&sandbox, "bpr_small", "CANCELLED");
    assert!(reported.len() < 35, "stopped early: {}", reported.len());
    assert_eq!(
        reported.iter().cloned().collect::<BTreeSet<_>>(),
        cancelled,
        "every cancel sent was reported"
    );
    let posts = sandbox.requests().iter().filter(|r| r.method == "POST").count();
    assert_eq!(posts, reported.len(), "no cancel sent after the stop but those reported");
}

#[tokio::test]
async fn a_filter_in_another_workspace_lists_and_cancels_there() {
    let sandbox = Sandbox::builder().seeded(false).workspace_id("ws_team").start().await.unwrap();
    let client =
        sandbox.client_builder().workspace_id("ws_default").retry_policy(fast_retries(2)).build().unwrap();
    sandbox.seed_batch(&BatchSeed::new("bpr_ws", 3));
    let filter = RunFilter::batch("bpr_ws").workspace_id("ws_team");
    let (_, summary) = drain_stream(client.cancel_matching(filter)).await;
    assert_eq!((summary.cancelled, summary.total()), (3, 3), "{summary}");
    let requests = sandbox.requests();
    // The client's own workspace would be refused with 403.
    assert!(requests.iter().all(|r| r.header("x-extend-workspace-id") == Some("ws_team") && r.status == 200));
    assert_eq!(ids_of(&sandbox, "bpr_ws", "CANCELLED").len(), 3);
}

#[tokio::test]
async fn draining_also_cancels_the_runs_that_were_pending_when_it_started() {
    let (sandbox, client) = empty_sandbox().await;
    let kinds = [RunKind::Extract, RunKind::Split];
    sandbox.seed_batch(&BatchSeed::new("bpr_now", 20).kinds(kinds));
    // Ten runs of the same batch that start 400 ms from now.
    let later_ids: Vec<String> = (1..=10).map(|n| format!("exr_later_{n}")).collect();
    for id in &later_ids {
        let run = sample::extract_run(id.as_str(), RunStatus::Pending);
        sandbox.insert(StoredRun::new(run).batch_id("bpr_now").pending_for(Duration::from_millis(400)));
    }
    assert_eq!(ids_of(&sandbox, "bpr_now", "PENDING").len(), 10);

    let matching = client
        .cancel_matching(RunFilter::batch("bpr_now"))
        .drain(Duration::from_secs(20))
        .poll_interval(Duration::from_millis(100));
    let (outcomes, summary) = drain_stream(matching).await;

    assert_eq!((summary.cancelled, summary.total()), (30, 30), "{summary}");
    let reported: BTreeSet<&str> = outcomes.iter().map(|(id, _)| id.as_str()).collect();
    assert!(later_ids.iter().all(|id| reported.contains(id.as_str())));
    assert_eq!(ids_of(&sandbox, "bpr_now", "CANCELLED").len(), 30, "every run of the batch cancelled");
}

#[tokio::test]
async fn without_draining_pending_runs_are_left_alone() {
    let (sandbox, client) = empty_sandbox().await;
    sandbox.seed_batch(
        &BatchSeed::new("bpr_p", 6).statuses([(RunStatus::Pending, 1), (RunStatus::Processing, 1)]),
    );
    let (_, summary) = drain_stream(client.cancel_matching(RunFilter::batch("bpr_p"))).await;
    assert_eq!((summary.cancelled, summary.total()), (3, 3));
    assert_eq!(ids_of(&sandbox, "bpr_p", "PENDING").len(), 3);
}

#[tokio::test]
async fn each_definitive_outcome_through_the_sandbox() {
    let sandbox = Sandbox::start().await.expect("sandbox starts");
    let client = sandbox.client_builder().retry_policy(fast_retries(2)).build().unwrap();
    // The first request (the processor run's cancel) is handled, then its response is lost.
    sandbox.inject(Fault::DropAfterHandling, 1);
    let lost: Vec<_> = client.cancel_many(["dpr_processing"]).outcomes().collect().await;
    assert!(
        matches!(&lost[..], [(id, Outcome::Cancelled(run))] if id == "dpr_processing" && run.status() == "CANCELLED"),
        "{lost:?}"
    );
    assert_eq!(sandbox.run("dpr_processing").unwrap().status(), "CANCELLED");

    let ids = [
        "exr_processing",
        "clr_cancelled",
        "splr_processed",
        "exr_failed",
        "clr_pending",
        "exr_unknown",
        "splr_a b",
    ];
    let mut outcomes: Vec<(String, Outcome)> =
        client.cancel_many(ids).concurrency(3).outcomes().collect().await;
    outcomes.sort_by_key(|(id, _)| ids.iter().position(|known| known == id));
    let labels: Vec<(&str, &str, Option<&str>)> = outcomes
        .iter()
        .map(|(id, outcome)| (id.as_str(), outcome.label(), outcome.status().map(|s| s.as_str())))
        .collect();
    assert_eq!(
        labels,
        [
            ("exr_processing", "cancelled", Some("CANCELLED")),
            ("clr_cancelled", "already_cancelled", Some("CANCELLED")),
            ("splr_processed", "already_finished", Some("PROCESSED")),
            ("exr_failed", "already_finished", Some("FAILED")),
            ("clr_pending", "pending", Some("PENDING")),
            ("exr_unknown", "not_found", None),
            ("splr_a b", "failed", None),
        ]
    );
    assert!(matches!(outcomes[6].1.error(), Some(Error::InvalidRunId(_))));
    let mut summary = Summary::default();
    outcomes.iter().for_each(|(_, outcome)| summary.add(outcome));
    assert_eq!(
        summary.to_string(),
        "1 cancelled, 1 already cancelled, 2 already finished (1 processed, 1 failed), 1 not found, 1 pending, 0 cancelling, 1 failed, 0 not sent"
    );
    // A cancel refused for another reason (a wrong key) is not fetched: failed, as answered.
    let wrong_key = Client::builder().api_key("sk_wrong").base_url(sandbox.base_url()).build().unwrap();
    let refused: Vec<_> = wrong_key.cancel_many(["exr_cancelled"]).outcomes().collect().await;
    assert!(matches!(refused[0].1.error().and_then(Error::status), Some(s) if s.as_u16() == 401));
    let gets = sandbox.requests().iter().filter(|r| r.method == "GET").count();
    assert_eq!(gets, 5, "one fetch per unclear cancel: the lost one, and the four 400s");
}

#[tokio::test]
async fn a_lost_response_then_a_429_is_still_cancelled_by_this_call() {
    let sandbox = Sandbox::start().await.expect("sandbox starts");
    let client = sandbox.client_builder().retry_policy(fast_retries(2)).build().unwrap();
    // The cancel is performed but its response lost; the client's retry meets a 429; the batch
    // pauses and sends again, and that answer is a 400 (the run is no longer PROCESSING).
    sandbox.inject(Fault::DropAfterHandling, 1);
    sandbox.inject(Fault::RateLimited { retry_after_secs: Some(0) }, 1);
    let outcomes: Vec<_> = client.cancel_many(["clr_processing"]).outcomes().collect().await;
    assert!(
        matches!(&outcomes[..], [(_, Outcome::Cancelled(run))] if run.status() == "CANCELLED"),
        "{outcomes:?}"
    );
    let methods: Vec<(String, u16)> = sandbox.requests().into_iter().map(|r| (r.method, r.status)).collect();
    assert_eq!(
        methods,
        [("POST".into(), 200), ("POST".into(), 429), ("POST".into(), 400), ("GET".into(), 200)],
        "the lost cancel, the 429, the 400, the fetch"
    );
}

#[tokio::test]
async fn get_many_reads_each_run_as_it_is_now_and_a_429_pauses_the_batch() {
    let sandbox = Sandbox::start().await.expect("sandbox starts");
    let client = sandbox.client_builder().retry_policy(fast_retries(2)).build().unwrap();
    sandbox.inject(Fault::RateLimited { retry_after_secs: Some(0) }, 1);
    let ids = ["exr_processing", "clr_cancelled", "dpr_failed", "splr_unknown"];
    let mut fetched: Vec<(String, Result<String, u16>)> = client
        .get_many(ids)
        .concurrency(1)
        .map(|(id, run)| {
            (id, run.map(|run| run.status().to_owned()).map_err(|e| e.status().unwrap().as_u16()))
        })
        .collect()
        .await;
    fetched.sort();
    assert_eq!(
        fetched,
        [
            ("clr_cancelled".into(), Ok("CANCELLED".into())),
            ("dpr_failed".into(), Ok("FAILED".into())),
            ("exr_processing".into(), Ok("PROCESSING".into())),
            ("splr_unknown".into(), Err(404)),
        ]
    );
    let requests: Vec<(String, u16)> = sandbox.requests().into_iter().map(|r| (r.method, r.status)).collect();
    assert_eq!(requests.len(), 5, "one 429, then each id once: {requests:?}");
    assert!(requests.iter().all(|(method, _)| method == "GET"));
}
