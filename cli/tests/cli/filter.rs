//! `extend-cancel cancel --batch | --extractor | --classifier | --splitter`: the library's
//! list-driven cancel, and its dry run.

use super::support::{run, Env};
use extend_cancel::{RunKind, RunStatus};
use extend_cancel_sandbox::{BatchSeed, Run, StoredRun};
use std::time::Duration;

/// A batch of 12 runs of three kinds, in turn: PROCESSING, PROCESSED and PENDING (weights 2, 1, 1).
fn seed_batch(env: &Env) -> BatchSeed {
    let batch = BatchSeed::new("bpr_incident", 12)
        .kinds([RunKind::Extract, RunKind::Classify, RunKind::Split])
        .statuses([(RunStatus::Processing, 2), (RunStatus::Processed, 1), (RunStatus::Pending, 1)]);
    assert_eq!(env.sandbox.seed_batch(&batch), 12);
    batch
}

#[test]
fn a_batch_has_exactly_its_processing_runs_cancelled() {
    let env = Env::start();
    let batch = seed_batch(&env);
    let processing = env.ids_in(&batch, "PROCESSING");
    assert!(!processing.is_empty());
    let pending = env.ids_in(&batch, "PENDING");

    let ran = run(env.command(&["cancel", "--batch", "bpr_incident", "--json", "--concurrency", "3"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut sent = env.cancels();
    sent.sort();
    assert_eq!(sent, processing, "exactly the batch's PROCESSING runs");
    let lines = ran.json_lines();
    assert_eq!(lines.len(), processing.len());
    assert!(lines.iter().all(|l| l["outcome"] == "cancelled" && l["settled"] == true), "{}", ran.stdout);
    assert_eq!(env.ids_in(&batch, "CANCELLED"), processing);
    assert_eq!(env.ids_in(&batch, "PENDING"), pending, "pending runs are left alone without --drain");
    assert_eq!(env.sandbox.run("exr_processing").unwrap().status(), "PROCESSING", "other runs untouched");
    let gets: Vec<String> = env
        .sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET")
        .map(|r| r.path_and_query())
        .collect();
    // The batch is looked up first, once; every other GET lists its runs.
    assert_eq!(gets[0], "/batch_runs/bpr_incident", "{gets:?}");
    let lists = &gets[1..];
    assert!(lists.iter().all(|q| q.contains("batchId=bpr_incident")), "{lists:?}");
    assert!(
        ran.stderr.contains(&format!("Summary: {n} runs: {n} cancelled,", n = processing.len())),
        "{}",
        ran.stderr
    );
}

#[test]
fn draining_cancels_the_runs_that_start_later() {
    let env = Env::start();
    for n in 1..=3 {
        let run = Run::sample(RunKind::Extract, format!("exr_later_{n}"), RunStatus::Pending);
        env.sandbox.insert(StoredRun::new(run).batch_id("bpr_late").pending_for(Duration::from_millis(300)));
    }
    env.sandbox.insert(
        StoredRun::new(Run::sample(RunKind::Split, "splr_now", RunStatus::Processing)).batch_id("bpr_late"),
    );
    let ran = run(env.command(&["cancel", "--batch", "bpr_late", "--drain", "30s", "--json"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    for id in ["exr_later_1", "exr_later_2", "exr_later_3", "splr_now"] {
        assert_eq!(ran.line_of(id)["outcome"], "cancelled", "{id}: {}", ran.stdout);
        assert_eq!(env.sandbox.run(id).unwrap().status(), "CANCELLED");
    }
    assert_eq!(env.cancels().len(), 4, "each once");
}

#[test]
fn an_extractor_filter_lists_only_its_runs_and_a_dry_run_cancels_nothing() {
    let env = Env::start();
    let batch = BatchSeed::new("bpr_receipts", 6)
        .processor_id("ex_misconfigured")
        .statuses([(RunStatus::Processing, 1), (RunStatus::Failed, 1)]);
    env.sandbox.seed_batch(&batch);
    let processing = env.ids_in(&batch, "PROCESSING");

    let ran = run(env.command(&["cancel", "--extractor", "ex_misconfigured", "--dry-run", "--json"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut listed: Vec<String> =
        ran.json_lines().iter().map(|l| l["id"].as_str().unwrap().to_owned()).collect();
    listed.sort();
    assert_eq!(listed, processing);
    assert!(ran.json_lines().iter().all(|l| l["outcome"] == "would_cancel" && l["status"] == "PROCESSING"));
    assert_eq!(env.cancels(), Vec::<String>::new());
    let queries: Vec<String> = env.sandbox.requests().into_iter().map(|r| r.path_and_query()).collect();
    assert!(
        queries.iter().all(|q| q.starts_with("/extract_runs?") && q.contains("extractorId=ex_misconfigured")),
        "{queries:?}"
    );

    // --status lists another status in a dry run.
    let ran = run(
        env.command(&[
            "cancel",
            "--extractor",
            "ex_misconfigured",
            "--dry-run",
            "--status",
            "failed",
            "--json",
        ]),
        "",
    );
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    assert_eq!(ran.json_lines().len(), batch.count() - processing.len());
    assert!(
        ran.json_lines().iter().all(|l| l["outcome"] == "already_finished" && l["settled"] == true),
        "{}",
        ran.stdout
    );

    let ran = run(env.command(&["cancel", "--extractor", "ex_misconfigured"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut sent = env.cancels();
    sent.sort();
    assert_eq!(sent, processing);
}
