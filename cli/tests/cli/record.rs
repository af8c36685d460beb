//! The command never loses the record: it will not resume from the file its output goes to,
//! nor from an empty one; `--output` keeps the JSON lines in a file, line by line; and when
//! standard output is closed (`| head -3`) it stops sending and says where the record stopped.

use super::support::{run, temp_file, wait, Env, Ran, WITHIN};
use extend_cancel::RunKind;
use extend_cancel_sandbox::Fault;
use std::{
    fs::{File, OpenOptions},
    io::{BufRead, BufReader},
    path::Path,
    process::Stdio,
    time::Duration,
};

/// A JSON line of an earlier run that settled `id`.
fn settled_line(id: &str) -> String {
    format!("{{\"id\":\"{id}\",\"outcome\":\"cancelled\",\"settled\":true}}\n")
}

#[test]
fn resuming_from_the_file_standard_output_writes_to_is_refused_and_nothing_is_sent() {
    let env = Env::start();
    let ids = env.processing_runs(RunKind::Extract, 3);
    let ids_file = temp_file("same-ids.txt", &ids.join("\n"));
    let record = temp_file("same-out.jsonl", &settled_line(&ids[0]));
    // `--resume out.jsonl >> out.jsonl`: the file keeps its lines, and is refused all the same.
    let appending = OpenOptions::new().append(true).open(&record).expect("the record");
    let ran = resume_into(&env, &ids_file, &record, appending);
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    let name = record.display();
    assert!(
        ran.stderr.starts_with(&format!(
            "error: --resume {name} is the file standard output writes to: nothing was sent."
        )),
        "{}",
        ran.stderr
    );
    assert_eq!(ran.stderr.lines().count(), 1, "one line: {}", ran.stderr);
    assert!(env.sandbox.requests().is_empty(), "nothing sent");
    assert_eq!(std::fs::read_to_string(&record).unwrap(), settled_line(&ids[0]), "the record untouched");

    // `> out.jsonl`: the shell empties it first; the same refusal, not "0 runs skipped".
    let truncating = File::create(&record).expect("the record, emptied as `>` does");
    let ran = resume_into(&env, &ids_file, &record, truncating);
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(ran.stderr.contains("is the file standard output writes to"), "{}", ran.stderr);
    assert!(env.sandbox.requests().is_empty(), "nothing sent");
    assert_eq!(env.sandbox.run(&ids[0]).unwrap().status(), "PROCESSING");
}

/// `extend-cancel cancel --json --file IDS --resume RECORD > stdout`, with `stdout` opened as
/// the shell would for the redirection.
fn resume_into(env: &Env, ids: &Path, record: &Path, stdout: File) -> Ran {
    let child = env
        .command(&["cancel", "--json", "--file", ids.to_str().unwrap(), "--resume", record.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::from(stdout))
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    wait(child, WITHIN)
}

#[test]
fn the_output_file_is_never_an_input_nor_the_file_of_standard_output() {
    let env = Env::start();
    let record = temp_file("output-same.jsonl", "");
    let path = record.to_str().unwrap();
    let ran = run(env.command(&["cancel", "exr_processing", "--resume", path, "--output", path]), "");
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(
        ran.stderr.contains(&format!("--resume {path} is the file --output {path} writes to")),
        "{}",
        ran.stderr
    );
    let ran = run(env.command(&["cancel", "--file", path, "--output", path]), "");
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(
        ran.stderr.contains(&format!("--file {path} is the file --output {path} writes to")),
        "{}",
        ran.stderr
    );
    let child = env
        .command(&["cancel", "exr_processing", "--output", path])
        .stdin(Stdio::null())
        .stdout(Stdio::from(File::create(&record).expect("the record, as `>` opens it")))
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let ran = wait(child, WITHIN);
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(
        ran.stderr.contains(&format!("--output {path} is the file standard output writes to as well")),
        "{}",
        ran.stderr
    );
    assert!(env.sandbox.requests().is_empty(), "nothing sent");
}

#[test]
fn an_empty_resume_file_or_one_with_no_line_of_output_is_refused() {
    let env = Env::start();
    for (name, contents, what) in [
        ("empty.jsonl", "", "is empty"),
        ("ids.jsonl", "{\"id\":\"exr_processing\"}\n", "holds no line with an \"id\" and an \"outcome\""),
    ] {
        let resume = temp_file(name, contents);
        let ran = run(env.command(&["cancel", "exr_processing", "--resume", resume.to_str().unwrap()]), "");
        assert_eq!(ran.code(), Some(2), "{ran:?}");
        let expected = format!("error: --resume {} {what}: ", resume.display());
        assert!(ran.stderr.starts_with(&expected), "{}", ran.stderr);
        assert!(ran.stderr.contains("every run would be sent again"), "{}", ran.stderr);
    }
    assert!(env.sandbox.requests().is_empty(), "nothing sent");
}

#[test]
fn output_writes_the_json_lines_to_a_file_while_standard_output_shows_the_table() {
    let env = Env::start();
    let ids = env.processing_runs(RunKind::Classify, 3);
    let output = temp_file("output.jsonl", "");
    let mut args = vec!["cancel", "--output", output.to_str().unwrap()];
    args.extend(ids.iter().map(String::as_str));
    let ran = run(env.command(&args), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    assert!(ran.stdout.starts_with("ID "), "a table: {}", ran.stdout);
    assert_eq!(ran.stdout.lines().count(), 4, "{}", ran.stdout);
    let record = std::fs::read_to_string(&output).unwrap();
    let lines: Vec<serde_json::Value> =
        record.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 3, "{record}");
    assert!(lines.iter().all(|line| line["outcome"] == "cancelled" && line["settled"] == true), "{record}");

    // That record resumes the batch; and it is never overwritten.
    let ran = run(env.command(&["cancel", "--output", output.to_str().unwrap(), &ids[0]]), "");
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(ran.stderr.contains("is not empty"), "{}", ran.stderr);
    assert_eq!(std::fs::read_to_string(&output).unwrap(), record);
    let next = temp_file("output-2.jsonl", "");
    let mut args = vec!["cancel", "--resume", output.to_str().unwrap(), "--output", next.to_str().unwrap()];
    args.extend(ids.iter().map(String::as_str));
    let ran = run(env.command(&args), "");
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    assert!(ran.stderr.contains("Resuming: 3 runs skipped"), "{}", ran.stderr);
    assert_eq!(env.cancels().len(), 3, "each run cancelled once");
}

#[test]
fn a_closed_standard_output_stops_the_batch_and_says_where_the_record_stopped() {
    let env = Env::start();
    let count = 2000;
    // Each request waits: the batch would take long, so it is still sending when `head` closes.
    env.sandbox.inject(Fault::Delay(Duration::from_millis(20)), count);
    let ids: Vec<String> = (0..count).map(|n| format!("exr_gone_{n:05}")).collect();
    let file = temp_file("pipe-ids.txt", &ids.join("\n"));
    let mut child = env
        .command(&["cancel", "--json", "--concurrency", "2", "--file", file.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    // `| head -3`: three lines read, then the pipe closed.
    let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut first = Vec::new();
    for _ in 0..3 {
        let mut line = String::new();
        stdout.read_line(&mut line).expect("a line");
        first.push(line);
    }
    drop(stdout);
    let ran = wait(child, WITHIN);

    assert_eq!(ran.code(), Some(4), "{}", ran.stderr);
    let sent = env.cancels().len();
    // At most what fills the pipe (64 KiB, some 400 lines) before the write that fails.
    assert!(sent < 500, "the batch stopped: {sent} of {count} cancels sent");
    let lost =
        ran.stderr.lines().find(|line| line.starts_with("Output lost: ")).expect("where the record stopped");
    assert!(lost.starts_with("Output lost: standard output was closed (a broken pipe"), "{lost}");
    // Every cancel sent was reported: written to the pipe, or shown on standard error after.
    let number = |after: &str| -> usize {
        let rest = &lost[lost.find(after).unwrap_or_else(|| panic!("{after} in {lost}")) + after.len()..];
        rest.split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap()
    };
    let (written, spilled) = (number("; "), number("and the "));
    assert!(written >= 3, "{lost}");
    assert_eq!(written + spilled, sent, "{lost}");
    assert!(ran.stderr.contains(&format!("Summary: {sent} runs:")), "{}", ran.stderr);
    let stopped =
        ran.stderr.lines().find(|line| line.starts_with("The batch stopped there: ")).expect("{ran:?}");
    assert!(stopped.contains("runs were not sent") && stopped.contains("--resume"), "{stopped}");
    assert!(!ran.stderr.contains("panicked"), "{}", ran.stderr);
    assert!(first.iter().all(|line| line.contains("\"outcome\":\"not_found\"")), "{first:?}");
}
