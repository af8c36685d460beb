//! The README's main-job command, `cargo run --example cancel`, run as a newcomer runs it:
//! no `EXTEND_API_KEY`, no network. `cargo test` builds the example (with the sandbox, a
//! dev-dependency); when only this test target was built, the test builds it first.

use std::{
    path::PathBuf,
    process::{Command, Output},
};

/// The example's binary, built if this test run did not build it.
fn example() -> PathBuf {
    // target/<profile>/deps/it-<hash> -> target/<profile>/examples/cancel
    let test_exe = std::env::current_exe().expect("the test's own path");
    let profile_dir = test_exe.parent().and_then(|deps| deps.parent()).expect("target/<profile>");
    let binary = profile_dir.join("examples").join(format!("cancel{}", std::env::consts::EXE_SUFFIX));
    if !binary.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--example", "cancel"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the example failed");
    }
    binary
}

fn run(args: &[&str]) -> Output {
    Command::new(example())
        .args(args)
        .env_remove("EXTEND_API_KEY")
        .env_remove("EXTEND_BASE_URL")
        .output()
        .expect("the example runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// The demonstration's one cancellable run of each kind, with its kind's name.
const CANCELLED_IN_THE_DEMO: [(&str, &str); 4] = [
    ("exr_processing", "extract"),
    ("clr_processing", "classify"),
    ("splr_processing", "split"),
    ("dpr_processing", "processor"),
];

#[test]
fn without_a_key_it_cancels_the_demonstration_runs_in_the_sandbox_and_exits_1() {
    let output = run(&[]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "stdout:\n{stdout}\nstderr:\n{stderr}");
    let first = stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("EXTEND_API_KEY is not set: using the offline sandbox at http://127.0.0.1:"),
        "{first}"
    );
    assert_eq!(stderr.lines().last(), Some("4 of 9 runs cancelled, 5 failed."));

    let lines: Vec<&str> = stdout.lines().collect();
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(header, ["ID", "KIND", "OUTCOME", "STATUS", "FAILURE", "REASON", "DASHBOARD", "URL"]);
    let row = |id: &str| -> Vec<&str> {
        let line = lines.iter().find(|line| line.starts_with(&format!("{id} "))).expect("a row per run");
        line.split_whitespace().collect()
    };
    assert_eq!(
        row("dpr_processing"),
        [
            "dpr_processing",
            "processor",
            "cancelled",
            "CANCELLED",
            "-",
            "https://dashboard.extend.ai/runs/dpr_processing"
        ]
    );
    // A cancelled run of every kind, not only the processor run.
    for (id, kind) in CANCELLED_IN_THE_DEMO {
        let url = format!("https://dashboard.extend.ai/runs/{id}");
        assert_eq!(row(id), [id, kind, "cancelled", "CANCELLED", "-", url.as_str()], "{stdout}");
    }
    let cancelled = lines.iter().filter(|line| line.split_whitespace().nth(2) == Some("cancelled")).count();
    assert_eq!(cancelled, 4, "{stdout}");
    assert_eq!(row("splr_failed"), ["splr_failed", "split", "error", "-", "-", "-"]);
    assert!(stdout.contains("HTTP 400 Bad Request: INVALID_REQUEST"), "{stdout}");
    assert!(stdout.contains("HTTP 404 Not Found: NOT_FOUND"), "{stdout}");
}

#[test]
fn json_without_ids_prints_the_demonstration_runs_of_all_four_kinds() {
    let output = run(&["--json"]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert_eq!(stderr.lines().last(), Some("4 of 9 runs cancelled, 5 failed."));
    let objects: Vec<serde_json::Value> =
        stdout.lines().map(|line| serde_json::from_str(line).expect("one JSON object")).collect();
    assert_eq!(objects.len(), 9, "{stdout}");
    for (id, kind) in CANCELLED_IN_THE_DEMO {
        let object = objects.iter().find(|o| o["id"] == id).unwrap_or_else(|| panic!("no {id}: {stdout}"));
        assert_eq!(
            *object,
            serde_json::json!({
                "id": id, "kind": kind, "outcome": "cancelled", "status": "CANCELLED",
                "failureReason": null, "dashboardUrl": format!("https://dashboard.extend.ai/runs/{id}"),
                "corrections": []
            })
        );
    }
    let failed: Vec<&serde_json::Value> = objects.iter().filter(|o| o["outcome"] == "error").collect();
    assert_eq!(failed.len(), 5, "{stdout}");
    assert!(failed.iter().all(|o| matches!(o["httpStatus"].as_u64(), Some(400 | 404))), "{stdout}");
}

#[test]
fn json_prints_one_object_per_run_per_line() {
    let output = run(&["--json", "exr_processing", "clr_processed", "no_prefix_1"]);
    assert_eq!(output.status.code(), Some(1));
    let mut objects: Vec<serde_json::Value> = text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object"))
        .collect();
    assert_eq!(objects.len(), 3);
    // Results come in completion order; put them in argument order to check each.
    let order = ["exr_processing", "clr_processed", "no_prefix_1"];
    objects.sort_by_key(|o| order.iter().position(|id| o["id"] == *id));
    assert_eq!(
        objects[0],
        serde_json::json!({
            "id": "exr_processing", "kind": "extract", "outcome": "cancelled", "status": "CANCELLED",
            "failureReason": null, "dashboardUrl": "https://dashboard.extend.ai/runs/exr_processing",
            "corrections": []
        })
    );
    assert_eq!(objects[1]["outcome"], "error");
    assert_eq!(objects[1]["httpStatus"], 400);
    assert_eq!(objects[1]["code"], "INVALID_REQUEST");
    assert!(objects[1]["requestId"].as_str().unwrap().starts_with("req_sandbox_"));
    // An id whose kind cannot be told is a per-run failure, not a usage error.
    assert_eq!((objects[2]["kind"].as_str(), objects[2]["httpStatus"].as_u64()), (Some("?"), None));
    assert!(objects[2]["error"].as_str().unwrap().contains("its prefix is not one of"));
}

#[test]
fn exits_0_when_every_cancel_succeeds_and_2_on_bad_arguments() {
    let output = run(&["exr_processing", "dpr_processing"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    let output = run(&["--rate", "-1", "exr_processing"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("error: --rate needs a positive number"));
    let output = run(&["--verbose", "exr_processing"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("error: unknown flag \"--verbose\""));
    assert!(output.stdout.is_empty(), "nothing is cancelled on a usage error");
}

#[test]
fn many_ids_report_progress_on_stderr_when_it_is_not_a_terminal() {
    let ids: Vec<String> = (1..=25).map(|i| format!("exr_missing_{i}")).collect();
    let args: Vec<&str> = ids.iter().map(String::as_str).collect();
    let output = run(&args);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    let progress: Vec<&str> = stderr.lines().filter(|line| line.starts_with("progress: ")).collect();
    assert_eq!(progress.len(), 10, "{stderr}");
    assert_eq!(progress.last(), Some(&"progress: 25/25"));
    assert_eq!(text(&output.stdout).lines().filter(|line| line.starts_with("exr_missing_")).count(), 25);
}
