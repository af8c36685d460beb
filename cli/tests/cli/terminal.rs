//! Progress: a bar drawn on standard error when it is a terminal (a pseudo-terminal here), a
//! plain count when it is a file, and never the bar there.

use super::{
    screen::render,
    support::{wait, wait_until, Env, Ran, WITHIN},
};
use extend_cancel::{RunKind, RunStatus};
use extend_cancel_sandbox::{BatchSeed, Fault};
use nix::{
    pty::{openpty, Winsize},
    sys::signal::{kill, Signal},
    unistd::Pid,
};
use std::{
    fs::File,
    io::{Read, Write},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    thread::{self, JoinHandle},
    time::{Duration, Instant},
};

/// A pseudo-terminal a command's standard error is on.
struct Terminal {
    /// Its keyboard side: what is written there is typed.
    keyboard: File,
    /// All it received so far.
    received: Arc<Mutex<Vec<u8>>>,
    /// The thread reading it, done once the command is gone.
    reader: JoinHandle<()>,
}

/// A command started with its standard error on a pseudo-terminal `columns` wide (standard
/// output piped).
fn on_terminal(mut command: Command, columns: u16) -> (Child, Terminal) {
    let size = Winsize { ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0 };
    let pty = openpty(Some(&size), None).expect("a pseudo-terminal");
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::from(pty.slave));
    let child = command.spawn().expect("the command starts");
    // The terminal's only writer is the child now: reading ends when it exits.
    drop(command);
    let mut screen = File::from(pty.master);
    let keyboard = screen.try_clone().expect("the terminal's input side");
    let received = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&received);
    let reader = thread::spawn(move || {
        let mut buffer = [0; 4096];
        // Linux answers EIO once the last writer is gone: the end of the output.
        while let Ok(n @ 1..) = screen.read(&mut buffer) {
            sink.lock().unwrap().extend_from_slice(&buffer[..n]);
        }
    });
    (child, Terminal { keyboard, received, reader })
}

impl Terminal {
    /// Ctrl-C as a person presses it: the terminal echoes `^C` where its cursor is (and
    /// discards the output not shown yet), then the signal comes. The child has no controlling
    /// terminal here, so the signal is sent apart, once the echo is seen: the terminal takes the
    /// key on a thread of its own, and sent sooner the child's answer could be discarded.
    fn press_ctrl_c(&mut self, child: &Child) {
        let before = self.echoes();
        self.keyboard.write_all(b"\x03").expect("^C typed");
        wait_until("the terminal echoed ^C", || self.echoes() > before);
        kill(Pid::from_raw(child.id() as i32), Signal::SIGINT).expect("SIGINT sent");
    }

    /// How many `^C` the terminal echoed so far.
    fn echoes(&self) -> usize {
        self.received.lock().unwrap().windows(2).filter(|pair| pair == b"^C").count()
    }

    /// All the terminal received, once the command is gone.
    fn output(self) -> Vec<u8> {
        self.reader.join().expect("the terminal reader");
        std::mem::take(&mut *self.received.lock().unwrap())
    }
}

/// Asserts that nothing of the bar is left on `screen` (its lines once drawn).
fn no_bar_left(screen: &[String], raw: &[u8]) {
    assert!(String::from_utf8_lossy(raw).contains("ETA "), "the bar was drawn: {raw:?}");
    for line in screen {
        assert!(
            !line.contains("ETA ") && !line.contains(" runs  "),
            "left on the screen: {line:?}\n{screen:#?}\n{:?}",
            String::from_utf8_lossy(raw)
        );
    }
}

#[test]
fn the_progress_bar_is_drawn_when_stderr_is_a_terminal() {
    let env = Env::start();
    let ids = env.processing_runs(RunKind::Classify, 3);
    // Slow enough for the bar to be drawn while the batch runs (it ticks every 200 ms).
    env.sandbox.inject(Fault::Delay(Duration::from_millis(700)), 3);
    let mut args = vec!["cancel", "--concurrency", "1"];
    args.extend(ids.iter().map(String::as_str));
    let (child, terminal) = on_terminal(env.command(&args), 120);
    let ran = wait(child, WITHIN);
    let screen = String::from_utf8_lossy(&terminal.output()).into_owned();

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

/// The width of the terminals below: the bar's line nearly fills it, so that an echoed `^C`
/// at its end would wrap.
const COLUMNS: u16 = 80;

/// `count` runs of `kind` cancelled one at a time on a terminal, each request taking `delay`:
/// the bar is drawn while they go.
fn slow_batch_on_terminal(env: &Env, kind: RunKind, count: u32, delay: Duration) -> (Child, Terminal) {
    let ids = env.processing_runs(kind, count as usize);
    env.sandbox.inject(Fault::Delay(delay), count);
    let mut args = vec!["cancel", "--concurrency", "1"];
    args.extend(ids.iter().map(String::as_str));
    on_terminal(env.command(&args), COLUMNS)
}

/// How the command ended, what the terminal received, and the screen it left.
fn ended(child: Child, terminal: Terminal) -> (Ran, Vec<u8>, Vec<String>) {
    let ran = wait(child, WITHIN);
    let raw = terminal.output();
    let lines = render(&raw, COLUMNS.into());
    (ran, raw, lines)
}

#[test]
fn ctrl_c_leaves_nothing_of_the_bar_on_the_screen() {
    let env = Env::start();
    // 700 ms each: Ctrl-C comes mid-batch.
    let (child, mut terminal) =
        slow_batch_on_terminal(&env, RunKind::Extract, 20, Duration::from_millis(700));
    wait_until("the first cancel was answered", || !env.cancels().is_empty());
    thread::sleep(Duration::from_millis(300));
    terminal.press_ctrl_c(&child);
    let (ran, raw, screen) = ended(child, terminal);

    assert_eq!(ran.code(), Some(130), "{ran:?}\n{screen:#?}");
    no_bar_left(&screen, &raw);
    assert!(
        screen.iter().any(|line| line.starts_with("Interrupted: no further cancel is sent")),
        "{screen:#?}"
    );
    assert!(screen.iter().any(|line| line.starts_with("Summary: ")), "{screen:#?}");
}

#[test]
fn a_second_ctrl_c_clears_the_bar_and_quits_at_once() {
    let env = Env::start();
    // A cancel in flight for ten seconds: the second Ctrl-C does not wait for it.
    let (child, mut terminal) = slow_batch_on_terminal(&env, RunKind::Split, 5, Duration::from_secs(10));
    // The bar is drawn (every 200 ms) while the first cancel waits.
    thread::sleep(Duration::from_millis(800));
    terminal.press_ctrl_c(&child);
    thread::sleep(Duration::from_millis(500));
    let pressed = Instant::now();
    terminal.press_ctrl_c(&child);
    let (ran, raw, screen) = ended(child, terminal);
    assert!(pressed.elapsed() < Duration::from_secs(5), "quit at once: {:?}", pressed.elapsed());

    assert_eq!(ran.code(), Some(130), "{ran:?}\n{screen:#?}");
    no_bar_left(&screen, &raw);
    assert!(screen.iter().any(|line| line == "Interrupted again: quitting now."), "{screen:#?}");
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
    assert!(stderr.ends_with("Summary: 3 runs: 3 cancelled, 0 already cancelled, 0 already finished (0 processed, 0 failed), 0 not found, 0 pending, 0 cancelling, 0 failed, 0 not sent.\n"), "{stderr}");
}

/// A batch `bpr_counted` of 12 extract runs, 3 of them PROCESSING, whose lookup, listing and
/// cancels each take 700 ms.
fn slow_counted_batch(env: &Env) {
    let batch =
        BatchSeed::new("bpr_counted", 12).statuses([(RunStatus::Processing, 1), (RunStatus::Processed, 3)]);
    assert_eq!(env.sandbox.seed_batch(&batch), 12);
    // The lookup, a page of each of the three kinds, three cancels.
    env.sandbox.inject(Fault::Delay(Duration::from_millis(700)), 7);
}

#[test]
fn a_batch_s_bar_counts_against_the_runs_its_lookup_counted() {
    let env = Env::start();
    slow_counted_batch(&env);
    let (child, terminal) =
        on_terminal(env.command(&["cancel", "--batch", "bpr_counted", "--concurrency", "1"]), 120);
    let ran = wait(child, WITHIN);
    let screen = String::from_utf8_lossy(&terminal.output()).into_owned();

    assert_eq!(ran.code(), Some(0), "{ran:?}\n{screen}");
    assert!(screen.contains("/12 runs of the batch"), "the batch's runCount as the total: {screen:?}");
    assert!(screen.contains("\r"), "redrawn in place: {screen:?}");
    assert!(screen.contains("Summary: 3 runs: 3 cancelled"), "{screen:?}");
}

#[test]
fn a_batch_s_plain_count_says_of_how_many_runs() {
    let env = Env::start();
    slow_counted_batch(&env);
    let log = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("stderr-batch-{}.log", std::process::id()));
    let child = env
        .command(&["cancel", "--batch", "bpr_counted", "--concurrency", "1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(File::create(&log).expect("a log file"))
        .spawn()
        .expect("the command starts");
    let ran = wait(child, WITHIN);
    let stderr = std::fs::read_to_string(&log).expect("the log");
    assert_eq!(ran.code(), Some(0), "{ran:?}\n{stderr}");

    let counts: Vec<&str> = stderr.lines().filter(|line| line.starts_with("progress: ")).collect();
    assert!(!counts.is_empty(), "{stderr}");
    for count in counts {
        let (done, rest) = count["progress: ".len()..]
            .split_once("/12 runs of the batch done, ")
            .expect("N/12 runs of the batch done, R/s");
        assert!(done.parse::<u32>().is_ok_and(|done| done <= 3), "{count}");
        assert!(rest.strip_suffix("/s").is_some_and(|rate| rate.parse::<f64>().is_ok()), "{count}");
    }
}
