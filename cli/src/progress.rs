//! Progress on standard error: a bar with rate and ETA when it is a terminal, a plain count
//! every few seconds otherwise (a log file gets no escape sequences and no redraws).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::{
    io::{IsTerminal, Write},
    time::{Duration, Instant},
};

/// How often the plain count is printed when standard error is not a terminal.
pub const PLAIN_EVERY: Duration = Duration::from_secs(2);

/// The bar with a known number of runs, and without (runs found by listing).
const BAR_TEMPLATE: &str = "{spinner} {elapsed_precise} [{bar:30}] {pos}/{len} runs  {rate}  ETA {eta}";
const SPINNER_TEMPLATE: &str = "{spinner} {elapsed_precise} {pos} runs  {rate}";

/// The progress of one batch.
pub struct Progress {
    mode: Mode,
}

enum Mode {
    Bar(ProgressBar),
    Plain { total: Option<u64>, done: u64, started: Instant },
}

impl Progress {
    /// Progress for `total` runs (`None` when they are found as the batch goes).
    pub fn new(total: Option<u64>) -> Self {
        let mode = if std::io::stderr().is_terminal() {
            let (bar, template) = match total {
                Some(total) => {
                    (ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()), BAR_TEMPLATE)
                }
                None => (ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()), SPINNER_TEMPLATE),
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
            Mode::Bar(bar) => bar.suspend(|| eprintln!("{text}")),
            Mode::Plain { .. } => eprintln!("{text}"),
        }
    }

    /// Called every [`PLAIN_EVERY`]: prints the plain count (the bar draws itself).
    pub fn tick(&self) {
        if let Mode::Plain { total, done, started } = &self.mode {
            let rate = *done as f64 / started.elapsed().as_secs_f64().max(0.001);
            match total {
                Some(total) => eprintln!("progress: {done}/{total} runs done, {rate:.1}/s"),
                None => eprintln!("progress: {done} runs done, {rate:.1}/s"),
            }
        }
    }

    /// Removes the bar before the summary.
    pub fn finish(self) {
        if let Mode::Bar(bar) = self.mode {
            bar.finish_and_clear();
        }
    }
}
