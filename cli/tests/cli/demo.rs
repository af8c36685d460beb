//! The demonstration: what `cargo run` at the repository root runs when no key is set.

use super::support::{bare_command, run};

/// Each demonstration run and the outcome it is designed to have.
const DESIGNED: [(&str, &str, &str); 12] = [
    ("exr_processing", "extract", "cancelled"),
    ("clr_processing", "classify", "cancelled"),
    ("splr_processing", "split", "cancelled"),
    ("dpr_processing", "processor", "cancelled"),
    ("workflow_run_processing", "workflow", "cancelled"),
    ("pr_processing", "parse", "cancelled"),
    ("vr_processed", "verify", "already_finished"),
    ("clr_cancelled", "classify", "already_cancelled"),
    ("exr_processed", "extract", "already_finished"),
    ("splr_failed", "split", "already_finished"),
    ("dpr_pending", "processor", "pending"),
    ("exr_does_not_exist", "extract", "not_found"),
];

#[test]
fn without_a_key_and_arguments_the_demonstration_runs_and_exits_0() {
    let ran = run(bare_command(&[]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let first = ran.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("EXTEND_API_KEY is not set: running the demonstration against a built-in sandbox at http://127.0.0.1:"),
        "{first}"
    );
    let lines: Vec<&str> = ran.stdout.lines().collect();
    assert_eq!(lines.len(), 1 + DESIGNED.len(), "{}", ran.stdout);
    for (id, kind, outcome) in DESIGNED {
        let row = lines.iter().find(|line| line.starts_with(&format!("{id} "))).expect("a row per run");
        assert_eq!(row.split_whitespace().take(3).collect::<Vec<_>>(), [id, kind, outcome], "{row}");
    }
    assert!(ran.stderr.contains("The demonstration behaved as designed:"), "{}", ran.stderr);
}

#[test]
fn the_demo_command_prints_json_lines_with_a_key_set_too() {
    let mut command = bare_command(&["demo", "--json"]);
    command.env("EXTEND_API_KEY", "sk_not_used");
    let ran = run(command, "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    assert!(
        ran.stderr.starts_with("Demonstration against a built-in sandbox at http://127.0.0.1:"),
        "{}",
        ran.stderr
    );
    for (id, kind, outcome) in DESIGNED {
        let line = ran.line_of(id);
        assert_eq!((line["kind"].as_str(), line["outcome"].as_str()), (Some(kind), Some(outcome)), "{line}");
    }
}

#[test]
fn with_a_key_and_no_arguments_it_asks_what_to_do() {
    let mut command = bare_command(&[]);
    command.env("EXTEND_API_KEY", "sk_not_used");
    let ran = run(command, "");
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(ran.stderr.starts_with("error: EXTEND_API_KEY is set: say what to do"), "{}", ran.stderr);
}
