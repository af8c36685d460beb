//! `extend-cancel sandbox`: a standalone server another process (here the command itself)
//! talks to, logging one line per request.

use super::support::{bare_command, run, temp_file, wait, WITHIN};
use nix::{sys::signal, unistd::Pid};
use std::{
    io::{BufRead, BufReader},
    net::TcpListener,
    process::{ChildStdout, Stdio},
    sync::mpsc,
    thread,
};

/// Its stdout, line by line, without blocking the test past [`WITHIN`].
fn lines(stdout: ChildStdout) -> mpsc::Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    receiver
}

fn next(lines: &mpsc::Receiver<String>) -> String {
    lines.recv_timeout(WITHIN).expect("a line from the sandbox within the time limit")
}

#[test]
fn the_sandbox_serves_other_processes_on_its_port_and_logs_each_request() {
    // A port that was free a moment ago.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port().to_string();
    let mut child = bare_command(&["sandbox", "--port", &port, "--seed", "demo"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sandbox starts");
    let out = lines(child.stdout.take().unwrap());
    let base_url = format!("http://127.0.0.1:{port}");
    assert_eq!(next(&out), format!("EXTEND_BASE_URL={base_url}"));
    assert_eq!(next(&out), "EXTEND_API_KEY=sk_sandbox");
    assert_eq!(next(&out), "EXTEND_WORKSPACE_ID=ws_sandbox");

    let client = |args: &[&str]| {
        let mut command = bare_command(args);
        command.env("EXTEND_API_KEY", "sk_sandbox").env("EXTEND_BASE_URL", &base_url);
        run(command, "")
    };
    let ran = client(&["cancel", "--json", "exr_processing"]);
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    assert_eq!(ran.line_of("exr_processing")["outcome"], "cancelled");
    assert_eq!(
        next(&out),
        "POST /extract_runs/exr_processing/cancel 200 req_sandbox_1 api-version=2026-02-09"
    );

    // The demo seed's batches are there to look up and list.
    let ran =
        client(&["cancel", "--batch", "bpr_demo_receipts", "--dry-run", "--json", "--concurrency", "1"]);
    assert_eq!(ran.code(), Some(0), "{ran:?}");
    assert!(!ran.json_lines().is_empty(), "{ran:?}");
    assert_eq!(next(&out), "GET /batch_runs/bpr_demo_receipts 200 req_sandbox_2 api-version=2026-02-09");
    let logged = next(&out);
    assert!(logged.starts_with("GET /extract_runs?"), "{logged}");
    assert!(
        logged.contains("batchId=bpr_demo_receipts") && logged.contains(" 200 req_sandbox_3 "),
        "{logged}"
    );

    signal::kill(Pid::from_raw(child.id() as i32), signal::Signal::SIGINT).expect("SIGINT sent");
    let stopped = wait(child, WITHIN);
    assert_eq!(stopped.code(), Some(0), "{stopped:?}");
    assert!(
        stopped.stderr.contains(&format!("serving 589 runs on {base_url} until stopped")),
        "{}",
        stopped.stderr
    );
    assert!(stopped.stderr.ends_with("Stopped.\n"), "{}", stopped.stderr);
}

#[test]
fn a_port_in_use_or_a_bad_seed_file_stops_the_sandbox_with_a_reason() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let ran = run(bare_command(&["sandbox", "--port", &port]), "");
    assert_eq!(ran.code(), Some(1), "{ran:?}");
    assert!(
        ran.stderr.starts_with(&format!("error: could not start the sandbox on 127.0.0.1, port {port}: ")),
        "{}",
        ran.stderr
    );
    assert!(ran.stdout.is_empty());

    let seed = temp_file("seed.json", r#"[{"id": "exr_1", "status": "RUNNING"}]"#);
    let ran = run(bare_command(&["sandbox", "--seed", seed.to_str().unwrap()]), "");
    assert_eq!(ran.code(), Some(2), "{ran:?}");
    assert!(ran.stderr.starts_with(&format!("error: --seed {}: ", seed.display())), "{}", ran.stderr);
    assert!(ran.stdout.is_empty(), "nothing is served: {}", ran.stdout);
}
