//! Batches that stop when nothing can succeed: a refused key stops at once, a run of failures
//! that say nothing about the run stops after the set number, and every run not sent is
//! reported once as not sent, without a request. Also: a 429 storm keeps each call within its
//! policy and deadline, and a listed run is cancelled through its listed kind's endpoints
//! whatever its id's prefix.

use crate::{
    raw_server::refusing_address,
    support::{builder, extract_run},
};
use extend_cancel::{Error, Outcome, RunFilter, StopReason, Summary, TransportCause};
use futures_util::StreamExt;
use httpmock::{
    Method::{GET, POST},
    MockServer,
};
use serde_json::json;
use std::{
    collections::HashSet,
    time::{Duration, Instant},
};

/// 200 ids, 50 of each kind.
fn ids() -> Vec<String> {
    (0..200).map(|n| format!("{}_{n:03}", ["exr", "clr", "splr", "dpr"][n % 4])).collect()
}

/// Mocks every request on `server` with `status` and an Extend error body.
async fn answer_everything(server: &MockServer, status: u16) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(status)
                .header("x-extend-request-id", "req_stop")
                .json_body(json!({"code": "NOPE", "message": "no", "retryable": false}));
        })
        .await
}

type Results = Vec<(String, Result<extend_cancel::Run, Error>)>;

/// Checks that each id came exactly once and that the ones not sent carry this reason; returns
/// how many were not sent.
fn not_sent_once_each(results: &Results, reason: StopReason) -> usize {
    let seen: HashSet<&str> = results.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!((results.len(), seen.len()), (200, 200), "every run reported exactly once");
    let stops: Vec<_> = results.iter().filter_map(|(_, r)| r.as_ref().err()?.batch_stop()).collect();
    assert!(stops.iter().all(|stop| stop.reason == reason), "{:?}", stops.first());
    stops.len()
}

#[tokio::test]
async fn a_refused_key_stops_the_batch_at_once_and_the_rest_is_not_sent() {
    let server = MockServer::start_async().await;
    let mock = answer_everything(&server, 401).await;
    let client = builder(&server.base_url()).build().unwrap();
    let started = Instant::now();
    let results: Results = client.cancel_many(ids()).concurrency(8).collect().await;
    let elapsed = started.elapsed();
    let sent = mock.calls_async().await;
    // At most one request per slot in flight when the first 401 came back.
    assert!((1..=8).contains(&sent), "{sent} requests sent");
    assert_eq!(not_sent_once_each(&results, StopReason::KeyRefused), 200 - sent);
    let refused = results.iter().filter(|(_, r)| matches!(r, Err(Error::Api(api)) if api.status == 401));
    assert_eq!(refused.count(), sent);
    let stop = results.iter().find_map(|(_, r)| r.as_ref().err()?.batch_stop()).unwrap();
    assert_eq!(stop.status.map(|s| s.as_u16()), Some(401));
    assert_eq!(stop.request_id.as_deref(), Some("req_stop"));
    assert_eq!(
        stop.to_string(),
        "the API key was refused: Extend API error: HTTP 401 Unauthorized: NOPE: no (request id req_stop)"
    );
    // A not-sent run's error is told apart from a sent one's, and may succeed later.
    let (_, Err(not_sent)) = results.iter().find(|(_, r)| matches!(r, Err(Error::NotSent(_)))).unwrap()
    else {
        unreachable!()
    };
    assert!(not_sent.is_retryable() && not_sent.status().is_none());
    assert_eq!(not_sent.to_string(), "not sent: the batch had stopped");
    assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
}

#[tokio::test]
async fn forbidden_everywhere_stops_after_the_set_number_of_consecutive_failures() {
    let server = MockServer::start_async().await;
    let mock = answer_everything(&server, 403).await;
    let client = builder(&server.base_url()).build().unwrap();
    let mut summary = Summary::default();
    let mut labels = HashSet::new();
    let mut outcomes = client.cancel_many(ids()).concurrency(8).stop_after_failures(5).outcomes();
    let mut seen = HashSet::new();
    while let Some((id, outcome)) = outcomes.next().await {
        assert!(seen.insert(id), "reported once");
        labels.insert(outcome.label());
        if let Outcome::NotSent(stop) = &outcome {
            assert_eq!(stop.reason, StopReason::ConsecutiveFailures(5));
        }
        summary.add(&outcome);
    }
    let sent = mock.calls_async().await as u64;
    // Five failures stop it; the runs already in flight then (at most 7 more) finish. A 403 is
    // not fetched to settle it: one request per run sent.
    assert!((5..=12).contains(&sent), "{sent} requests");
    assert_eq!((summary.failed, summary.not_sent, summary.total()), (sent, 200 - sent, 200));
    assert_eq!(labels, HashSet::from(["failed", "not_sent"]));
}

#[tokio::test]
async fn unavailable_everywhere_stops_after_the_default_number_of_failures_with_retries_counted_once() {
    let server = MockServer::start_async().await;
    let mock = answer_everything(&server, 503).await;
    let client = builder(&server.base_url()).build().unwrap();
    let results: Results = client.cancel_many(ids()).concurrency(8).collect().await;
    let not_sent = not_sent_once_each(&results, StopReason::ConsecutiveFailures(10));
    let failed: Vec<u32> = results
        .iter()
        .filter_map(|(_, r)| match r {
            Err(Error::Api(api)) => Some(api.attempts),
            _ => None,
        })
        .collect();
    // Each run sent made its three attempts (2 retries) and no more; ten in a row stop it.
    assert!(failed.iter().all(|attempts| *attempts == 3), "{failed:?}");
    assert!((10..=17).contains(&failed.len()), "{} runs sent", failed.len());
    assert_eq!(failed.len() + not_sent, 200);
    assert_eq!(mock.calls_async().await, 3 * failed.len());
    assert_eq!(extend_cancel::DEFAULT_STOP_AFTER_FAILURES, 10);
}

#[tokio::test]
async fn a_refused_port_stops_the_batch_and_names_the_host_and_the_cause() {
    let (_bound, url) = refusing_address();
    let client = builder(&url).build().unwrap();
    let started = Instant::now();
    let outcomes: Vec<(String, Outcome)> =
        client.cancel_many(ids()).concurrency(8).stop_after_failures(3).outcomes().collect().await;
    assert_eq!(outcomes.iter().map(|(id, _)| id).collect::<HashSet<_>>().len(), 200);
    let failed: Vec<&Error> = outcomes.iter().filter_map(|(_, o)| o.error()).collect();
    assert!((3..=10).contains(&failed.len()), "{} failed", failed.len());
    for error in &failed {
        let Error::Transport { cause, host, attempts, .. } = error else { panic!("{error:?}") };
        assert_eq!(
            (*cause, host.as_str(), *attempts),
            (TransportCause::ConnectionRefused, url.trim_end_matches('/'), 3)
        );
    }
    let stop = outcomes.iter().find_map(|(_, o)| match o {
        Outcome::NotSent(stop) => Some(stop),
        _ => None,
    });
    let stop = stop.expect("some runs not sent");
    assert_eq!(stop.reason, StopReason::ConsecutiveFailures(3));
    assert!(stop
        .message
        .starts_with(&format!("could not reach {}: connection refused", url.trim_end_matches('/'))));
    // Nothing connected, so nothing is fetched to settle: it ends within the retries' waits.
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_429_storm_never_gives_a_run_more_attempts_than_its_policy_and_the_deadline_holds() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST);
            then.status(429).header("retry-after", "0").json_body(json!({"code": "RATE_LIMIT_EXCEEDED"}));
        })
        .await;
    let client = builder(&server.base_url()).build().unwrap();
    let ids: Vec<String> = (0..20).map(|n| format!("exr_{n}")).collect();
    let results: Results =
        client.cancel_many(ids.clone()).concurrency(4).stop_after_failures(0).collect().await;
    for (id, result) in &results {
        let Err(Error::Api(api)) = result else { panic!("{id}: {result:?}") };
        assert_eq!((api.status.as_u16(), api.attempts), (429, 3), "{id}");
    }
    assert_eq!(mock.calls_async().await, 60, "three attempts per run, no second loop");

    // A Retry-After longer than what is left of the call's deadline ends the call at once.
    let slow = MockServer::start_async().await;
    slow.mock_async(|when, then| {
        when.method(POST);
        then.status(429).header("retry-after", "4");
    })
    .await;
    let client = builder(&slow.base_url()).deadline(Duration::from_millis(500)).build().unwrap();
    let started = Instant::now();
    let results: Results = client.cancel_many(ids).concurrency(4).stop_after_failures(0).collect().await;
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    assert!(results.iter().all(|(_, r)| matches!(r, Err(Error::Api(api)) if api.attempts == 1)));
}

#[tokio::test]
async fn a_listed_run_with_an_unknown_prefix_is_cancelled_and_settled_through_its_kind() {
    let server = MockServer::start_async().await;
    let mut summary = extract_run("xr9_new_prefix");
    summary["status"] = "PROCESSING".into();
    for full_only in ["output", "initialOutput", "reviewedOutput", "config", "metrics"] {
        summary.as_object_mut().unwrap().remove(full_only);
    }
    let list = server
        .mock_async(|when, then| {
            when.method(GET).path("/extract_runs").query_param("extractorId", "ex_1");
            then.status(200).json_body(json!({"object": "list", "data": [summary], "nextPageToken": null}));
        })
        .await;
    // The cancel's answer is garbled, so the run is fetched to settle it: both by its kind.
    let cancel = server
        .mock_async(|when, then| {
            when.method(POST).path("/extract_runs/xr9_new_prefix/cancel");
            then.status(200).body("{not json");
        })
        .await;
    let mut cancelled = extract_run("xr9_new_prefix");
    cancelled["status"] = "CANCELLED".into();
    let fetch = server
        .mock_async(|when, then| {
            when.method(GET).path("/extract_runs/xr9_new_prefix");
            then.status(200).json_body(cancelled);
        })
        .await;
    let client = builder(&server.base_url()).build().unwrap();
    let outcomes: Vec<_> = client.cancel_matching(RunFilter::extractor("ex_1")).collect().await;
    let [Ok((id, Outcome::Cancelled(run)))] = &outcomes[..] else { panic!("{outcomes:?}") };
    assert_eq!(
        (id.as_str(), run.kind(), run.status()),
        ("xr9_new_prefix", extend_cancel::RunKind::Extract, "CANCELLED")
    );
    assert_eq!((list.calls_async().await, cancel.calls_async().await, fetch.calls_async().await), (1, 1, 1));
}
