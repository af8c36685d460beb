//! SIGTERM and SIGINT stop `extend-cancel sandbox` gracefully, also when it is PID 1 (as in a
//! container, where the kernel applies no default action to a signal).

use super::sandbox_support::{exchange, get, Served, Stopped};
use nix::sys::signal::Signal;
use std::{
    process::{Command, Stdio},
    thread,
    time::{Duration, Instant},
};

/// The most a stop may take.
const STOP_WITHIN: Duration = Duration::from_secs(1);

fn assert_stopped(stopped: &Stopped) {
    assert_eq!(stopped.status.code(), Some(0), "{stopped:?}");
    assert!(stopped.stderr.ends_with("Stopped.\n"), "{}", stopped.stderr);
    assert!(stopped.took < STOP_WITHIN, "stopped after {:?}", stopped.took);
}

#[test]
fn sigterm_and_sigint_stop_the_sandbox_within_a_second_with_exit_status_0() {
    for signal in [Signal::SIGTERM, Signal::SIGINT] {
        let mut served = Served::start(&[]);
        let answer = exchange(served.addr, get("/extract_runs/exr_processing").as_bytes());
        assert_eq!(answer.status, 200, "{answer:?}");
        // The log line read, so that none is left unwritten.
        let mut line = String::new();
        std::io::BufRead::read_line(&mut served.stdout, &mut line).expect("the log line");
        // An idle keep-alive connection does not hold the stop up.
        let _idle = std::net::TcpStream::connect(served.addr).expect("a connection");
        let stopped = served.stop(signal);
        assert_stopped(&stopped);
    }
}

#[test]
fn sigterm_stops_the_sandbox_running_as_pid_1() {
    // `unshare` needs privileges (root, or user namespaces): without them the test has
    // nothing to run in. CI runs it as root.
    let probe = Command::new("unshare").args(["--pid", "--fork", "--mount-proc", "true"]).output();
    match probe {
        Ok(output) if output.status.success() => {}
        Ok(output) => {
            let reason = String::from_utf8_lossy(&output.stderr);
            eprintln!(
                "SKIPPED: `unshare --pid --fork --mount-proc` is not permitted here: {}",
                reason.trim()
            );
            return;
        }
        Err(e) => {
            eprintln!("SKIPPED: `unshare` is not available here: {e}");
            return;
        }
    }
    let mut command = Command::new("unshare");
    command
        .args(["--pid", "--fork", "--mount-proc", env!("CARGO_BIN_EXE_extend-cancel"), "sandbox"])
        .env_remove("EXTEND_API_KEY")
        .stdin(Stdio::null());
    let served = Served::spawn(command);
    // `unshare` forks the sandbox into the new namespace, where it is PID 1; outside, it has
    // another pid, the child of `unshare`.
    let unshare = served.child.id();
    let deadline = Instant::now() + Duration::from_secs(10);
    let sandbox = loop {
        let children = std::fs::read_to_string(format!("/proc/{unshare}/task/{unshare}/children"));
        if let Some(pid) = children.ok().and_then(|c| c.split_whitespace().next()?.parse::<u32>().ok()) {
            break pid;
        }
        assert!(Instant::now() < deadline, "no child of unshare");
        thread::sleep(Duration::from_millis(10));
    };
    let status = std::fs::read_to_string(format!("/proc/{sandbox}/status")).expect("its status");
    let ns_pid = status.lines().find(|line| line.starts_with("NSpid:")).expect("an NSpid line");
    assert!(ns_pid.trim_end().ends_with("\t1"), "not PID 1 in its namespace: {ns_pid}");
    let answer = exchange(served.addr, get("/extract_runs/exr_processing").as_bytes());
    assert_eq!(answer.status, 200, "{answer:?}");
    let mut served = served;
    let mut line = String::new();
    std::io::BufRead::read_line(&mut served.stdout, &mut line).expect("the log line");
    let stopped = served.stop_pid(sandbox, Signal::SIGTERM);
    assert_stopped(&stopped);
}
