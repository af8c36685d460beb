//! Listing runs (`GET /{extract,classify,split}_runs`): each filter, the orders, the page size
//! and its bounds, and the parameters refused.

use super::support::{all_pages, get, ids};
use extend_cancel::{RunKind, RunStatus, Timestamp};
use extend_cancel_sandbox::{sample::SampleRun, Sandbox, StoredRun, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};

fn at(seconds: i64) -> Timestamp {
    Timestamp::parse("2026-04-01T00:00:00Z").unwrap() + chrono::TimeDelta::seconds(seconds)
}

/// A sandbox with no seeded runs and these extract runs: (id, status, processor, batch,
/// source, source id, file name), created a second apart in this order.
async fn with_runs(runs: &[(&str, RunStatus, &str, &str, &str, &str, &str)]) -> Sandbox {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    for (n, (id, status, processor, batch, source, source_id, file)) in runs.iter().enumerate() {
        let kind = RunKind::from_id(id).unwrap();
        let sample = SampleRun::new(kind, *id, status.clone())
            .processor_id(*processor)
            .file_name(*file)
            .created_at(at(n as i64));
        sandbox.insert(StoredRun::new(sample).batch_id(*batch).source(*source).source_id(*source_id));
    }
    sandbox
}

fn filtering_sandbox(
) -> [(&'static str, RunStatus, &'static str, &'static str, &'static str, &'static str, &'static str); 7] {
    use RunStatus::{Failed, Processing};
    [
        ("exr_1", Processing, "ex_a", "bpr_1", "API", "src_1", "March-Invoice.pdf"),
        ("exr_2", Failed, "ex_a", "bpr_1", "BATCH_PROCESSOR_RUN", "src_2", "receipt.pdf"),
        ("exr_3", Processing, "ex_b", "bpr_2", "API", "src_1", "invoice-3.PDF"),
        ("exr_4", Processing, "ex_b", "bpr_1", "WORKFLOW_RUN", "src_3", "notes.txt"),
        ("clr_1", Processing, "cl_a", "bpr_1", "API", "src_1", "invoice.pdf"),
        ("splr_1", Failed, "spl_a", "bpr_1", "API", "src_1", "invoice.pdf"),
        ("splr_2", Processing, "spl_b", "bpr_2", "STUDIO", "src_9", "packet.pdf"),
    ]
}

#[tokio::test]
async fn each_filter_lists_exactly_the_runs_that_match_it() {
    let sandbox = with_runs(&filtering_sandbox()).await;
    let cases = [
        ("/extract_runs", "sortBy=createdAt&sortDir=asc", vec!["exr_1", "exr_2", "exr_3", "exr_4"]),
        ("/extract_runs", "status=PROCESSING&sortBy=createdAt&sortDir=asc", vec!["exr_1", "exr_3", "exr_4"]),
        ("/extract_runs", "extractorId=ex_b&sortBy=createdAt&sortDir=asc", vec!["exr_3", "exr_4"]),
        ("/extract_runs", "batchId=bpr_1&sortBy=createdAt&sortDir=asc", vec!["exr_1", "exr_2", "exr_4"]),
        ("/extract_runs", "source=API&sortBy=createdAt&sortDir=asc", vec!["exr_1", "exr_3"]),
        ("/extract_runs", "sourceId=src_1&sortBy=createdAt&sortDir=asc", vec!["exr_1", "exr_3"]),
        // File names match without regard to case; `+` and %20 are spaces.
        ("/extract_runs", "fileNameContains=INVOICE&sortBy=createdAt&sortDir=asc", vec!["exr_1", "exr_3"]),
        ("/extract_runs", "fileNameContains=march-inv&sortBy=createdAt", vec!["exr_1"]),
        ("/extract_runs", "status=PROCESSING&batchId=bpr_1&extractorId=ex_a", vec!["exr_1"]),
        ("/extract_runs", "batchId=bpr_none", vec![]),
        ("/extract_runs", "fileNameContains=a+b", vec![]),
        ("/classify_runs", "classifierId=cl_a", vec!["clr_1"]),
        ("/classify_runs", "batchId=bpr_2", vec![]),
        ("/split_runs", "splitterId=spl_b&status=PROCESSING", vec!["splr_2"]),
        ("/split_runs", "status=FAILED&source=API&sourceId=src_1&batchId=bpr_1", vec!["splr_1"]),
    ];
    for (list, query, expected) in cases {
        let page = get(&sandbox, &format!("{list}?{query}")).await;
        assert_eq!(page.status, 200, "{list}?{query}: {}", page.text);
        assert_eq!(ids(&page), expected, "{list}?{query}");
        assert_eq!(page.json["object"], "list");
        assert_eq!(page.json.get("nextPageToken").and_then(|t| t.as_str()), None, "{list}?{query}: one page");
    }
}

#[tokio::test]
async fn runs_are_ordered_by_the_chosen_field_and_direction_ties_by_id() {
    use RunStatus::Processing;
    let sandbox = with_runs(&[
        ("exr_c", Processing, "ex", "b", "API", "s", "f"),
        ("exr_a", Processing, "ex", "b", "API", "s", "f"),
        ("exr_b", Processing, "ex", "b", "API", "s", "f"),
    ])
    .await;
    // Created c, a, b; a cancel moves a to the end of the updatedAt order.
    sandbox.client_builder().build().unwrap().cancel("exr_a").await.unwrap();
    let order = |query: &'static str| {
        let sandbox = &sandbox;
        async move { ids(&get(sandbox, &format!("/extract_runs?{query}")).await) }
    };
    assert_eq!(order("sortBy=createdAt&sortDir=asc").await, ["exr_c", "exr_a", "exr_b"]);
    assert_eq!(order("sortBy=createdAt&sortDir=desc").await, ["exr_b", "exr_a", "exr_c"]);
    assert_eq!(order("sortBy=updatedAt&sortDir=asc").await, ["exr_c", "exr_b", "exr_a"]);
    // The defaults: updatedAt, newest first.
    assert_eq!(order("").await, ["exr_a", "exr_b", "exr_c"]);
    assert_eq!(order("sortDir=asc").await, ["exr_c", "exr_b", "exr_a"]);
    // Runs with the same sort field are ordered by id.
    let same = Sandbox::builder().seeded(false).start().await.unwrap();
    for id in ["splr_b", "splr_c", "splr_a"] {
        same.insert(SampleRun::new(RunKind::Split, id, Processing));
    }
    assert_eq!(ids(&get(&same, "/split_runs?sortDir=asc").await), ["splr_a", "splr_b", "splr_c"]);
    assert_eq!(ids(&get(&same, "/split_runs?sortBy=createdAt").await), ["splr_c", "splr_b", "splr_a"]);
}

#[tokio::test]
async fn the_page_size_defaults_to_10_and_is_bounded() {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    sandbox.insert_all(
        (0..1005).map(|n| SampleRun::new(RunKind::Classify, format!("clr_{n:04}"), RunStatus::Processing)),
    );
    let first = get(&sandbox, "/classify_runs").await;
    assert_eq!(ids(&first).len(), DEFAULT_PAGE_SIZE);
    assert!(first.json["nextPageToken"].is_string());
    for (size, expected) in [("1", 1), ("37", 37), ("1000", MAX_PAGE_SIZE)] {
        let page = get(&sandbox, &format!("/classify_runs?maxPageSize={size}")).await;
        assert_eq!((page.status, ids(&page).len()), (200, expected), "maxPageSize={size}");
    }
    for size in ["0", "1001", "-1", "2.5", "ten", "99999999999999999999999"] {
        let page = get(&sandbox, &format!("/classify_runs?maxPageSize={size}")).await;
        assert_eq!(
            (page.status, page.json["code"].as_str()),
            (400, Some("INVALID_REQUEST")),
            "maxPageSize={size}"
        );
        let message = page.json["message"].as_str().unwrap();
        assert!(message.contains("maxPageSize") && message.contains("1 to 1000"), "{message}");
    }
    // Every run is listed once over the pages (the 1,005 runs in 2 pages of 1000 and 5).
    let pages = all_pages(&sandbox, "/classify_runs", "maxPageSize=1000&sortBy=createdAt").await;
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [1000, 5]);
}

#[tokio::test]
async fn parameters_that_would_be_ignored_are_refused_naming_them() {
    let sandbox = Sandbox::start().await.unwrap();
    let cases = [
        ("/extract_runs?status=RUNNING", "status \"RUNNING\" is not one of PENDING, PROCESSING"),
        ("/extract_runs?status=processing", "status \"processing\""),
        ("/extract_runs?source=CLI", "source \"CLI\" is not one of ADMIN"),
        ("/extract_runs?sortBy=name", "sortBy \"name\" is not one of updatedAt, createdAt"),
        ("/extract_runs?sortDir=up", "sortDir \"up\" is not one of asc, desc"),
        ("/extract_runs?batch_id=bpr_1", "Unknown query parameter batch_id"),
        (
            "/classify_runs?extractorId=ex_1",
            "Unknown query parameter extractorId; the classify run list takes status, classifierId",
        ),
        ("/split_runs?status=PROCESSING&status=FAILED", "status is given more than once"),
        ("/split_runs?batchId=", "batchId is empty"),
    ];
    for (path, expected) in cases {
        let page = get(&sandbox, path).await;
        assert_eq!((page.status, page.json["code"].as_str()), (400, Some("INVALID_REQUEST")), "{path}");
        let message = page.json["message"].as_str().unwrap();
        assert!(message.contains(expected), "{path}: {message}");
        assert_eq!(page.json["retryable"], false);
    }
}

#[tokio::test]
async fn summaries_are_the_stored_runs_without_their_large_parts() {
    let sandbox = Sandbox::start().await.unwrap();
    let page = get(&sandbox, "/extract_runs?status=PROCESSED").await;
    let summary = &page.json["data"][0];
    let full = get(&sandbox, "/extract_runs/exr_processed").await.json;
    assert_eq!(summary["id"], "exr_processed");
    for field in [
        "object",
        "status",
        "extractor",
        "extractorVersion",
        "file",
        "dashboardUrl",
        "createdAt",
        "updatedAt",
        "parseRunId",
        "metadata",
    ] {
        assert_eq!(summary[field], full[field], "{field}");
    }
    assert_eq!(
        summary["usage"],
        serde_json::json!({"credits": 3.5, "totalCredits": 4.5}),
        "usage without its breakdown"
    );
    for large in ["output", "config", "initialOutput", "edits"] {
        assert_eq!(summary.get(large), None, "{large} is not in a summary");
    }
}
