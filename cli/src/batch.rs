//! One batch of cancels: sent through the library, each outcome printed as it comes, progress
//! on standard error, and Ctrl-C honoured between sends.

use crate::{
    exit::Status,
    interrupt::Interrupt,
    outcome::{outcomes, Outcome, Summary},
    progress::{Progress, PLAIN_EVERY},
    report,
};
use extend_cancel::Client;
use futures_util::{Stream, StreamExt};
use std::pin::pin;

/// How a batch is sent and shown.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// Cancels in flight at once.
    pub concurrency: usize,
    /// Requests per second, at most.
    pub rate: Option<f64>,
    /// JSON lines instead of a table.
    pub json: bool,
}

/// What a batch did.
#[derive(Debug, Default)]
pub struct Finished {
    /// Counts per outcome.
    pub summary: Summary,
    /// Each run's outcome label, in completion order.
    pub labels: Vec<(String, &'static str)>,
    /// How many ids were never sent because of Ctrl-C.
    pub not_sent: usize,
    /// Whether Ctrl-C was pressed.
    pub interrupted: bool,
    /// Whether standard output could not be written (a closed pipe, a full disk).
    pub output_failed: bool,
}

impl Finished {
    /// 130 when interrupted, 0 when every run settled and was reported, 1 otherwise.
    pub fn status(&self) -> Status {
        if self.interrupted {
            Status::Interrupted
        } else if self.summary.all_settled() && !self.output_failed {
            Status::Success
        } else {
            Status::SomeFailed
        }
    }

    /// The summary for standard error: counts per outcome, and what an interruption left.
    pub fn summary_lines(&self) -> Vec<String> {
        let mut lines = vec![format!("Summary: {} runs: {}.", self.summary.total(), self.summary)];
        if self.interrupted {
            lines.push(format!(
                "Interrupted: {} runs not sent. To finish the batch, run the same command again with \
                 --resume and this run's --json output.",
                self.not_sent
            ));
        }
        if self.output_failed {
            lines.push("Standard output could not be written: some results were not shown.".to_owned());
        }
        lines
    }
}

/// Cancels `ids` (checked already) with the library's `cancel_many`, printing each outcome.
pub async fn cancel_ids(
    client: &Client,
    ids: Vec<String>,
    settings: Settings,
    interrupt: &Interrupt,
) -> Finished {
    let total = ids.len();
    // Ctrl-C ends the ids the batch pulls from: nothing new is sent, the cancels in flight
    // finish and are reported.
    let gate = interrupt.clone();
    let ids = ids.into_iter().take_while(move |_| !gate.is_pressed());
    let mut many = client.cancel_many(ids).concurrency(settings.concurrency);
    if let Some(rate) = settings.rate {
        many = many.rate_limit(rate);
    }
    let mut finished = show(outcomes(many), Some(total), settings.json).await;
    finished.interrupted = interrupt.is_pressed();
    finished.not_sent = total - finished.summary.total();
    finished
}

/// Prints each outcome of `stream` as it comes, with progress, and counts them.
pub async fn show(
    stream: impl Stream<Item = (String, Outcome)>,
    total: Option<usize>,
    json: bool,
) -> Finished {
    let mut stream = pin!(stream);
    let mut progress = Progress::new(total.map(|total| total as u64));
    let mut finished = Finished::default();
    if !json {
        write(&progress, &mut finished, &report::header());
    }
    let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + PLAIN_EVERY, PLAIN_EVERY);
    loop {
        tokio::select! {
            next = stream.next() => {
                let Some((id, outcome)) = next else { break };
                write(&progress, &mut finished, &report::outcome(&id, &outcome, json));
                finished.summary.add(&outcome);
                finished.labels.push((id, outcome.label()));
                progress.inc();
            }
            _ = ticker.tick() => progress.tick(),
        }
    }
    progress.finish();
    finished
}

/// Writes one result to standard output; after a failure, says so once and writes no more.
fn write(progress: &Progress, finished: &mut Finished, text: &str) {
    if finished.output_failed {
        return;
    }
    if let Err(error) = progress.println(text) {
        finished.output_failed = true;
        progress
            .eprintln(&format!("error: could not write to standard output ({error}); cancelling goes on"));
    }
}
