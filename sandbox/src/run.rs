//! The runs a sandbox holds, one enum over the four kinds.

use crate::sample;
use extend_cancel::{types, LegacyProcessorStatus, ProcessorRunStatus, RunKind};

/// A run held by a sandbox: one of the four kinds, as the generated type of that kind.
// The variants are unboxed so that callers can match and build them directly; a sandbox holds
// a few dozen runs, so the size difference does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Run {
    /// An extract run, served by `POST /extract_runs/{id}/cancel`.
    Extract(types::ExtractRun),
    /// A classify run, served by `POST /classify_runs/{id}/cancel`.
    Classify(types::ClassifyRun),
    /// A split run, served by `POST /split_runs/{id}/cancel`.
    Split(types::SplitRun),
    /// A legacy processor run, served by `POST /processor_runs/{id}/cancel`.
    Processor(types::LegacyProcessorRun),
}

impl Run {
    /// A complete sample run of `kind` in `status` (see [`sample`]).
    ///
    /// # Panics
    ///
    /// For a kind that `extend-cancel` added after this version of the sandbox (`RunKind` is
    /// non-exhaustive; today every kind has a sample).
    pub fn sample(kind: RunKind, id: impl Into<String>, status: ProcessorRunStatus) -> Run {
        match kind {
            RunKind::Extract => Run::Extract(sample::extract_run(id, status)),
            RunKind::Classify => Run::Classify(sample::classify_run(id, status)),
            RunKind::Split => Run::Split(sample::split_run(id, status)),
            RunKind::Processor => {
                Run::Processor(sample::processor_run(id, LegacyProcessorStatus::from(status.as_str())))
            }
            other => panic!("the sandbox has no sample {other} run"),
        }
    }

    /// The kind of run, which decides the endpoint that serves it.
    pub fn kind(&self) -> RunKind {
        match self {
            Run::Extract(_) => RunKind::Extract,
            Run::Classify(_) => RunKind::Classify,
            Run::Split(_) => RunKind::Split,
            Run::Processor(_) => RunKind::Processor,
        }
    }

    /// The run's id.
    pub fn id(&self) -> &str {
        match self {
            Run::Extract(run) => &run.id,
            Run::Classify(run) => &run.id,
            Run::Split(run) => &run.id,
            Run::Processor(run) => &run.id,
        }
    }

    /// The run's status as it would be sent, such as `PROCESSING` or `CANCELLED`.
    pub fn status(&self) -> &str {
        match self {
            Run::Extract(run) => run.status.as_str(),
            Run::Classify(run) => run.status.as_str(),
            Run::Split(run) => run.status.as_str(),
            Run::Processor(run) => run.status.as_str(),
        }
    }
}

impl From<types::ExtractRun> for Run {
    fn from(run: types::ExtractRun) -> Self {
        Run::Extract(run)
    }
}

impl From<types::ClassifyRun> for Run {
    fn from(run: types::ClassifyRun) -> Self {
        Run::Classify(run)
    }
}

impl From<types::SplitRun> for Run {
    fn from(run: types::SplitRun) -> Self {
        Run::Split(run)
    }
}

impl From<types::LegacyProcessorRun> for Run {
    fn from(run: types::LegacyProcessorRun) -> Self {
        Run::Processor(run)
    }
}
