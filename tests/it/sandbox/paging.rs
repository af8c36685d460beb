//! Paging through a list: every run once, across pages, while runs are cancelled between and
//! during the pages; tokens bound to their query; the last page without a token.

use super::support::{all_pages, get, ids};
use extend_cancel::{RunKind, RunStatus};
use extend_cancel_sandbox::{sample::SampleRun, BatchSeed, Sandbox};
use std::collections::BTreeSet;

/// A sandbox with no seeded runs and `count` PROCESSING extract runs of the batch `bpr_p`.
async fn batch(count: usize) -> (Sandbox, Vec<String>) {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    let seed = BatchSeed::new("bpr_p", count);
    sandbox.seed_batch(&seed);
    (sandbox, (1..=count).map(|n| seed.id(n)).collect())
}

fn token(page: &super::support::Raw) -> String {
    page.json["nextPageToken"].as_str().unwrap_or_else(|| panic!("no token: {}", page.text)).to_owned()
}

#[tokio::test]
async fn every_run_is_listed_once_while_runs_are_cancelled_between_pages() {
    let client_of = |sandbox: &Sandbox| sandbox.client_builder().max_retries(0).build().unwrap();
    // Both orders: a cancel moves a run to the front of the default order (updatedAt, newest
    // first), which an offset-based paging would skip; in createdAt order it stays.
    for order in ["", "sortBy=createdAt&sortDir=asc", "sortBy=updatedAt&sortDir=asc"] {
        let (sandbox, all) = batch(35).await;
        let client = client_of(&sandbox);
        let mut listed: Vec<String> = Vec::new();
        let mut path = format!("/extract_runs?batchId=bpr_p&{order}");
        let mut pages = 0;
        loop {
            let page = get(&sandbox, &path).await;
            assert_eq!(page.status, 200, "{path}: {}", page.text);
            pages += 1;
            listed.extend(ids(&page));
            // Cancel the runs of this page and two runs not listed yet.
            let unlisted: Vec<&String> = all.iter().filter(|id| !listed.contains(id)).take(2).collect();
            for id in ids(&page).iter().chain(unlisted.into_iter()) {
                if sandbox.run(id).unwrap().status() == "PROCESSING" {
                    client.cancel(id.as_str()).await.unwrap();
                }
            }
            match page.json["nextPageToken"].as_str() {
                Some(next) => path = format!("/extract_runs?batchId=bpr_p&{order}&nextPageToken={next}"),
                None => break,
            }
        }
        assert_eq!(pages, 4, "{order}: 35 runs in pages of 10");
        let unique: BTreeSet<&String> = listed.iter().collect();
        assert_eq!(unique.len(), listed.len(), "{order}: a run listed twice: {listed:?}");
        assert_eq!(unique, all.iter().collect(), "{order}: a run skipped");
        assert!(sandbox.runs().iter().all(|run| run.status() == "CANCELLED"), "{order}");
    }
}

#[tokio::test]
async fn every_run_is_listed_once_while_a_concurrent_task_cancels_them() {
    let (sandbox, all) = batch(120).await;
    let client = sandbox.client_builder().max_retries(0).build().unwrap();
    let ids_to_cancel = all.clone();
    let canceller = tokio::spawn(async move {
        // From the middle outwards, so that runs on pages not yet listed move too.
        for id in ids_to_cancel.iter().skip(60).chain(ids_to_cancel.iter().take(60)) {
            client.cancel(id.as_str()).await.unwrap();
            tokio::task::yield_now().await;
        }
    });
    let pages = all_pages(&sandbox, "/extract_runs", "batchId=bpr_p&maxPageSize=7").await;
    canceller.await.unwrap();
    let listed: Vec<&String> = pages.iter().flatten().collect();
    let unique: BTreeSet<&String> = listed.iter().copied().collect();
    assert_eq!(unique.len(), listed.len(), "a run listed twice");
    assert_eq!(unique, all.iter().collect(), "a run skipped");
    assert!(pages.len() >= 18, "{} pages", pages.len());
}

#[tokio::test]
async fn a_status_filter_pages_on_from_where_it_was_after_the_listed_runs_are_cancelled() {
    let (sandbox, all) = batch(30).await;
    let client = sandbox.client_builder().build().unwrap();
    let query = "/extract_runs?status=PROCESSING&sortBy=createdAt&sortDir=asc";
    let first = get(&sandbox, query).await;
    assert_eq!(ids(&first), all[..10]);
    for id in ids(&first) {
        client.cancel(id.as_str()).await.unwrap();
    }
    // An offset of 10 into the PROCESSING runs would now start at the 21st run.
    let second = get(&sandbox, &format!("{query}&nextPageToken={}", token(&first))).await;
    assert_eq!(ids(&second), all[10..20]);
    // A run finished before its page is not PROCESSING any more, so it is not listed.
    client.cancel(all[25].as_str()).await.unwrap();
    let third = get(&sandbox, &format!("{query}&nextPageToken={}", token(&second))).await;
    let expected: Vec<&String> = all[20..].iter().filter(|id| **id != all[25]).collect();
    assert_eq!(ids(&third).iter().collect::<Vec<_>>(), expected);
    assert_eq!(third.json.get("nextPageToken"), None, "the last page has no token");
}

#[tokio::test]
async fn the_last_page_has_no_token_even_when_it_is_full_and_runs_added_later_are_not_listed() {
    let (sandbox, all) = batch(20).await;
    let first = get(&sandbox, "/extract_runs?sortBy=createdAt&sortDir=asc").await;
    // Added after the listing began: not part of it (the next listing sees it).
    sandbox.insert(SampleRun::new(RunKind::Extract, "exr_zz_late", RunStatus::Processing));
    let second =
        get(&sandbox, &format!("/extract_runs?sortBy=createdAt&sortDir=asc&nextPageToken={}", token(&first)))
            .await;
    assert_eq!(ids(&second), all[10..20]);
    assert_eq!(second.json.get("nextPageToken"), None);
    let again = all_pages(&sandbox, "/extract_runs", "sortBy=createdAt&sortDir=asc").await;
    assert_eq!(again.iter().map(Vec::len).collect::<Vec<_>>(), [10, 10, 1]);
    // A removed run is not listed by a listing that began before.
    let first = get(&sandbox, "/extract_runs?sortBy=createdAt&sortDir=asc").await;
    sandbox.remove(&all[15]);
    let second =
        get(&sandbox, &format!("/extract_runs?sortBy=createdAt&sortDir=asc&nextPageToken={}", token(&first)))
            .await;
    assert!(!ids(&second).contains(&all[15]));
    assert_eq!(ids(&second).len(), 10, "{:?}", ids(&second));
}

#[tokio::test]
async fn a_token_works_only_for_the_query_that_returned_it() {
    let (sandbox, _) = batch(25).await;
    let first = get(&sandbox, "/extract_runs?batchId=bpr_p&status=PROCESSING").await;
    let next = token(&first);
    // The same query may change its page size.
    let bigger = get(
        &sandbox,
        &format!("/extract_runs?batchId=bpr_p&status=PROCESSING&maxPageSize=20&nextPageToken={next}"),
    )
    .await;
    assert_eq!((bigger.status, ids(&bigger).len()), (200, 15));
    let foreign = [
        format!("/extract_runs?batchId=bpr_other&status=PROCESSING&nextPageToken={next}"),
        format!("/extract_runs?batchId=bpr_p&nextPageToken={next}"),
        format!("/extract_runs?batchId=bpr_p&status=PROCESSING&sortDir=asc&nextPageToken={next}"),
        format!("/classify_runs?batchId=bpr_p&status=PROCESSING&nextPageToken={next}"),
    ];
    for path in foreign {
        let refused = get(&sandbox, &path).await;
        assert_eq!((refused.status, refused.json["code"].as_str()), (400, Some("INVALID_REQUEST")), "{path}");
        let message = refused.json["message"].as_str().unwrap();
        assert!(message.contains("nextPageToken was issued for another query"), "{path}: {message}");
    }
    let other_sandbox = batch(25).await.0;
    let garbage = ["garbage", "xK9mLPqRtN3vS8wF5hB2cQ==:zWvUxYjM4nKpL7aDgE9HbTcR2mAyX3", "djE"];
    for token in garbage.iter().map(|t| t.to_string()).chain([next.clone()]) {
        let target = if token == next { &other_sandbox } else { &sandbox };
        let refused =
            get(target, &format!("/extract_runs?batchId=bpr_p&status=PROCESSING&nextPageToken={token}"))
                .await;
        assert_eq!(refused.status, 400, "{token}");
        let message = refused.json["message"].as_str().unwrap();
        assert!(message.contains("not a page token this sandbox issued"), "{token}: {message}");
    }
}
