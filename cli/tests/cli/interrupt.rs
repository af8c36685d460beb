//! Ctrl-C in the middle of a batch, and `--resume` finishing it.

use super::support::{run, temp_file, wait, wait_until, Env, WITHIN};
use extend_cancel::RunKind;
use extend_cancel_sandbox::{BatchSeed, Fault};
use nix::{sys::signal, unistd::Pid};
use std::{collections::HashMap, process::Stdio, time::Duration};

#[test]
fn sigint_mid_batch_stops_sending_reports_and_resume_finishes_without_cancelling_twice() {
    let env = Env::start();
    let ids = env.processing_runs(RunKind::Extract, 20);
    // Every request waits a second: two at a time, the batch would take ten seconds, so it is
    // interrupted after the first answers whatever the machine's speed.
    env.sandbox.inject(Fault::Delay(Duration::from_secs(1)), 20);
    let ids_file = temp_file("ids.txt", &(ids.join("\n") + "\n"));
    let ids_arg = ids_file.to_str().unwrap();

    let child = env
        .command(&["cancel", "--json", "--concurrency", "2", "--file", ids_arg])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    wait_until("the first cancel was answered", || !env.sandbox.requests().is_empty());
    signal::kill(Pid::from_raw(child.id() as i32), signal::Signal::SIGINT).expect("SIGINT sent");
    let first = wait(child, WITHIN);

    assert_eq!(first.code(), Some(130), "{first:?}");
    let answered = env.cancels();
    let printed = first.json_lines();
    // The cancels in flight finished and were reported; nothing was sent after.
    assert_eq!(printed.len(), answered.len(), "{first:?}");
    assert!(answered.len() < ids.len(), "the batch was interrupted: {answered:?}");
    assert!(
        printed.iter().all(|line| line["outcome"] == "cancelled" && line["settled"] == true),
        "{first:?}"
    );
    let summary = format!("Summary: {n} runs: {n} cancelled,", n = answered.len());
    assert!(first.stderr.contains(&summary), "{}", first.stderr);
    assert!(
        first.stderr.contains(&format!("Interrupted: {} runs not sent.", ids.len() - answered.len())),
        "{}",
        first.stderr
    );

    // Take it up again from the first run's output.
    env.sandbox.clear_faults();
    let earlier = temp_file("first.jsonl", &first.stdout);
    let second =
        run(env.command(&["cancel", "--json", "--file", ids_arg, "--resume", earlier.to_str().unwrap()]), "");
    assert_eq!(second.code(), Some(0), "{second:?}");
    assert_eq!(second.json_lines().len(), ids.len() - answered.len(), "{second:?}");
    assert!(
        second.stderr.contains(&format!("Resuming: {} runs skipped", answered.len())),
        "{}",
        second.stderr
    );

    // Every run was cancelled exactly once over the two runs.
    let mut times: HashMap<String, usize> = HashMap::new();
    for id in env.cancels() {
        *times.entry(id).or_default() += 1;
    }
    for id in &ids {
        assert_eq!(times.get(id), Some(&1), "{id} in {times:?}");
        assert_eq!(env.sandbox.run(id).unwrap().status(), "CANCELLED");
    }
    assert_eq!(times.len(), ids.len());
}

#[test]
fn sigint_during_a_filter_batch_stops_sending_lets_cancels_in_flight_finish_and_running_it_again_finishes() {
    let env = Env::start();
    let batch = BatchSeed::new("bpr_slow", 20);
    env.sandbox.seed_batch(&batch);
    // Every request (list pages included) waits a second: interrupted after the first answer,
    // most runs are still PROCESSING.
    env.sandbox.inject(Fault::Delay(Duration::from_secs(1)), 40);
    let child = env
        .command(&["cancel", "--batch", "bpr_slow", "--json", "--concurrency", "2"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    // The batch's lookup comes first: interrupted once its runs are being listed.
    wait_until("the first list request was answered", || {
        env.sandbox.requests().iter().any(|r| !r.path.starts_with("/batch_runs/"))
    });
    signal::kill(Pid::from_raw(child.id() as i32), signal::Signal::SIGINT).expect("SIGINT sent");
    let first = wait(child, WITHIN);
    assert_eq!(first.code(), Some(130), "{first:?}");
    assert!(first.stderr.contains("Interrupted: no further cancel is sent"), "{}", first.stderr);
    assert!(first.stderr.contains("the cancels in flight finished"), "{}", first.stderr);
    assert!(first.stderr.contains("Summary: "), "{}", first.stderr);
    // Every cancel the sandbox answered was reported, settled; none was abandoned.
    let answered = env.cancels();
    let printed = first.json_lines();
    assert_eq!(printed.len(), answered.len(), "{first:?}");
    assert!(printed.iter().all(|line| line["outcome"] == "cancelled"), "{first:?}");
    let cancelled =
        (1..=batch.count()).filter(|&n| env.sandbox.run(&batch.id(n)).unwrap().status() == "CANCELLED");
    assert!(cancelled.count() < batch.count(), "the batch was interrupted");

    // The same command again lists what is still PROCESSING and finishes the batch.
    env.sandbox.clear_faults();
    let second = run(env.command(&["cancel", "--batch", "bpr_slow", "--json"]), "");
    assert_eq!(second.code(), Some(0), "{second:?}");
    for n in 1..=batch.count() {
        assert_eq!(env.sandbox.run(&batch.id(n)).unwrap().status(), "CANCELLED", "{}", batch.id(n));
    }
}
