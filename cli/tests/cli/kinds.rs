//! Workflow, parse and verify runs by id; the filters that find runs of the new kinds
//! (`--batch` by its id's prefix, `--workflow`, and `--processor` for legacy processor runs);
//! the lookup that comes before a `bpr_` batch's runs are listed; and the `cancelling`
//! outcome, which `--resume` does not send again.

use super::support::{run, temp_file, Env, Ran};
use extend_cancel::{RunKind, RunStatus};
use extend_cancel_sandbox::BatchSeed;
use serde_json::{json, Value};
use std::{path::PathBuf, thread, time::Duration};

/// The JSON line of a run cancelled by this command, of `kind`, with a dashboard URL or not.
fn cancelled_line(id: &str, kind: &str, dashboard: bool) -> Value {
    json!({
        "id": id, "kind": kind, "outcome": "cancelled", "settled": true, "status": "CANCELLED",
        "failureReason": null,
        "dashboardUrl": dashboard.then(|| format!("https://dashboard.extend.ai/runs/{id}")),
        "corrections": [], "error": null,
    })
}

/// Each request the sandbox answered, as `METHOD /path?query`.
fn requests(env: &Env) -> Vec<String> {
    env.sandbox.requests().into_iter().map(|r| format!("{} {}", r.method, r.path_and_query())).collect()
}

/// The summary line of a batch.
fn summary(ran: &Ran) -> &str {
    ran.stderr.lines().find(|line| line.starts_with("Summary: ")).expect("the summary")
}

/// A path in the test's temporary folder where no file is.
fn no_file(name: &str) -> PathBuf {
    let path = temp_file(name, "");
    std::fs::remove_file(&path).expect("the file removed");
    path
}

#[test]
fn ids_of_workflow_parse_and_verify_runs_go_to_their_kind_s_endpoint() {
    let env = Env::start();
    let ran = run(
        env.command(&["cancel", "--json", "workflow_run_processing", "pr_processing", "vr_processed"]),
        "",
    );
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    // The workflow run's cancel answered CANCELLING: it was followed until it was CANCELLED.
    assert_eq!(
        ran.line_of("workflow_run_processing"),
        cancelled_line("workflow_run_processing", "workflow", true)
    );
    assert_eq!(ran.line_of("pr_processing"), cancelled_line("pr_processing", "parse", false));
    // A verify run that had finished answers its cancel with 200, unchanged.
    assert_eq!(
        ran.line_of("vr_processed"),
        json!({"id": "vr_processed", "kind": "verify", "outcome": "already_finished", "settled": true,
               "status": "PROCESSED", "failureReason": null, "dashboardUrl": null, "corrections": [], "error": null})
    );
    assert_eq!(ran.json_lines().len(), 3, "{}", ran.stdout);
    assert_eq!(
        summary(&ran),
        "Summary: 3 runs: 2 cancelled, 0 already cancelled, 1 already finished (1 processed, 0 failed), \
         0 not found, 0 pending, 0 cancelling, 0 failed, 0 not sent."
    );
    let sent = requests(&env);
    for post in [
        "POST /workflow_runs/workflow_run_processing/cancel",
        "POST /parse_runs/pr_processing/cancel",
        "POST /verify_runs/vr_processed/cancel",
    ] {
        assert_eq!(sent.iter().filter(|r| *r == post).count(), 1, "{post}: {sent:?}");
    }
    let gets: Vec<&String> = sent.iter().filter(|r| r.starts_with("GET ")).collect();
    assert!(!gets.is_empty(), "the CANCELLING run was retrieved: {sent:?}");
    assert!(gets.iter().all(|r| *r == "GET /workflow_runs/workflow_run_processing"), "{sent:?}");
    assert_eq!(env.sandbox.run("workflow_run_processing").unwrap().status(), "CANCELLED");
    assert_eq!(env.sandbox.run("pr_processing").unwrap().status(), "CANCELLED");
    assert_eq!(env.sandbox.run("vr_processed").unwrap().status(), "PROCESSED");

    // The table names each kind; a workflow run is cancelled while PENDING too.
    let ran = run(env.command(&["cancel", "workflow_run_pending", "pr_processed", "vr_processing"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let rows: Vec<Vec<&str>> =
        ran.stdout.lines().skip(1).map(|line| line.split_whitespace().collect()).collect();
    let url = "https://dashboard.extend.ai/runs/workflow_run_pending";
    for expected in [
        vec!["workflow_run_pending", "workflow", "cancelled", "CANCELLED", url],
        vec!["pr_processed", "parse", "already_finished", "PROCESSED", "-"],
        vec!["vr_processing", "verify", "cancelled", "CANCELLED", "-"],
    ] {
        assert!(rows.contains(&expected), "{expected:?} in\n{}", ran.stdout);
    }
    assert_eq!(rows.len(), 3, "{}", ran.stdout);
}

#[test]
fn a_workflow_batch_has_its_pending_and_processing_runs_cancelled_each_followed_until_cancelled() {
    let env = Env::start();
    let batch = BatchSeed::new("batch_claims", 10)
        .kinds([RunKind::Workflow])
        .processor_id("workflow_claims")
        .statuses([
            (RunStatus::Pending, 1),
            (RunStatus::Processing, 2),
            (RunStatus::Cancelling, 1),
            (RunStatus::NeedsReview, 1),
        ]);
    assert_eq!(env.sandbox.seed_batch(&batch), 10);
    let (pending, processing) = (env.ids_in(&batch, "PENDING"), env.ids_in(&batch, "PROCESSING"));
    let being_cancelled = env.ids_in(&batch, "CANCELLING");
    let in_review = env.ids_in(&batch, "NEEDS_REVIEW");
    assert_eq!((pending.len(), processing.len(), being_cancelled.len(), in_review.len()), (2, 4, 2, 2));
    let mut cancellable: Vec<String> = pending.iter().chain(&processing).cloned().collect();
    cancellable.sort();

    // A dry run lists the PROCESSING runs and the PENDING ones (a workflow run is cancelled
    // before it starts); a workflow batch has no lookup.
    let ran = run(env.command(&["cancel", "--batch", "batch_claims", "--dry-run", "--json"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut planned: Vec<(String, String)> = ran
        .json_lines()
        .iter()
        .map(|line| {
            assert_eq!(
                (&line["kind"], &line["outcome"], &line["settled"]),
                (&json!("workflow"), &json!("would_cancel"), &json!(false)),
                "{line}"
            );
            (line["id"].as_str().unwrap().to_owned(), line["status"].as_str().unwrap().to_owned())
        })
        .collect();
    planned.sort();
    let mut expected: Vec<(String, String)> = pending
        .iter()
        .map(|id| (id.clone(), "PENDING".to_owned()))
        .chain(processing.iter().map(|id| (id.clone(), "PROCESSING".to_owned())))
        .collect();
    expected.sort();
    assert_eq!(planned, expected);
    assert_eq!(
        requests(&env),
        [
            "GET /workflow_runs?batchId=batch_claims&maxPageSize=100&status=PROCESSING",
            "GET /workflow_runs?batchId=batch_claims&maxPageSize=100&status=PENDING",
        ]
    );
    assert!(ran.stderr.contains("Dry run: 6 runs: 6 would_cancel; no cancel was sent."), "{}", ran.stderr);

    let ran = run(env.command(&["cancel", "--batch", "batch_claims", "--json", "--concurrency", "3"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut lines = ran.json_lines();
    lines.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    let expected: Vec<Value> = cancellable.iter().map(|id| cancelled_line(id, "workflow", true)).collect();
    assert_eq!(lines, expected, "{}", ran.stdout);
    assert_eq!(
        summary(&ran),
        "Summary: 6 runs: 6 cancelled, 0 already cancelled, 0 already finished (0 processed, 0 failed), \
         0 not found, 0 pending, 0 cancelling, 0 failed, 0 not sent."
    );
    let mut sent = env.cancels();
    sent.sort();
    assert_eq!(sent, cancellable, "each PENDING and PROCESSING run once, and only those");
    // Each cancel answered CANCELLING, and the run was retrieved after it until CANCELLED.
    let log = requests(&env);
    for id in &cancellable {
        let post = log.iter().position(|r| *r == format!("POST /workflow_runs/{id}/cancel")).unwrap();
        assert!(log[post..].contains(&format!("GET /workflow_runs/{id}")), "{id} followed: {log:?}");
    }
    assert!(!log.iter().any(|r| r.contains("/batch_runs/")), "no lookup of a workflow batch: {log:?}");
    // Every run that was PENDING, PROCESSING or CANCELLING ends CANCELLED (those that were
    // CANCELLING by the sandbox's delay, without a cancel of this command); the rest is untouched.
    let mut stopping: Vec<String> = cancellable.iter().chain(&being_cancelled).cloned().collect();
    stopping.sort();
    assert_eq!(env.ids_in(&batch, "CANCELLED"), stopping);
    assert_eq!(env.ids_in(&batch, "NEEDS_REVIEW"), in_review);
}

#[test]
fn a_workflow_filter_cancels_exactly_that_workflow_s_runs() {
    let env = Env::start();
    let mine = BatchSeed::new("batch_mine", 6)
        .kinds([RunKind::Workflow])
        .processor_id("workflow_mine")
        .statuses([(RunStatus::Processing, 1), (RunStatus::Pending, 1), (RunStatus::Processed, 1)]);
    let other = BatchSeed::new("batch_other", 4).kinds([RunKind::Workflow]).processor_id("workflow_other");
    env.sandbox.seed_batch(&mine);
    env.sandbox.seed_batch(&other);
    let mut cancellable: Vec<String> =
        env.ids_in(&mine, "PROCESSING").into_iter().chain(env.ids_in(&mine, "PENDING")).collect();
    cancellable.sort();
    assert_eq!(cancellable.len(), 4);

    let ran = run(env.command(&["cancel", "--workflow", "workflow_mine", "--json"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut sent = env.cancels();
    sent.sort();
    assert_eq!(sent, cancellable);
    let mut printed: Vec<String> =
        ran.json_lines().iter().map(|line| line["id"].as_str().unwrap().to_owned()).collect();
    printed.sort();
    assert_eq!(printed, cancellable);
    assert!(ran.json_lines().iter().all(|line| line["outcome"] == "cancelled"), "{}", ran.stdout);
    assert_eq!(env.ids_in(&mine, "PROCESSED").len(), 2, "finished runs untouched");
    assert_eq!(env.ids_in(&other, "PROCESSING").len(), 4, "another workflow's runs untouched");
    let lists: Vec<String> = requests(&env).into_iter().filter(|r| r.contains('?')).collect();
    assert!(!lists.is_empty());
    assert!(
        lists.iter().all(|r| r.starts_with("GET /workflow_runs?") && r.contains("workflowId=workflow_mine")),
        "{lists:?}"
    );
}

#[test]
fn a_processor_filter_cancels_exactly_that_processor_s_processing_legacy_runs() {
    let env = Env::start();
    let legacy = BatchSeed::new("bpr_legacy", 6)
        .kinds([RunKind::Processor])
        .processor_id("dp_legacy")
        .statuses([(RunStatus::Processing, 1), (RunStatus::Processed, 1), (RunStatus::Pending, 1)]);
    let other = BatchSeed::new("bpr_other", 3).kinds([RunKind::Processor]).processor_id("dp_other");
    env.sandbox.seed_batch(&legacy);
    env.sandbox.seed_batch(&other);
    let processing = env.ids_in(&legacy, "PROCESSING");
    assert_eq!(processing.len(), 2);

    // A dry run lists them, and --status the others.
    let ran = run(
        env.command(&["cancel", "--processor", "dp_legacy", "--dry-run", "--status", "pending", "--json"]),
        "",
    );
    assert_eq!(ran.code(), Some(1), "pending runs are not settled: {ran:?}");
    let pending = env.ids_in(&legacy, "PENDING");
    for id in &pending {
        assert_eq!(
            ran.line_of(id),
            json!({"id": id, "kind": "processor", "outcome": "pending", "settled": false, "status": "PENDING"})
        );
    }
    assert_eq!(ran.json_lines().len(), pending.len());

    let ran = run(env.command(&["cancel", "--processor", "dp_legacy", "--json"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut sent = env.cancels();
    sent.sort();
    assert_eq!(sent, processing, "exactly its PROCESSING runs");
    for id in &processing {
        assert_eq!(ran.line_of(id), cancelled_line(id, "processor", true));
    }
    assert_eq!(ran.json_lines().len(), 2);
    assert_eq!(env.ids_in(&legacy, "PENDING"), pending, "PENDING runs are left alone without --drain");
    assert_eq!(env.ids_in(&other, "PROCESSING").len(), 3, "another processor's runs untouched");
    let requests = env.sandbox.requests();
    let lists: Vec<_> = requests.iter().filter(|r| r.method == "GET").collect();
    assert!(!lists.is_empty());
    for list in lists {
        assert!(list.path_and_query().starts_with("/processor_runs?"), "{}", list.path_and_query());
        assert!(list.path_and_query().contains("processorId=dp_legacy"), "{}", list.path_and_query());
        assert_eq!(list.header("x-extend-api-version"), Some("2025-04-21"), "the legacy endpoint's version");
    }
}

#[test]
fn an_unknown_bpr_batch_exits_2_with_one_line_after_its_lookup_alone() {
    let env = Env::start();
    for dry_run in [false, true] {
        let output = no_file(&format!("unknown-batch-{dry_run}.jsonl"));
        let mut args = vec!["cancel", "--batch", "bpr_unknown", "--output", output.to_str().unwrap()];
        if dry_run {
            args.push("--dry-run");
        }
        let before = env.sandbox.requests().len();
        let ran = run(env.command(&args), "");
        assert_eq!(ran.code(), Some(2), "{ran:?}");
        let request_id = format!("req_sandbox_{}", before + 1);
        assert_eq!(
            ran.stderr,
            format!(
                "error: batch bpr_unknown not found (GET /batch_runs/bpr_unknown answered 404, request id \
                 {request_id}): check the id, --workspace (EXTEND_WORKSPACE_ID) and --env or --base-url \
                 (EXTEND_BASE_URL); nothing was cancelled\n"
            )
        );
        assert_eq!(ran.stdout, "", "not even the table's header");
        assert_eq!(requests(&env)[before..], ["GET /batch_runs/bpr_unknown"], "the lookup alone");
        assert!(!output.exists(), "no --output file is left behind");
    }
    assert!(env.cancels().is_empty());
}

#[test]
fn a_parse_batch_is_looked_up_but_a_404_does_not_stop_its_listing() {
    let env = Env::start();
    let ran = run(env.command(&["cancel", "--batch", "bpar_unknown", "--json"]), "");
    assert_eq!(ran.code(), Some(1), "{ran:?}");
    assert!(ran.stderr.contains("No run matched --batch bpar_unknown. Check the id"), "{}", ran.stderr);
    assert_eq!(
        requests(&env),
        [
            "GET /batch_runs/bpar_unknown",
            "GET /parse_runs?batchId=bpar_unknown&maxPageSize=100&status=PROCESSING"
        ]
    );

    // A parse batch the lookup knows: its PROCESSING parse runs are cancelled.
    let batch = BatchSeed::new("bpar_scans", 4)
        .kinds([RunKind::Parse])
        .statuses([(RunStatus::Processing, 1), (RunStatus::Processed, 1)]);
    env.sandbox.seed_batch(&batch);
    let processing = env.ids_in(&batch, "PROCESSING");
    let ran = run(env.command(&["cancel", "--batch", "bpar_scans", "--json"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let mut sent = env.cancels();
    sent.sort();
    assert_eq!(sent, processing);
    for id in &processing {
        assert_eq!(ran.line_of(id), cancelled_line(id, "parse", false));
    }
}

#[test]
fn a_run_still_cancelling_is_reported_so_and_resume_does_not_cancel_it_again() {
    let env = Env::start();
    // Not followed: the cancel answers CANCELLING (the sandbox cancels it 300 ms later).
    let ids = temp_file("cancelling-ids.txt", "workflow_run_processing\nexr_processing\n");
    let record = no_file("cancelling-out.jsonl");
    let ran = run(
        env.command(&[
            "cancel",
            "--file",
            ids.to_str().unwrap(),
            "--cancelling-wait",
            "0",
            "--output",
            record.to_str().unwrap(),
        ]),
        "",
    );
    assert_eq!(ran.code(), Some(1), "a run still cancelling has not stopped: {ran:?}");
    let row = ran.stdout.lines().find(|line| line.starts_with("workflow_run_processing ")).expect("its row");
    assert_eq!(
        row.split_whitespace().collect::<Vec<_>>(),
        [
            "workflow_run_processing",
            "workflow",
            "cancelling",
            "CANCELLING",
            "https://dashboard.extend.ai/runs/workflow_run_processing"
        ]
    );
    let written = std::fs::read_to_string(&record).expect("the record");
    let line: Value = written
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .find(|line| line["id"] == "workflow_run_processing")
        .expect("its line");
    assert_eq!(
        line,
        json!({"id": "workflow_run_processing", "kind": "workflow", "outcome": "cancelling", "settled": false,
               "status": "CANCELLING", "failureReason": null,
               "dashboardUrl": "https://dashboard.extend.ai/runs/workflow_run_processing", "corrections": [], "error": null})
    );
    let lines: Vec<&str> = ran.stderr.lines().collect();
    let at = lines.iter().position(|line| line.starts_with("Summary: ")).expect("the summary");
    assert_eq!(
        lines[at..],
        [
            "Summary: 2 runs: 1 cancelled, 0 already cancelled, 0 already finished (0 processed, 0 failed), \
             0 not found, 0 pending, 1 cancelling, 0 failed, 0 not sent.",
            "1 workflow run was still CANCELLING when the cancel answered (not followed: --cancelling-wait 0): its \
             cancel was accepted, but it has not stopped yet. --resume does not cancel it again; look it up later \
             with `extend-cancel cancel --dry-run ID`.",
        ]
    );

    // Resumed with one more id: the run still cancelling is skipped, as is the one cancelled.
    let more = temp_file("cancelling-more.txt", "workflow_run_processing\nexr_processing\npr_processing\n");
    let again = run(
        env.command(&[
            "cancel",
            "--json",
            "--file",
            more.to_str().unwrap(),
            "--resume",
            record.to_str().unwrap(),
        ]),
        "",
    );
    assert_eq!(again.code(), Some(0), "{again:?}");
    assert!(
        again.stderr.contains(&format!(
            "Resuming: 2 runs skipped, settled in {} (1 of them still cancelling: not cancelled again); 1 to go.",
            record.display()
        )),
        "{}",
        again.stderr
    );
    assert_eq!(again.json_lines().len(), 1, "{}", again.stdout);
    assert_eq!(again.line_of("pr_processing"), cancelled_line("pr_processing", "parse", false));
    let cancels = env.cancels();
    assert_eq!(cancels.iter().filter(|id| *id == "workflow_run_processing").count(), 1, "{cancels:?}");

    // Looked up later, as the line says: it stopped.
    thread::sleep(Duration::from_millis(400));
    let later = run(env.command(&["cancel", "--dry-run", "--json", "workflow_run_processing"]), "");
    assert_eq!(later.code(), Some(0), "{later:?}");
    assert_eq!(later.line_of("workflow_run_processing")["outcome"], "already_cancelled");
}
