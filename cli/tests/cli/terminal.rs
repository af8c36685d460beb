//! Progress: a bar drawn on standard error when it is a terminal (a pseudo-terminal here), a
//! plain count when it is a file, and never the bar there.

use super::support::{wait, Env, WITHIN};
use extend_cancel::RunKind;
use extend_cancel_sandbox::Fault;
use nix::pty::{openpty, Winsize};
use std::{fs::File, io::Read, process::Stdio, thread, time::Duration};

#[test]
fn the_progress_bar_is_drawn_when_stderr_is_a_terminal() {
    let env = Env::start();
    let ids = env.processing_runs(RunKind::Classify, 3);
    // Slow enough for the bar to be drawn while the batch runs (it ticks every 200 ms).
    env.sandbox.inject(Fault::Delay(Duration::from_millis(700)), 3);
    let size = Winsize { ws_row: 24, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0 };
    let pty = openpty(Some(&size), None).expect("a pseudo-terminal");
    let mut args = vec!["cancel", "--concurrency", "1"];
    args.extend(ids.iter().map(String::as_str));
    let mut command = env.command(&args);
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::from(pty.slave));
    let child = command.spawn().expect("the command starts");
    // The terminal's only writer is the child now: reading ends when it exits.
    drop(command);
    let mut terminal = File::from(pty.master);
    let screen = thread::spawn(move || {
        let mut bytes = Vec::new();
        // Linux answers EIO once the last writer is gone: the end of the output.
        let _ = terminal.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    });
    let ran = wait(child, WITHIN);
    let screen = screen.join().expect("the terminal reader");

    assert_eq!(ran.code(), Some(0), "{ran:?}\n{screen}");
    assert!(screen.contains("/3 runs"), "{screen:?}");
    assert!(screen.contains("ETA "), "{screen:?}");
    assert!(screen.contains("/s"), "{screen:?}");
    assert!(screen.contains("\r"), "redrawn in place: {screen:?}");
    assert!(screen.contains("Summary: 3 runs: 3 cancelled"), "{screen:?}");
    // The table went to standard output, untouched by the bar.
    assert_eq!(ran.stdout.lines().count(), 4, "{}", ran.stdout);
    assert!(!ran.stdout.contains('\x1b') && !ran.stdout.contains("ETA "), "{:?}", ran.stdout);
}

#[test]
fn stderr_in_a_file_gets_a_plain_count_and_never_the_bar() {
    let env = Env::start();
    let ids = env.processing_runs(RunKind::Split, 3);
    // Three seconds in all, one at a time: longer than the two seconds between counts.
    env.sandbox.inject(Fault::Delay(Duration::from_secs(1)), 3);
    let log =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("stderr-{}.log", std::process::id()));
    let mut args = vec!["cancel", "--concurrency", "1"];
    args.extend(ids.iter().map(String::as_str));
    let child = env
        .command(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(File::create(&log).expect("a log file"))
        .spawn()
        .expect("the command starts");
    let ran = wait(child, WITHIN);
    let stderr = std::fs::read_to_string(&log).expect("the log");
    assert_eq!(ran.code(), Some(0), "{ran:?}\n{stderr}");

    assert!(!stderr.contains('\x1b') && !stderr.contains('\r') && !stderr.contains("ETA "), "{stderr:?}");
    let counts: Vec<&str> = stderr.lines().filter(|line| line.starts_with("progress: ")).collect();
    assert!(!counts.is_empty(), "{stderr}");
    for count in counts {
        let (done, rest) =
            count["progress: ".len()..].split_once("/3 runs done, ").expect("N/3 runs done, R/s");
        assert!(done.parse::<u32>().is_ok_and(|done| done <= 3), "{count}");
        assert!(rest.strip_suffix("/s").is_some_and(|rate| rate.parse::<f64>().is_ok()), "{count}");
    }
    assert!(stderr.ends_with("Summary: 3 runs: 3 cancelled, 0 already cancelled, 0 already finished (0 processed, 0 failed), 0 not found, 0 pending, 0 failed, 0 not sent.\n"), "{stderr}");
}
