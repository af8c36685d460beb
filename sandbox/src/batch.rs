//! `BatchSeed`: many runs of one batch, made the same way every time.

use crate::{sample::SampleRun, stored::StoredRun};
use extend_cancel::{RunKind, RunSource, RunStatus, Timestamp};
use std::time::Duration;

/// A batch of runs to seed a sandbox with ([`Sandbox::seed_batch`]): `count` runs of the
/// batch `batch_id`, the same runs for the same settings every time.
///
/// Run `n` (from 1) is of kind `kinds[(n - 1) % kinds.len()]`, has the id
/// `<kind prefix><batch id>_<n, five digits or more>` (such as `exr_bpr_march_00042`), the file
/// `<file name prefix>-<n, as in the id>.pdf`, and was created `n - 1` seconds after
/// [`created_from`](Self::created_from). Statuses follow the weights of
/// [`statuses`](Self::statuses), spread evenly (smooth weighted round-robin): weights
/// `PROCESSING` 3, `PROCESSED` 1 make one run in every four `PROCESSED`.
///
/// Every kind can be seeded: a workflow batch (`batch_...`, with [`processor_id`] the workflow
/// id; its runs can be `CANCELLING`, and become `CANCELLED` after their
/// [`cancelling_for`](Self::cancelling_for)), a parse batch (`bpar_...`, from the source
/// `BATCH_PARSER_RUN` unless set), legacy processor runs of one processor. Verify runs have no
/// batches: for them the batch id only names the runs and is their source id (source `API`
/// unless set), and they are in no batch. A status the kind does not have (see
/// [`seeded_statuses`](crate::seeded_statuses)) is seeded as asked.
///
/// [`processor_id`]: Self::processor_id
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// use extend_cancel::{RunStatus, RunKind};
/// use extend_cancel_sandbox::{BatchSeed, Sandbox};
/// let sandbox = Sandbox::builder().seeded(false).start().await?;
/// let batch = BatchSeed::new("bpr_march", 2500)
///     .kinds([RunKind::Extract, RunKind::Classify])
///     .statuses([(RunStatus::Processing, 3), (RunStatus::Processed, 1)]);
/// assert_eq!(sandbox.seed_batch(&batch), 2500);
/// assert_eq!(batch.id(2), "clr_bpr_march_00002");
/// let stored = sandbox.stored("clr_bpr_march_00002").unwrap();
/// assert_eq!(stored.batch_id.as_deref(), Some("bpr_march"));
/// assert_eq!(stored.run.file_name(), Some("document-00002.pdf"));
/// # Ok(()) }
/// ```
///
/// [`Sandbox::seed_batch`]: crate::Sandbox::seed_batch
#[derive(Clone, Debug, PartialEq)]
pub struct BatchSeed {
    batch_id: String,
    count: usize,
    kinds: Vec<RunKind>,
    statuses: Vec<(RunStatus, u32)>,
    source: Option<RunSource>,
    source_id: Option<String>,
    processor_id: Option<String>,
    file_name_prefix: String,
    created_from: Option<Timestamp>,
    pending_for: Option<Duration>,
    cancelling_for: Option<Duration>,
}

impl BatchSeed {
    /// `count` extract runs of the batch `batch_id`, all `PROCESSING`, from the source
    /// `BATCH_PROCESSOR_RUN` (parse runs `BATCH_PARSER_RUN`, verify runs `API`; workflow runs
    /// have no source) with the batch id as source id, the sample extractor (workflow,
    /// processor), files named `document-<n>.pdf`, created from 2026-03-02T09:30:00Z on.
    pub fn new(batch_id: impl Into<String>, count: usize) -> BatchSeed {
        BatchSeed {
            batch_id: batch_id.into(),
            count,
            kinds: vec![RunKind::Extract],
            statuses: vec![(RunStatus::Processing, 1)],
            source: None,
            source_id: None,
            processor_id: None,
            file_name_prefix: "document".to_owned(),
            created_from: None,
            pending_for: None,
            cancelling_for: None,
        }
    }

    /// The kinds of run, taken in turn (an empty list keeps the current kinds).
    pub fn kinds(mut self, kinds: impl IntoIterator<Item = RunKind>) -> BatchSeed {
        let kinds: Vec<RunKind> = kinds.into_iter().collect();
        if !kinds.is_empty() {
            self.kinds = kinds;
        }
        self
    }

    /// The statuses and their weights (zero weights are dropped; if none is left, every run
    /// is `PROCESSING`).
    pub fn statuses(mut self, statuses: impl IntoIterator<Item = (RunStatus, u32)>) -> BatchSeed {
        let statuses: Vec<_> = statuses.into_iter().filter(|(_, weight)| *weight > 0).collect();
        self.statuses = if statuses.is_empty() { vec![(RunStatus::Processing, 1)] } else { statuses };
        self
    }

    /// What created the runs (default `BATCH_PROCESSOR_RUN`; for parse runs
    /// `BATCH_PARSER_RUN`, for verify runs `API`).
    pub fn source(mut self, source: RunSource) -> BatchSeed {
        self.source = Some(source);
        self
    }

    /// The id of what created the runs (default: the batch id).
    pub fn source_id(mut self, source_id: impl Into<String>) -> BatchSeed {
        self.source_id = Some(source_id.into());
        self
    }

    /// The extractor, classifier, splitter, workflow or processor id of every run (default:
    /// each kind's sample; parse and verify runs have none).
    pub fn processor_id(mut self, processor_id: impl Into<String>) -> BatchSeed {
        self.processor_id = Some(processor_id.into());
        self
    }

    /// What the file names start with (default `document`).
    pub fn file_name_prefix(mut self, prefix: impl Into<String>) -> BatchSeed {
        self.file_name_prefix = prefix.into();
        self
    }

    /// When the first run was created; each next one a second later.
    pub fn created_from(mut self, at: Timestamp) -> BatchSeed {
        self.created_from = Some(at);
        self
    }

    /// How long the `PENDING` runs wait before they start `PROCESSING` (default: the
    /// sandbox's [`pending_for`](crate::SandboxBuilder::pending_for)).
    pub fn pending_for(mut self, delay: Duration) -> BatchSeed {
        self.pending_for = Some(delay);
        self
    }

    /// How long the `CANCELLING` runs wait before they are `CANCELLED` (default: the sandbox's
    /// [`cancelling_delay`](crate::SandboxBuilder::cancelling_delay)).
    pub fn cancelling_for(mut self, delay: Duration) -> BatchSeed {
        self.cancelling_for = Some(delay);
        self
    }

    /// The batch id.
    pub fn batch_id(&self) -> &str {
        &self.batch_id
    }

    /// How many runs the batch has.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The kind of run `n` (from 1).
    pub fn kind(&self, n: usize) -> RunKind {
        self.kinds[n.saturating_sub(1) % self.kinds.len()]
    }

    /// The id of run `n` (from 1).
    pub fn id(&self, n: usize) -> String {
        format!("{}{}_{}", self.kind(n).prefix(), self.batch_id, self.number(n))
    }

    /// `n` with at least five digits, and as many as the count has.
    fn number(&self, n: usize) -> String {
        let width = self.count.to_string().len().max(5);
        format!("{n:0width$}")
    }

    /// The batch's runs, in order.
    pub fn runs(&self) -> impl Iterator<Item = StoredRun> + '_ {
        let start = self.created_from.unwrap_or_else(crate::sample::created_at);
        let mut statuses = Spread::new(&self.statuses);
        (1..=self.count).map(move |n| {
            let status = statuses.next_status();
            let mut sample = SampleRun::new(self.kind(n), self.id(n), status)
                .file_name(format!("{}-{}.pdf", self.file_name_prefix, self.number(n)))
                .created_at(start + chrono::TimeDelta::seconds(n as i64 - 1));
            if let Some(id) = &self.processor_id {
                sample = sample.processor_id(id.clone());
            }
            let kind = self.kind(n);
            let mut stored = StoredRun::new(sample);
            // Verify runs have no batches; workflow runs no source.
            if kind != RunKind::Verify {
                stored = stored.batch_id(self.batch_id.clone());
            }
            if kind != RunKind::Workflow {
                stored = stored.source_id(self.source_id.clone().unwrap_or_else(|| self.batch_id.clone()));
            }
            let source = match (&self.source, kind) {
                (Some(source), _) => Some(source.clone()),
                (None, RunKind::Workflow) => None,
                (None, RunKind::Parse) => Some(RunSource::BatchParserRun),
                (None, RunKind::Verify) => Some(RunSource::Api),
                (None, _) => Some(RunSource::BatchProcessorRun),
            };
            if let Some(source) = source {
                stored = stored.source(source.as_str());
            }
            stored.pending_for = self.pending_for;
            stored.cancelling_for = self.cancelling_for;
            stored
        })
    }
}

/// Smooth weighted round-robin: each step every status gains its weight, the one with the
/// most credit is taken and pays the total. Over any `total` steps each status comes up
/// exactly `weight` times, interleaved.
struct Spread<'a> {
    statuses: &'a [(RunStatus, u32)],
    credit: Vec<i64>,
    total: i64,
}

impl<'a> Spread<'a> {
    fn new(statuses: &'a [(RunStatus, u32)]) -> Spread<'a> {
        let total = statuses.iter().map(|(_, weight)| i64::from(*weight)).sum();
        Spread { statuses, credit: vec![0; statuses.len()], total }
    }

    fn next_status(&mut self) -> RunStatus {
        for (credit, (_, weight)) in self.credit.iter_mut().zip(self.statuses) {
            *credit += i64::from(*weight);
        }
        // The first of the largest credits, so that ties go to the earlier status.
        let (taken, _) =
            self.credit
                .iter()
                .enumerate()
                .fold((0, i64::MIN), |best, (i, c)| if *c > best.1 { (i, *c) } else { best });
        self.credit[taken] -= self.total;
        self.statuses[taken].0.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_spread_by_weight_and_runs_are_the_same_every_time() {
        let seed = BatchSeed::new("bpr_t", 8).kinds([RunKind::Extract, RunKind::Split]).statuses([
            (RunStatus::Processing, 3),
            (RunStatus::Failed, 1),
            (RunStatus::Pending, 0),
        ]);
        let runs: Vec<StoredRun> = seed.runs().collect();
        let statuses: Vec<&str> = runs.iter().map(|stored| stored.run.status()).collect();
        assert_eq!(
            statuses,
            [
                "PROCESSING",
                "PROCESSING",
                "FAILED",
                "PROCESSING",
                "PROCESSING",
                "PROCESSING",
                "FAILED",
                "PROCESSING"
            ]
        );
        let ids: Vec<&str> = runs.iter().take(3).map(|stored| stored.run.id()).collect();
        assert_eq!(ids, ["exr_bpr_t_00001", "splr_bpr_t_00002", "exr_bpr_t_00003"]);
        assert_eq!(runs, seed.runs().collect::<Vec<_>>());
        assert_eq!(runs[1].source_id.as_deref(), Some("bpr_t"));
        assert!(runs[1].run.created_at() > runs[0].run.created_at());
        assert_eq!(BatchSeed::new("b", 123_456).id(7), "exr_b_000007");
    }
}
