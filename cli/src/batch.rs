//! One batch: its entries printed as they come, progress on standard error, Ctrl-C honoured,
//! and what it came to.

use crate::{
    exit::{self, Status},
    interrupt::{Cause, Interrupt},
    progress::{Progress, Total, PLAIN_EVERY},
    record::{OutputFile, Record},
    report::{self, Entry, Format},
};
use extend_cancel::{BatchStop, Error, Outcome, StopReason, Summary};
use futures_util::{Stream, StreamExt};
use std::{collections::BTreeMap, pin::pin, sync::Arc, time::Duration};

/// What a batch came to.
#[derive(Debug, Default)]
pub struct Finished {
    /// Counts per outcome.
    pub summary: Summary,
    /// Whether this was a dry run.
    pub dry_run: bool,
    /// A dry run's counts per label.
    pub planned: BTreeMap<&'static str, u64>,
    /// Whether every run settled (or, in a dry run, is settled or would be cancelled).
    pub all_well: bool,
    /// Each run's label, in completion order.
    pub labels: Vec<(String, &'static str)>,
    /// Listing errors.
    pub listing_failed: Vec<String>,
    /// How many ids were never sent because of a stop (Ctrl-C, the output lost), when the
    /// batch had a list of ids.
    pub not_sent: Option<u64>,
    /// Whether Ctrl-C stopped the batch.
    pub interrupted: bool,
    /// Whether the stop dropped requests in flight (a listing batch cannot wait for them).
    pub abandoned: bool,
    /// For each place the output could not be written to (a closed pipe, a full disk), where
    /// its record stopped; the batch stopped there.
    pub output_lost: Vec<String>,
    /// Why the batch stopped by itself, when it did (nothing could succeed).
    pub stopped: Option<Arc<BatchStop>>,
    /// How long workflow runs answered `CANCELLING` were followed.
    pub cancelling_wait: Duration,
}

impl Finished {
    /// 130 when interrupted, 4 when the output was lost, 3 when the batch stopped by itself, 0
    /// when every run settled (or would be cancelled) and was reported, 1 otherwise.
    pub fn status(&self) -> Status {
        if self.interrupted {
            Status::Interrupted
        } else if !self.output_lost.is_empty() {
            Status::OutputLost
        } else if self.stopped.is_some() {
            Status::Stopped
        } else if self.all_well && self.listing_failed.is_empty() {
            Status::Success
        } else {
            Status::SomeFailed
        }
    }

    /// The summary for standard error.
    pub fn summary_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if !self.dry_run {
            lines.push(format!("Summary: {} runs: {}.", self.summary.total(), self.summary));
        } else {
            let total: u64 = self.planned.values().sum();
            let counts: Vec<String> = self.planned.iter().map(|(label, n)| format!("{n} {label}")).collect();
            // No colon before an empty list (a dry run that found nothing).
            let counts = if counts.is_empty() { String::new() } else { format!(": {}", counts.join(", ")) };
            lines.push(format!("Dry run: {total} runs{counts}; no cancel was sent."));
        }
        if self.summary.cancelling > 0 {
            lines.push(cancelling_line(self.summary.cancelling, self.cancelling_wait));
        }
        for error in &self.listing_failed {
            lines.push(format!("Listing the runs failed: {error}"));
        }
        if let Some(stop) = &self.stopped {
            lines.push(stop_line(
                stop,
                self.summary.not_sent + self.planned.get("not_sent").copied().unwrap_or(0),
            ));
        }
        if self.interrupted {
            lines.push(match (self.not_sent, self.abandoned) {
                (Some(not_sent), _) => format!(
                    "Interrupted: {not_sent} runs not sent. To finish the batch, run the same command again \
                     with --resume and this run's --json output."
                ),
                (None, true) => {
                    "Interrupted: the cancels in flight were abandoned (their runs may or may not be \
                                 cancelled). To finish, run the same command again: it lists what is still \
                                 PROCESSING."
                        .to_owned()
                }
                (None, false) => {
                    "Interrupted: no further cancel was sent; the cancels in flight finished. To \
                                  finish, run the same command again: it lists what is still PROCESSING."
                        .to_owned()
                }
            });
        }
        lines.extend(self.output_lost.iter().cloned());
        if !self.output_lost.is_empty() && !self.interrupted {
            lines.push(match self.not_sent {
                Some(not_sent) => format!(
                    "The batch stopped there: {} runs were not sent. To finish it, run the same command again \
                     with --output FILE (a new file) and, if the lines written were kept, --resume with them (a \
                     run cancelled but not in them shows as already_cancelled).",
                    thousands(not_sent)
                ),
                None => "The batch stopped there. To finish it, run the same command again: it lists what is \
                         still PROCESSING."
                    .to_owned(),
            });
        }
        lines
    }

    fn record(&mut self, entry: Entry) {
        match entry {
            Entry::Outcome(id, outcome) => {
                if let Outcome::NotSent(stop) = &outcome {
                    self.stopped.get_or_insert_with(|| Arc::clone(stop));
                }
                if self.dry_run {
                    // A lookup that failed (not found, an error) is counted with the labels.
                    *self.planned.entry(outcome.label()).or_default() += 1;
                } else {
                    self.summary.add(&outcome);
                }
                self.all_well &= outcome.is_settled();
                self.labels.push((id, outcome.label()));
            }
            Entry::Planned { id, label, settled, .. } => {
                *self.planned.entry(label).or_default() += 1;
                self.all_well &= settled || label == report::WOULD_CANCEL;
                self.labels.push((id, label));
            }
            // A filter's batch says once that it stopped, as its last item.
            Entry::ListingFailed(Error::NotSent(stop)) => {
                self.stopped.get_or_insert(stop);
            }
            Entry::ListingFailed(error) => self.listing_failed.push(error.to_string()),
        }
    }
}

/// The one line that says why a batch stopped and what to do, such as `stopped: the API key
/// was refused (Extend API error: HTTP 401 ...): check EXTEND_API_KEY; 19,997 runs were not
/// sent.`
pub fn stop_line(stop: &BatchStop, not_sent: u64) -> String {
    let advice = advice(stop.reason, stop.status.map(|status| status.as_u16()));
    let runs = if not_sent == 1 { "run was" } else { "runs were" };
    format!("stopped: {stop}: {advice}; {} {runs} not sent.", thousands(not_sent))
}

/// The stop line of a key refused (`error`, a 401) before a batch started, such as when a
/// batch was looked up: `stopped: the API key was refused: Extend API error: HTTP 401 ...:
/// check EXTEND_API_KEY; nothing was cancelled.`
pub fn refused_line(error: &Error) -> String {
    let reason = StopReason::KeyRefused;
    let advice = advice(reason, error.status().map(|status| status.as_u16()));
    format!("stopped: {reason}: {error}: {advice}; nothing was cancelled.")
}

/// What to check after a stop for `reason`, the API having answered `status`.
fn advice(reason: StopReason, status: Option<u16>) -> &'static str {
    match (reason, status) {
        (StopReason::KeyRefused, _) => "check EXTEND_API_KEY",
        (_, Some(403)) => "check the key's access and --workspace (EXTEND_WORKSPACE_ID)",
        (_, Some(429)) => "lower --rate (Extend's limit is for the whole organization) and try again later",
        (_, Some(status)) if status >= 500 => "the Extend API is failing; try again later",
        _ => "check --base-url / --env (EXTEND_BASE_URL) and the network",
    }
}

/// What to know of the `count` workflow runs that were still being cancelled when the batch
/// stopped following them, and what to do.
fn cancelling_line(count: u64, wait: Duration) -> String {
    let when = if wait.is_zero() {
        "when the cancel answered (not followed: --cancelling-wait 0)".to_owned()
    } else {
        format!("after {}", humantime::format_duration(wait))
    };
    if count == 1 {
        format!(
            "1 workflow run was still CANCELLING {when}: its cancel was accepted, but it has not stopped yet. \
             --resume does not cancel it again; look it up later with `extend-cancel cancel --dry-run ID`."
        )
    } else {
        format!(
            "{} workflow runs were still CANCELLING {when}: their cancel was accepted, but they have not \
             stopped yet. --resume does not cancel them again; look them up later with `extend-cancel cancel \
             --dry-run ID...`.",
            thousands(count)
        )
    }
}

/// `19997` as `19,997`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// How a batch is shown.
#[derive(Debug)]
pub struct View {
    /// How many runs, as far as is known before they are listed.
    pub total: Total,
    /// JSON lines, or a table with an ID column wide enough, on standard output.
    pub format: Format,
    /// The `--output` file, for JSON lines too.
    pub output: Option<OutputFile>,
    /// Whether it is a dry run.
    pub dry_run: bool,
    /// Whether Ctrl-C drops the stream at once, for a stream that cannot be told to stop
    /// sending; otherwise the stream is expected to end by itself.
    pub stop_on_interrupt: bool,
    /// How long workflow runs answered `CANCELLING` are followed, for the summary.
    pub cancelling_wait: Duration,
}

/// Prints each entry of `stream` as it comes, with progress, and counts them. Ctrl-C, or an
/// output that can no longer be written, stops the batch (the stream is told through
/// `interrupt`); a second Ctrl-C clears the progress bar and quits.
pub async fn show(stream: impl Stream<Item = Entry>, view: View, interrupt: &Interrupt) -> Finished {
    let mut stream = pin!(stream);
    let mut progress = Progress::new(view.total);
    let mut record = Record::new(view.format, view.output);
    let mut finished = Finished {
        all_well: true,
        dry_run: view.dry_run,
        cancelling_wait: view.cancelling_wait,
        ..Finished::default()
    };
    if record.header(&progress) {
        interrupt.stop(Cause::OutputLost);
    }
    let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + PLAIN_EVERY, PLAIN_EVERY);
    let mut noticed = false;
    loop {
        tokio::select! {
            next = stream.next() => {
                let Some(entry) = next else { break };
                if record.write(&progress, &entry) {
                    // What the batch does from here could not be recorded: it sends no more.
                    interrupt.stop(Cause::OutputLost);
                }
                finished.record(entry);
                progress.inc();
            }
            _ = ticker.tick() => progress.tick(),
            _ = interrupt.stopping(), if !noticed => {
                noticed = true;
                if view.stop_on_interrupt {
                    if interrupt.cause() == Some(Cause::CtrlC) {
                        progress.eprintln("Interrupted: stopping now (Ctrl-C again to quit at once).");
                    }
                    finished.abandoned = true;
                    break;
                }
                // The output's loss was said when it happened.
                if interrupt.cause() == Some(Cause::CtrlC) {
                    progress.eprintln(
                        "Interrupted: no further cancel is sent; waiting for those in flight (Ctrl-C again to quit now).",
                    );
                }
            }
            _ = interrupt.quitting() => {
                // Nothing of the bar is left on the screen the shell gets back.
                progress.finish();
                exit::note("Interrupted again: quitting now.");
                std::process::exit(Status::Interrupted.code().into());
            }
        }
    }
    progress.finish();
    finished.interrupted = interrupt.cause() == Some(Cause::CtrlC);
    finished.output_lost = record.lost_lines();
    finished
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_still_cancelling_get_a_line_saying_what_to_do() {
        let mut finished = Finished { cancelling_wait: Duration::from_secs(60), ..Finished::default() };
        finished.summary.cancelled = 3;
        finished.summary.cancelling = 2;
        let lines = finished.summary_lines();
        assert_eq!(
            lines,
            [
                "Summary: 5 runs: 3 cancelled, 0 already cancelled, 0 already finished (0 processed, 0 failed), \
                 0 not found, 0 pending, 2 cancelling, 0 failed, 0 not sent.",
                "2 workflow runs were still CANCELLING after 1m: their cancel was accepted, but they have not \
                 stopped yet. --resume does not cancel them again; look them up later with `extend-cancel \
                 cancel --dry-run ID...`.",
            ]
        );
        finished.summary.cancelling = 1;
        finished.cancelling_wait = Duration::from_secs(5);
        assert!(finished.summary_lines()[1]
            .starts_with("1 workflow run was still CANCELLING after 5s: its cancel"));
        finished.cancelling_wait = Duration::ZERO;
        assert!(finished.summary_lines()[1].starts_with(
            "1 workflow run was still CANCELLING when the cancel answered (not followed: --cancelling-wait 0): "
        ));
        finished.summary.cancelling = 0;
        assert_eq!(finished.summary_lines().len(), 1, "no line when none is cancelling");
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        let cases =
            [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (19_997, "19,997"), (1_234_567, "1,234,567")];
        for (n, text) in cases {
            assert_eq!(thousands(n), text);
        }
    }
}
