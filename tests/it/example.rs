//! The library example, `cargo run --example cancel`, run as a newcomer runs it: no
//! `EXTEND_API_KEY`, no network. `cargo test` builds the example (with the sandbox, a
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

/// The outcome lines of a run, sorted (the batch reports in completion order).
fn sorted_lines(stdout: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = stdout.lines().filter(|line| line.contains(": ")).collect();
    lines.sort();
    lines
}

#[test]
fn without_a_key_it_cancels_the_demonstration_runs_in_the_sandbox_and_exits_1() {
    let output = run(&[]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(stderr, "EXTEND_API_KEY is not set: cancelling in the offline sandbox instead\n");
    assert_eq!(
        sorted_lines(&stdout),
        [
            "clr_cancelled: already_cancelled (CANCELLED)",
            "clr_processing: cancelled (CANCELLED)",
            "dpr_pending: pending (PENDING)",
            "dpr_processing: cancelled (CANCELLED)",
            "exr_does_not_exist: not_found (-)",
            "exr_processed: already_finished (PROCESSED)",
            "exr_processing: cancelled (CANCELLED)",
            "splr_failed: already_finished (FAILED)",
            "splr_processing: cancelled (CANCELLED)",
        ]
    );
    assert_eq!(
        stdout.lines().last(),
        Some(
            "4 cancelled, 1 already cancelled, 2 already finished (1 processed, 1 failed), 1 not found, \
             1 pending, 0 cancelling, 0 failed, 0 not sent"
        )
    );
    // A pending and a missing run are not settled.
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn ids_given_are_cancelled_and_all_settled_exits_0() {
    let output = run(&["exr_processing", "splr_processed"]);
    let stdout = text(&output.stdout);
    assert_eq!(
        sorted_lines(&stdout),
        ["exr_processing: cancelled (CANCELLED)", "splr_processed: already_finished (PROCESSED)"]
    );
    assert_eq!(output.status.code(), Some(0), "{stdout}");
}

#[test]
fn an_id_of_no_known_kind_fails_before_anything_is_sent() {
    let output = run(&["nope_1"]);
    let stdout = text(&output.stdout);
    assert_eq!(
        sorted_lines(&stdout),
        ["nope_1: failed: invalid run id \"nope_1\": its prefix is not one of exr_, clr_, splr_, dpr_, workflow_run_, pr_, vr_; call the kind's own cancel instead"]
    );
    assert_eq!(output.status.code(), Some(1));
}
