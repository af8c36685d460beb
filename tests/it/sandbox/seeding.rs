//! Seeding: a large batch listed by batch, the demo seed, seed files, and PENDING runs that
//! start PROCESSING after their delay.

use super::support::{all_pages, api_error, client, get, ids};
use extend_cancel::{types, RunKind, RunSource, RunStatus};
use extend_cancel_sandbox::{sample::SampleRun, BatchSeed, Sandbox, SeedError, StoredRun};
use std::time::{Duration, Instant};

#[tokio::test]
async fn a_batch_of_2500_runs_is_seeded_and_listed_by_batch_in_order() {
    let sandbox = Sandbox::start().await.unwrap();
    let big =
        BatchSeed::new("bpr_big", 2500).statuses([(RunStatus::Processing, 4), (RunStatus::Processed, 1)]);
    let started = Instant::now();
    assert_eq!(sandbox.seed_batch(&big), 2500);
    // Another batch of the same kind, which the filter must leave out.
    assert_eq!(sandbox.seed_batch(&BatchSeed::new("bpr_other", 7500).source(RunSource::Api)), 7500);
    let seeded = started.elapsed();
    let pages =
        all_pages(&sandbox, "/extract_runs", "batchId=bpr_big&sortBy=createdAt&sortDir=asc&maxPageSize=1000")
            .await;
    let listed = started.elapsed() - seeded;
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [1000, 1000, 500]);
    let expected: Vec<String> = (1..=2500).map(|n| big.id(n)).collect();
    assert_eq!(pages.concat(), expected, "every run of the batch once, oldest first");
    // The statuses follow the weights: one in five PROCESSED.
    let processed =
        all_pages(&sandbox, "/extract_runs", "batchId=bpr_big&status=PROCESSED&maxPageSize=1000").await;
    assert_eq!(processed.concat().len(), 500);
    let api = all_pages(&sandbox, "/extract_runs", "source=API&maxPageSize=1000").await;
    assert_eq!(api.concat().len(), 7500);
    // 10,000 runs: generous bounds for a loaded debug build; quadratic work would blow them.
    assert!(seeded < Duration::from_secs(20), "seeding 10,000 runs took {seeded:?}");
    assert!(listed < Duration::from_secs(20), "listing 2,500 of 10,000 runs took {listed:?}");
    // The same batch seeds the same runs.
    assert_eq!(sandbox.stored("exr_bpr_big_00005"), BatchSeed::new("bpr_big", 2500).runs().nth(4));
}

#[tokio::test]
async fn the_demo_seed_has_its_batches_and_the_misconfigured_extractor() {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    // The 440 runs of the four bpr_ batches, 60 workflow, 40 parse and 12 verify runs.
    assert_eq!(sandbox.seed_demo(), 440 + 60 + 40 + 12);
    let count = |query: &'static str, list: &'static str| {
        let sandbox = &sandbox;
        async move { all_pages(sandbox, list, &format!("{query}&maxPageSize=1000")).await.concat().len() }
    };
    assert_eq!(count("batchId=bpr_demo_invoices", "/extract_runs").await, 240);
    assert_eq!(count("batchId=bpr_demo_invoices&status=PROCESSING", "/extract_runs").await, 144);
    assert_eq!(count("extractorId=ex_demo_misconfigured", "/extract_runs").await, 60);
    assert_eq!(count("source=WORKFLOW_RUN&sourceId=workflow_run_demo_receipts", "/extract_runs").await, 60);
    assert_eq!(count("batchId=bpr_demo_intake", "/classify_runs").await, 60);
    assert_eq!(count("fileNameContains=intake", "/split_runs").await, 60);
    assert_eq!(sandbox.run("dpr_bpr_demo_legacy_00001").unwrap().status(), "PROCESSING");
}

#[tokio::test]
async fn a_seed_file_is_read_and_a_bad_one_adds_nothing() {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    let path = std::env::temp_dir().join(format!("extend-cancel-seed-{}.json", std::process::id()));
    std::fs::write(
        &path,
        r#"[
            {"id": "exr_file_1", "status": "PROCESSING", "batchId": "bpr_file", "fileName": "Scan.pdf",
             "source": "API", "sourceId": "src_1", "processorId": "ex_file", "createdAt": "2026-05-01T08:00:00Z"},
            {"kind": "classify", "status": "PENDING", "batchId": "bpr_file", "count": 3}
        ]"#,
    )
    .unwrap();
    let seeded = sandbox.seed_file(&path);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(seeded.unwrap(), 4);
    let page =
        get(&sandbox, "/extract_runs?batchId=bpr_file&extractorId=ex_file&fileNameContains=scan").await;
    assert_eq!(ids(&page), ["exr_file_1"]);
    assert_eq!(page.json["data"][0]["createdAt"], "2026-05-01T08:00:00Z");
    let classify =
        get(&sandbox, "/classify_runs?batchId=bpr_file&status=PENDING&sortBy=createdAt&sortDir=asc").await;
    assert_eq!(ids(&classify), ["clr_seed_2_00001", "clr_seed_2_00002", "clr_seed_2_00003"]);

    let bad = r#"[{"id": "exr_ok", "status": "PROCESSING"}, {"id": "exr_bad", "status": "DONE"}]"#;
    match sandbox.seed_json(bad) {
        Err(SeedError::Element { number: 2, problem }) => assert!(problem.contains("\"DONE\""), "{problem}"),
        other => panic!("{other:?}"),
    }
    assert!(sandbox.run("exr_ok").is_none(), "nothing of a refused seed is added");
    assert!(matches!(sandbox.seed_file("/nonexistent/seed.json"), Err(SeedError::Io { .. })));
}

#[tokio::test]
async fn pending_runs_start_processing_after_their_delay_and_can_then_be_cancelled() {
    // Waiting: delays far longer than the test, so that a slow machine cannot end them.
    let waiting = Sandbox::builder().pending_for(Duration::from_secs(3600)).start().await.unwrap();
    waiting.insert(
        StoredRun::new(SampleRun::new(RunKind::Split, "splr_slow", RunStatus::Pending))
            .pending_for(Duration::from_secs(7200)),
    );
    let api = api_error(client(&waiting).extract_runs().cancel("exr_pending").await);
    assert_eq!(api.status.as_u16(), 400, "a PENDING run is refused, as any run not PROCESSING");
    assert!(api.message.as_deref().unwrap().contains("is PENDING"));
    let left = |id| waiting.stored(id).unwrap().pending_for.unwrap();
    assert!(
        left("exr_pending") > Duration::from_secs(3500) && left("exr_pending") <= Duration::from_secs(3600)
    );
    assert!(left("splr_slow") > Duration::from_secs(7100), "a run's own delay wins");
    let pending = get(&waiting, "/split_runs?status=PENDING&sortBy=createdAt&sortDir=asc").await;
    assert_eq!(ids(&pending), ["splr_pending", "splr_slow"]);
    // Without a delay, a PENDING run waits forever.
    let forever = Sandbox::start().await.unwrap();
    assert_eq!(forever.stored("clr_pending").unwrap().pending_for, None);

    // Starting: a short delay, then every seeded PENDING run is PROCESSING, updated when its
    // wait ended, and can be cancelled.
    let before = std::time::SystemTime::now();
    let sandbox = Sandbox::builder().pending_for(Duration::from_millis(200)).start().await.unwrap();
    tokio::time::sleep(Duration::from_millis(250)).await;
    let run: types::ExtractRun =
        serde_json::from_value(get(&sandbox, "/extract_runs/exr_pending").await.json).unwrap();
    assert_eq!(run.status, RunStatus::Processing);
    let updated = std::time::SystemTime::from(run.updated_at.unwrap().0);
    assert!(updated >= before + Duration::from_millis(200), "updatedAt is the end of the wait");
    // Every kind but verify runs (never PENDING) has a PENDING run.
    for kind in RunKind::ALL.into_iter().filter(|kind| *kind != RunKind::Verify) {
        let id = format!("{}pending", kind.prefix());
        assert_eq!(sandbox.run(&id).unwrap().status(), "PROCESSING", "{id}");
        assert_eq!(sandbox.stored(&id).unwrap().pending_for, None, "{id}");
    }
    let processing = get(&sandbox, "/split_runs?status=PROCESSING&sortBy=createdAt").await;
    assert_eq!(ids(&processing), ["splr_processing", "splr_pending"], "ties by id, newest first");
    let cancelled = client(&sandbox).extract_runs().cancel("exr_pending").await.unwrap();
    assert_eq!(cancelled.status, RunStatus::Cancelled);
    assert_eq!(forever.run("clr_pending").unwrap().status(), "PENDING");
}
