//! Batches: `GET /batch_runs/{id}` (found with its run count and a status from its runs, 404
//! for an unknown batch and for a workflow batch), batches of the new kinds seeded with
//! `BatchSeed` and seed files, and the demo seed's new batches.

use super::support::{all_pages, api_error, client, get, ids};
use extend_cancel::{RunKind, RunSource, RunStatus, Timestamp};
use extend_cancel_sandbox::{sample, BatchSeed, Run, Sandbox, StoredRun};
use std::time::Duration;

#[tokio::test]
async fn a_batch_run_is_found_with_its_run_count_and_a_status_from_its_runs() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    // The seeded parse runs are one batch parse: PENDING and PROCESSING runs, so PROCESSING.
    let batch = client.batch_run("bpar_sandbox").await.unwrap();
    assert_eq!(batch.id, "bpar_sandbox");
    assert_eq!((batch.status.as_str(), batch.run_count), ("PROCESSING", Some(5)));
    assert_eq!(batch.created_at, Some(Timestamp::parse("2026-03-02T09:30:00Z").unwrap()));

    // A batch of extract and classify runs, created a second apart from 2026-05-01.
    let from = Timestamp::parse("2026-05-01T08:00:00Z").unwrap();
    let seed = BatchSeed::new("bpr_mixed", 6)
        .kinds([RunKind::Extract, RunKind::Classify])
        .statuses([(RunStatus::Pending, 1)])
        .created_from(from);
    assert_eq!(sandbox.seed_batch(&seed), 6);
    let batch = client.batch_run("bpr_mixed").await.unwrap();
    assert_eq!((batch.status.as_str(), batch.run_count, batch.created_at), ("PENDING", Some(6), Some(from)));
    // Its status follows its runs: PROCESSING while any is pending or processing, then
    // CANCELLED once they are over and some were cancelled.
    let pending: Vec<String> = (1..=6).map(|n| seed.id(n)).collect();
    sandbox.insert(
        StoredRun::new(sample::extract_run(pending[0].clone(), RunStatus::Processing)).batch_id("bpr_mixed"),
    );
    assert_eq!(client.batch_run("bpr_mixed").await.unwrap().status.as_str(), "PROCESSING");
    client.cancel(pending[0].as_str()).await.unwrap();
    for id in &pending[1..] {
        let run = Run::sample(RunKind::from_id(id).unwrap(), id.clone(), RunStatus::Processed);
        sandbox.insert(StoredRun::new(run).batch_id("bpr_mixed"));
    }
    let batch = client.batch_run("bpr_mixed").await.unwrap();
    assert_eq!((batch.status.as_str(), batch.run_count), ("CANCELLED", Some(6)));
    // A run removed, or moved to another batch, leaves the count.
    sandbox.remove(&pending[0]);
    sandbox.insert(
        StoredRun::new(Run::sample(RunKind::Classify, pending[1].clone(), RunStatus::Failed))
            .batch_id("bpr_other"),
    );
    let batch = client.batch_run("bpr_mixed").await.unwrap();
    assert_eq!((batch.status.as_str(), batch.run_count), ("PROCESSED", Some(4)));
    assert_eq!(client.batch_run("bpr_other").await.unwrap().status.as_str(), "FAILED");

    // Unknown batches, and workflow batches (which have no batch run), are not found.
    for id in ["bpr_unknown", "batch_sandbox"] {
        let api = api_error(client.batch_run(id).await);
        assert_eq!((api.status.as_u16(), api.code.as_deref()), (404, Some("NOT_FOUND")), "{id}");
        let message = format!("No batch run with id \"{id}\" was found.");
        assert_eq!(api.message.as_deref(), Some(message.as_str()));
    }
    assert_eq!(get(&sandbox, "/batch_runs/bpr_%FF").await.status, 404);
}

#[tokio::test]
async fn batches_of_the_new_kinds_are_seeded_and_listed_by_batch() {
    let sandbox =
        Sandbox::builder().seeded(false).cancelling_delay(Duration::from_secs(3600)).start().await.unwrap();
    let workflow = BatchSeed::new("batch_claims", 30)
        .kinds([RunKind::Workflow])
        .processor_id("workflow_claims")
        .statuses([(RunStatus::Pending, 1), (RunStatus::Processing, 1), (RunStatus::Cancelling, 1)]);
    let parse =
        BatchSeed::new("bpar_scans", 8).kinds([RunKind::Parse]).statuses([(RunStatus::Processing, 1)]);
    let legacy = BatchSeed::new("bpr_legacy", 5).kinds([RunKind::Processor]).processor_id("dp_legacy");
    let verify = BatchSeed::new("checks", 4).kinds([RunKind::Verify]).source(RunSource::Studio);
    for seed in [&workflow, &parse, &legacy, &verify] {
        assert_eq!(sandbox.seed_batch(seed), seed.count());
    }
    assert_eq!(workflow.id(3), "workflow_run_batch_claims_00003");
    let count = |list: &'static str, query: &'static str| {
        let sandbox = &sandbox;
        async move { all_pages(sandbox, list, &format!("{query}&maxPageSize=1000")).await.concat().len() }
    };
    assert_eq!(count("/workflow_runs", "batchId=batch_claims").await, 30);
    assert_eq!(count("/workflow_runs", "batchId=batch_claims&workflowId=workflow_claims").await, 30);
    for status in ["PENDING", "PROCESSING", "CANCELLING"] {
        let query = format!("batchId=batch_claims&status={status}");
        let page = get(&sandbox, &format!("/workflow_runs?{query}&maxPageSize=100")).await;
        assert_eq!(ids(&page).len(), 10, "{query}");
    }
    // The batch is in the run objects too.
    let run = client(&sandbox).workflow_runs().get(workflow.id(1)).await.unwrap();
    assert_eq!(run.batch_id.as_deref(), Some("batch_claims"));
    assert_eq!(count("/parse_runs", "batchId=bpar_scans&source=BATCH_PARSER_RUN").await, 8);
    assert_eq!(count("/parse_runs", "sourceId=bpar_scans").await, 8);
    assert_eq!(client(&sandbox).batch_run("bpar_scans").await.unwrap().run_count, Some(8));
    assert_eq!(count("/processor_runs", "processorId=dp_legacy&sourceId=bpr_legacy").await, 5);
    assert_eq!(client(&sandbox).batch_run("bpr_legacy").await.unwrap().run_count, Some(5));
    // Verify runs have no batch: the batch id names them and is their source id.
    assert_eq!(count("/verify_runs", "sourceId=checks&source=STUDIO").await, 4);
    let stored = sandbox.stored("vr_checks_00001").unwrap();
    assert_eq!((stored.batch_id, stored.source.as_deref()), (None, Some("STUDIO")));
    assert_eq!(api_error(client(&sandbox).batch_run("checks").await).status.as_u16(), 404);
    // The CANCELLING runs wait for the sandbox's delay unless the seed gives one.
    let cancelling = workflow.id(3);
    assert!(sandbox.stored(&cancelling).unwrap().cancelling_for.unwrap() > Duration::from_secs(3000));
    let quick = BatchSeed::new("batch_quick", 1)
        .kinds([RunKind::Workflow])
        .statuses([(RunStatus::Cancelling, 1)])
        .cancelling_for(Duration::ZERO);
    sandbox.seed_batch(&quick);
    assert_eq!(sandbox.run(&quick.id(1)).unwrap().status(), "CANCELLED");
}

#[tokio::test]
async fn a_seed_file_seeds_the_new_kinds_and_refuses_what_they_do_not_have() {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    let seeded = sandbox.seed_json(
        r#"[
            {"id": "workflow_run_a", "status": "CANCELLING", "batchId": "batch_a", "processorId": "workflow_a",
             "cancellingForMs": 3600000, "fileName": "claim.pdf"},
            {"kind": "workflow", "status": "NEEDS_REVIEW", "batchId": "batch_a", "count": 2},
            {"id": "pr_a", "status": "PENDING", "batchId": "bpar_a", "source": "BATCH_PARSER_RUN"},
            {"id": "vr_a", "status": "PROCESSED", "riskLevel": "MEDIUM", "source": "STUDIO", "sourceId": "req_a"},
            {"id": "dpr_a", "status": "PROCESSED", "processorType": "SPLITTER", "processorId": "dp_a"}
        ]"#,
    );
    assert_eq!(seeded.unwrap(), 6);
    let page = get(&sandbox, "/workflow_runs?batchId=batch_a&status=CANCELLING&workflowId=workflow_a").await;
    assert_eq!(ids(&page), ["workflow_run_a"]);
    assert!(sandbox.stored("workflow_run_a").unwrap().cancelling_for.unwrap() > Duration::from_secs(3000));
    let review = get(&sandbox, "/workflow_runs?status=NEEDS_REVIEW&sortBy=createdAt&sortDir=asc").await;
    assert_eq!(ids(&review), ["workflow_run_seed_2_00001", "workflow_run_seed_2_00002"]);
    assert_eq!(ids(&get(&sandbox, "/parse_runs?batchId=bpar_a&status=PENDING").await), ["pr_a"]);
    let verify = get(&sandbox, "/verify_runs?riskLevel=MEDIUM&source=STUDIO&sourceId=req_a").await;
    assert_eq!(ids(&verify), ["vr_a"]);
    let legacy = get(&sandbox, "/processor_runs?processorType=SPLITTER&processorId=dp_a").await;
    assert_eq!(ids(&legacy), ["dpr_a"]);
    assert_eq!(get(&sandbox, "/batch_runs/bpar_a").await.json["runCount"], 1);

    for (json, expected) in [
        (r#"[{"id": "vr_1", "status": "PENDING"}]"#, "status \"PENDING\" is not one of PROCESSING"),
        (r#"[{"id": "exr_1", "status": "NEEDS_REVIEW"}]"#, "(the statuses of extract runs)"),
        (r#"[{"id": "vr_1", "status": "FAILED", "batchId": "b"}]"#, "verify runs have no batch"),
        (
            r#"[{"id": "pr_1", "status": "FAILED", "source": "BATCH_PROCESSOR_RUN"}]"#,
            "(the sources of parse runs)",
        ),
        (
            r#"[{"id": "workflow_run_1", "status": "FAILED", "sourceId": "s"}]"#,
            "workflow runs have no source id",
        ),
        (r#"[{"id": "pr_1", "status": "FAILED", "riskLevel": "LOW"}]"#, "only verify runs have a riskLevel"),
        (r#"[{"id": "vr_1", "status": "FAILED", "processorType": "EXTRACT"}]"#, "only processor runs"),
        (
            r#"[{"id": "run_1", "status": "FAILED"}]"#,
            "does not start with exr_, clr_, splr_, dpr_, workflow_run_, pr_, vr_",
        ),
    ] {
        let error = sandbox.seed_json(json).unwrap_err().to_string();
        assert!(error.contains(expected), "{json}: {error}");
    }
    assert_eq!(sandbox.runs().len(), 6, "nothing of a refused seed is added");
}

#[tokio::test]
async fn the_demo_seed_has_workflow_parse_verify_and_listable_legacy_runs() {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    assert_eq!(sandbox.seed_demo(), 552);
    let count = |list: &'static str, query: &'static str| {
        let sandbox = &sandbox;
        async move { all_pages(sandbox, list, &format!("{query}&maxPageSize=1000")).await.concat().len() }
    };
    // The workflow batch: 60 runs of one workflow, in every status but CANCELLED and REJECTED.
    assert_eq!(
        count("/workflow_runs", "batchId=batch_demo_claims&workflowId=workflow_demo_claims").await,
        60
    );
    for (status, runs) in [
        ("PENDING", 10),
        ("PROCESSING", 20),
        ("CANCELLING", 5),
        ("NEEDS_REVIEW", 5),
        ("PROCESSED", 15),
        ("FAILED", 5),
    ] {
        let query = format!("batchId=batch_demo_claims&status={status}&maxPageSize=100");
        assert_eq!(ids(&get(&sandbox, &format!("/workflow_runs?{query}")).await).len(), runs, "{status}");
    }
    // Its CANCELLING runs stay so for a minute, long enough to see them.
    let cancelling = get(&sandbox, "/workflow_runs?status=CANCELLING&maxPageSize=1").await;
    let id = ids(&cancelling).remove(0);
    assert!(sandbox.stored(&id).unwrap().cancelling_for.unwrap() > Duration::from_secs(50));
    // The parse batch and its batch run.
    assert_eq!(count("/parse_runs", "batchId=bpar_demo_scans").await, 40);
    assert_eq!(count("/parse_runs", "batchId=bpar_demo_scans&status=PROCESSING").await, 20);
    let client = client(&sandbox);
    let scans = client.batch_run("bpar_demo_scans").await.unwrap();
    assert_eq!((scans.status.as_str(), scans.run_count), ("PROCESSING", Some(40)));
    // Verify runs, from one request.
    assert_eq!(count("/verify_runs", "sourceId=demo_checks&source=API").await, 12);
    assert_eq!(count("/verify_runs", "riskLevel=HIGH").await, 3);
    // The legacy runs are listable, by their processor.
    assert_eq!(count("/processor_runs", "processorId=dp_demo_legacy").await, 20);
    assert_eq!(count("/processor_runs", "processorId=dp_demo_legacy&status=PROCESSING").await, 10);
    // Every bpr_ batch of the demo answers the batch lookup.
    for (id, runs) in [
        ("bpr_demo_invoices", 240),
        ("bpr_demo_intake", 120),
        ("bpr_demo_receipts", 60),
        ("bpr_demo_legacy", 20),
    ] {
        let batch = client.batch_run(id).await.unwrap();
        assert_eq!((batch.id.as_str(), batch.run_count), (id, Some(runs)));
        assert_eq!(batch.status.as_str(), "PROCESSING", "{id} still has runs PROCESSING");
    }
    assert_eq!(api_error(client.batch_run("batch_demo_claims").await).status.as_u16(), 404);
}
