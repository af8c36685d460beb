//! A batch that cannot succeed stops: against the sandbox with a wrong key, and against a
//! port that refuses connections, 5,000 ids end within seconds with one line saying why and
//! how many runs were not sent, exit status 3, and every run reported once in the JSON lines
//! (those not sent as `not_sent`, which `--resume` sends next time).

use crate::support::{bare_command, run, temp_file, Env};
use std::{
    collections::HashSet,
    time::{Duration, Instant},
};

/// 5,000 ids of all four kinds, one per line.
fn ids_file(name: &str) -> std::path::PathBuf {
    let ids: Vec<String> =
        (0..5000).map(|n| format!("{}_{n:05}", ["exr", "clr", "splr", "dpr"][n % 4])).collect();
    temp_file(name, &ids.join("\n"))
}

#[test]
fn a_wrong_key_stops_at_once_with_the_cause_and_the_not_sent_count() {
    let env = Env::start();
    let file = ids_file("stop-wrong-key.txt");
    let mut command = env.command(&["cancel", "--json", "--file", file.to_str().unwrap()]);
    command.env("EXTEND_API_KEY", "sk_wrong_key");
    let started = Instant::now();
    let ran = run(command, "");
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
    assert_eq!(ran.code(), Some(3), "{}", ran.stderr);
    let sent = env.sandbox.requests().len();
    assert!((1..=8).contains(&sent), "{sent} requests sent");
    let lines = ran.json_lines();
    let ids: HashSet<&str> = lines.iter().map(|line| line["id"].as_str().unwrap()).collect();
    assert_eq!((lines.len(), ids.len()), (5000, 5000), "every run reported once");
    let not_sent = lines.iter().filter(|line| line["outcome"] == "not_sent").count();
    assert_eq!(not_sent, 5000 - sent);
    let line = lines.iter().find(|line| line["outcome"] == "not_sent").unwrap();
    assert_eq!((&line["settled"], &line["error"]["httpStatus"]), (&false.into(), &401.into()), "{line}");
    let stop = ran.stderr.lines().find(|line| line.starts_with("stopped: ")).expect("the stop line");
    assert!(stop.starts_with("stopped: the API key was refused: Extend API error: HTTP 401"), "{stop}");
    assert!(stop.contains("request id req_sandbox_"), "{stop}");
    let count = format!("{},{:03}", (5000 - sent) / 1000, (5000 - sent) % 1000);
    assert!(stop.ends_with(&format!(": check EXTEND_API_KEY; {count} runs were not sent.")), "{stop}");
    assert!(!ran.stderr.contains("sk_wrong_key") && !ran.stdout.contains("sk_wrong_key"));
    assert!(ran.stderr.contains(&format!(", {} not sent.", 5000 - sent)), "{}", ran.stderr);
}

#[test]
fn a_refused_port_stops_after_the_set_failures_naming_the_host_and_the_cause() {
    // Bound but not listening: connections are refused, and no other test can take the port.
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.bind(&"127.0.0.1:0".parse::<std::net::SocketAddr>().unwrap().into()).unwrap();
    let port = socket.local_addr().unwrap().as_socket().unwrap().port();
    let url = format!("http://127.0.0.1:{port}");
    let file = ids_file("stop-refused.txt");
    let mut command = bare_command(&[
        "cancel",
        "--json",
        "--stop-after",
        "4",
        "--base-url",
        &url,
        "--file",
        file.to_str().unwrap(),
    ]);
    command.env("EXTEND_API_KEY", "sk_test");
    let started = Instant::now();
    let ran = run(command, "");
    // Three attempts per run (about 3 s of back-off), in parallel, then the stop.
    assert!(started.elapsed() < Duration::from_secs(15), "{:?}", started.elapsed());
    assert_eq!(ran.code(), Some(3), "{}", ran.stderr);
    let lines = ran.json_lines();
    assert_eq!(lines.len(), 5000);
    let failed: Vec<_> = lines.iter().filter(|line| line["outcome"] == "failed").collect();
    assert!((4..=11).contains(&failed.len()), "{} failed", failed.len());
    let message = failed[0]["error"]["message"].as_str().unwrap();
    assert_eq!(message, format!("could not reach {url}: connection refused (after 3 attempt(s))"));
    let stop = ran.stderr.lines().find(|line| line.starts_with("stopped: ")).expect("the stop line");
    assert!(stop.starts_with(&format!("stopped: 4 runs in a row failed for a reason that is not about the run: could not reach {url}: connection refused")), "{stop}");
    assert!(stop.contains("check --base-url / --env (EXTEND_BASE_URL) and the network;"), "{stop}");
    assert_eq!(lines.iter().filter(|line| line["outcome"] == "not_sent").count(), 5000 - failed.len());
}

#[test]
fn the_runs_not_sent_are_sent_by_the_next_run_with_resume() {
    let env = Env::start();
    let ids = env.processing_runs(extend_cancel::RunKind::Extract, 30);
    let file = temp_file("stop-resume-ids.txt", &ids.join("\n"));
    let mut first =
        env.command(&["cancel", "--json", "--concurrency", "1", "--file", file.to_str().unwrap()]);
    first.env("EXTEND_API_KEY", "sk_wrong_key");
    let ran = run(first, "");
    assert_eq!(ran.code(), Some(3), "{}", ran.stderr);
    let record = temp_file("stop-resume-out.jsonl", &ran.stdout);
    let second = env.command(&[
        "cancel",
        "--json",
        "--file",
        file.to_str().unwrap(),
        "--resume",
        record.to_str().unwrap(),
    ]);
    let again = run(second, "");
    assert_eq!(again.code(), Some(0), "{}", again.stderr);
    // Nothing was settled the first time: every run is sent, and cancelled, now.
    assert_eq!(again.json_lines().iter().filter(|line| line["outcome"] == "cancelled").count(), 30);
}

#[test]
fn plain_http_off_loopback_is_refused_unless_allowed() {
    let mut command = bare_command(&["cancel", "--base-url", "http://proxy.invalid:8080", "exr_1"]);
    command.env("EXTEND_API_KEY", "sk_test");
    let ran = run(command, "");
    assert_eq!(ran.code(), Some(2), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("refusing to send the API key in clear to http://proxy.invalid:8080"),
        "{}",
        ran.stderr
    );
    assert!(ran.stdout.is_empty());
}

#[test]
fn a_wrong_key_stops_a_batch_at_its_lookup_with_the_stop_line() {
    let env = Env::start();
    let mut command = env.command(&["cancel", "--batch", "bpr_demo", "--json"]);
    command.env("EXTEND_API_KEY", "sk_wrong_key");
    let ran = run(command, "");
    assert_eq!(ran.code(), Some(3), "{ran:?}");
    assert_eq!(ran.stdout, "");
    assert_eq!(ran.stderr.lines().count(), 1, "one line: {}", ran.stderr);
    let stop = ran.stderr.trim_end();
    assert!(stop.starts_with("stopped: the API key was refused: Extend API error: HTTP 401"), "{stop}");
    assert!(stop.contains("request id req_sandbox_1"), "{stop}");
    assert!(stop.ends_with(": check EXTEND_API_KEY; nothing was cancelled."), "{stop}");
    assert!(!ran.stderr.contains("sk_wrong_key"));
    let sent: Vec<String> = env.sandbox.requests().into_iter().map(|r| r.path_and_query()).collect();
    assert_eq!(sent, ["/batch_runs/bpr_demo"], "the lookup alone");
}
