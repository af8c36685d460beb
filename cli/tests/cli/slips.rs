//! An operator's slips, each caught with a message that says what to do: a filter that matches
//! nothing, a duration out of range, a huge bad id; and the table's columns kept in line
//! whatever the ids' length.

use super::support::{bare_command, run, Env};
use extend_cancel::{RunKind, RunStatus};
use extend_cancel_sandbox::{Run, StoredRun};

#[test]
fn a_mistyped_filter_id_says_what_to_check_and_exits_1() {
    let env = Env::start();
    // A bpr_ batch is looked up first: one the API does not know exits 2 (see kinds.rs). A
    // filter with no lookup that matches nothing exits 1 and says what to check.
    let ran = run(env.command(&["cancel", "--splitter", "spl_typo"]), "");
    assert_eq!(ran.code(), Some(1), "{ran:?}");
    let line = ran.stderr.lines().find(|line| line.starts_with("No run matched ")).expect("the note");
    assert!(line.starts_with("No run matched --splitter spl_typo. Check the id, --workspace"), "{line}");
    for hint in ["--env or --base-url", "Only PROCESSING runs are cancelled", "`--dry-run --status PENDING`"]
    {
        assert!(line.contains(hint), "{hint}: {line}");
    }
    assert!(env.cancels().is_empty());

    // A dry run with a status says which status it looked for.
    let ran = run(env.command(&["cancel", "--extractor", "ex_typo", "--dry-run", "--status", "failed"]), "");
    assert_eq!(ran.code(), Some(1), "{ran:?}");
    assert!(ran.stderr.contains("No run in status FAILED matched --extractor ex_typo."), "{}", ran.stderr);
    assert!(ran.stderr.contains("Dry run: 0 runs; no cancel was sent."), "{}", ran.stderr);
}

#[test]
fn durations_out_of_range_are_refused_with_2_naming_the_flag() {
    let cases: &[(&[&str], &str)] = &[
        (&["--deadline", "1e20"], "--deadline"),
        (&["--deadline", "1e400"], "--deadline"),
        (&["--deadline=-5"], "--deadline"),
        (&["--deadline", "NaN"], "--deadline"),
        (&["--deadline", "100000000000y"], "--deadline"),
        (&["--batch", "bpr_x", "--drain", "1e30"], "--drain"),
        (&["--batch", "bpr_x", "--drain", "8 days"], "--drain"),
    ];
    for (args, flag) in cases {
        let mut all = vec!["cancel", "exr_1"];
        if args[0] == "--batch" {
            all.pop();
        }
        all.extend_from_slice(args);
        let mut command = bare_command(&all);
        command.env("EXTEND_API_KEY", "sk_test").env("EXTEND_BASE_URL", "http://127.0.0.1:9");
        let ran = run(command, "");
        assert_eq!(ran.code(), Some(2), "{args:?}: {ran:?}");
        let value = args[args.len() - 1].trim_start_matches("--deadline=");
        assert!(
            ran.stderr.starts_with(&format!("error: invalid value '{value}' for '{flag}")),
            "{args:?}: {}",
            ran.stderr
        );
        assert!(!ran.stderr.contains("panicked"), "{}", ran.stderr);
    }
}

#[test]
fn a_50_mb_bad_id_is_echoed_cut() {
    let env = Env::start();
    let huge = format!("exr_{}", "a".repeat(50_000_000));
    let ran = run(env.command(&["cancel", "-"]), &huge);
    assert_eq!(ran.code(), Some(2), "{:?}", &ran.stderr[..ran.stderr.len().min(500)]);
    assert!(ran.stderr.len() < 1000, "{} bytes of messages", ran.stderr.len());
    let shown = format!("\"exr_{}\"… (50000004 bytes)", "a".repeat(60));
    assert!(
        ran.stderr
            .contains(&format!("standard input line 1: invalid run id {shown}: it is 50000004 bytes long")),
        "{}",
        ran.stderr
    );
    assert!(env.sandbox.requests().is_empty());
}

/// Checks that each column after the ID starts in `row` where the header says.
fn aligned(header: &str, row: &str) {
    for column in ["KIND", "OUTCOME", "STATUS", "DETAIL"] {
        let at = header.find(column).unwrap();
        assert_eq!(row.as_bytes()[at - 1], b' ', "{column}:\n{header}\n{row}");
        assert_ne!(row.as_bytes()[at], b' ', "{column}:\n{header}\n{row}");
    }
}

#[test]
fn the_table_fits_a_40_character_id_given() {
    let env = Env::start();
    let long = format!("exr_{}", "w".repeat(36));
    env.sandbox.insert(Run::sample(RunKind::Extract, long.clone(), RunStatus::Processing));
    let ran = run(env.command(&["cancel", &long, "dpr_processing"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let lines: Vec<&str> = ran.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "a row each:\n{}", ran.stdout);
    assert_eq!(lines[0].find("KIND"), Some(41), "{}", lines[0]);
    for row in &lines[1..] {
        aligned(lines[0], row);
    }
}

#[test]
fn a_listed_id_longer_than_its_column_takes_a_line_and_never_shifts_the_columns() {
    let env = Env::start();
    let long = format!("clr_{}", "v".repeat(36));
    for id in [long.as_str(), "clr_short_1"] {
        let run = Run::sample(RunKind::Classify, id, RunStatus::Processing);
        env.sandbox.insert(StoredRun::new(run).batch_id("bpr_wide"));
    }
    let ran = run(env.command(&["cancel", "--batch", "bpr_wide"]), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    let lines: Vec<&str> = ran.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", ran.stdout);
    let at = lines.iter().position(|line| *line == long).expect("the long id on a line of its own");
    aligned(lines[0], lines[at + 1]);
    assert!(lines[at + 1].starts_with(' '), "{}", lines[at + 1]);
    let short = lines.iter().find(|line| line.starts_with("clr_short_1")).expect("the short id's row");
    aligned(lines[0], short);
}
