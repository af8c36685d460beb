//! Progress on standard error: a bar with rate and ETA when it is a terminal, a plain count
//! every few seconds otherwise (a log file gets no escape sequences and no redraws).

use crate::exit;
use console::Term;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle, TermLike};
use std::{
    io::{self, IsTerminal, Write},
    time::{Duration, Instant},
};

/// How often the plain count is printed when standard error is not a terminal.
pub const PLAIN_EVERY: Duration = Duration::from_secs(2);

/// The bar with a known number of runs, with a batch's number of runs (of which only those
/// that can be cancelled are done: no ETA), and without (runs found by listing).
const BAR_TEMPLATE: &str = "{spinner} {elapsed_precise} [{bar:30}] {pos}/{len} runs  {rate}  ETA {eta}";
const BATCH_TEMPLATE: &str = "{spinner} {elapsed_precise} [{bar:30}] {pos}/{len} runs of the batch  {rate}";
const SPINNER_TEMPLATE: &str = "{spinner} {elapsed_precise} {pos} runs  {rate}";

/// How many runs a batch has, as far as is known before it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Total {
    /// Found as the batch goes (a filter's listing).
    Unknown,
    /// Exactly this many (the ids given).
    Runs(u64),
    /// The runs of a batch the API counted (its `runCount`): those that can be cancelled are
    /// among them, the others are never done.
    OfBatch(u64),
}

/// The progress of one batch.
pub struct Progress {
    mode: Mode,
}

enum Mode {
    Bar(ProgressBar),
    Plain { total: Total, done: u64, started: Instant },
}

impl Progress {
    /// Progress for `total` runs.
    pub fn new(total: Total) -> Self {
        let mode = if std::io::stderr().is_terminal() {
            let target =
                || ProgressDrawTarget::term_like_with_hz(Box::new(Margin(Term::buffered_stderr())), 20);
            let (bar, template) = match total {
                Total::Runs(total) => (ProgressBar::with_draw_target(Some(total), target()), BAR_TEMPLATE),
                Total::OfBatch(total) => {
                    (ProgressBar::with_draw_target(Some(total), target()), BATCH_TEMPLATE)
                }
                Total::Unknown => (ProgressBar::with_draw_target(None, target()), SPINNER_TEMPLATE),
            };
            // The templates are constants; a bad one is a bug caught by the tests.
            let style = ProgressStyle::with_template(template)
                .expect("a valid template")
                .progress_chars("=> ")
                // Runs per second with one decimal (indicatif's {per_sec} shows four).
                .with_key("rate", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.1}/s", state.per_sec());
                });
            bar.set_style(style);
            // Redrawn while waiting, so the spinner, rate and ETA stay current.
            bar.enable_steady_tick(Duration::from_millis(200));
            Mode::Bar(bar)
        } else {
            Mode::Plain { total, done: 0, started: Instant::now() }
        };
        Progress { mode }
    }

    /// One more run done.
    pub fn inc(&mut self) {
        match &mut self.mode {
            Mode::Bar(bar) => bar.inc(1),
            Mode::Plain { done, .. } => *done += 1,
        }
    }

    /// Writes `text` and a newline to standard output without tearing the bar.
    pub fn println(&self, text: &str) -> std::io::Result<()> {
        let write = || {
            let mut stdout = std::io::stdout().lock();
            writeln!(stdout, "{text}")?;
            stdout.flush()
        };
        match &self.mode {
            Mode::Bar(bar) => bar.suspend(write),
            Mode::Plain { .. } => write(),
        }
    }

    /// Writes `text` to standard error without tearing the bar.
    pub fn eprintln(&self, text: &str) {
        match &self.mode {
            Mode::Bar(bar) => bar.suspend(|| exit::note(text)),
            Mode::Plain { .. } => exit::note(text),
        }
    }

    /// Called every [`PLAIN_EVERY`]: prints the plain count (the bar draws itself).
    pub fn tick(&self) {
        if let Mode::Plain { total, done, started } = &self.mode {
            let rate = *done as f64 / started.elapsed().as_secs_f64().max(0.001);
            exit::note(&match total {
                Total::Runs(total) => format!("progress: {done}/{total} runs done, {rate:.1}/s"),
                Total::OfBatch(total) => {
                    format!("progress: {done}/{total} runs of the batch done, {rate:.1}/s")
                }
                Total::Unknown => format!("progress: {done} runs done, {rate:.1}/s"),
            });
        }
    }

    /// Removes the bar before the summary.
    pub fn finish(self) {
        if let Mode::Bar(bar) = self.mode {
            bar.finish_and_clear();
        }
    }
}

/// How many columns the bar leaves free at the end of its line: room for the `^C` a terminal
/// echoes when Ctrl-C is pressed.
const ECHO_ROOM: u16 = 2;

/// Standard error as the bar's terminal, [`ECHO_ROOM`] columns narrower than it is.
///
/// indicatif pads the bar's line to the terminal's full width, which leaves the cursor at the
/// very end of the line: the `^C` echoed at a Ctrl-C then wraps onto a line of its own, and
/// clearing "the bar" clears that line, leaving the bar on the screen for good. Two columns
/// short of the width, the echo stays on the bar's line and is cleared with it.
#[derive(Debug)]
struct Margin(Term);

/// Everything but the width is the terminal's own.
impl TermLike for Margin {
    fn width(&self) -> u16 {
        self.0.size().1.saturating_sub(ECHO_ROOM).max(1)
    }

    fn height(&self) -> u16 {
        self.0.size().0
    }

    fn move_cursor_up(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_up(n)
    }

    fn move_cursor_down(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_down(n)
    }

    fn move_cursor_right(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_right(n)
    }

    fn move_cursor_left(&self, n: usize) -> io::Result<()> {
        self.0.move_cursor_left(n)
    }

    fn write_line(&self, s: &str) -> io::Result<()> {
        self.0.write_line(s)
    }

    fn write_str(&self, s: &str) -> io::Result<()> {
        self.0.write_str(s)
    }

    fn clear_line(&self) -> io::Result<()> {
        self.0.clear_line()
    }

    fn flush(&self) -> io::Result<()> {
        self.0.flush()
    }
}
