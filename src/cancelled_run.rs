//! The result of a cancel dispatched by the id's prefix.

use crate::{types, Correction, Decoded, RunKind};

/// The result of [`crate::Client::cancel`]: the run object of whichever kind the id named, with what
/// had to be corrected to read it ([`CancelledRun::corrections`]).
///
/// Each run is boxed inside its [`Decoded`]: run objects are 0.7 to 1.5 KB in memory, and a
/// batch's results pass through several layers of futures and streams, each of which would
/// otherwise copy them.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum CancelledRun {
    /// An extract run.
    Extract(Decoded<types::ExtractRun>),
    /// A classify run.
    Classify(Decoded<types::ClassifyRun>),
    /// A split run.
    Split(Decoded<types::SplitRun>),
    /// A legacy processor run, with the response's `success` flag.
    Processor(Decoded<types::ProcessorRunCancelResponse>),
}

impl CancelledRun {
    /// The kind of run.
    pub fn kind(&self) -> RunKind {
        match self {
            CancelledRun::Extract(_) => RunKind::Extract,
            CancelledRun::Classify(_) => RunKind::Classify,
            CancelledRun::Split(_) => RunKind::Split,
            CancelledRun::Processor(_) => RunKind::Processor,
        }
    }

    /// What had to be corrected to read the response; empty when it followed the spec.
    pub fn corrections(&self) -> &[Correction] {
        match self {
            CancelledRun::Extract(run) => run.corrections(),
            CancelledRun::Classify(run) => run.corrections(),
            CancelledRun::Split(run) => run.corrections(),
            CancelledRun::Processor(response) => response.corrections(),
        }
    }

    /// The run's id.
    pub fn id(&self) -> &str {
        match self {
            CancelledRun::Extract(run) => &run.id,
            CancelledRun::Classify(run) => &run.id,
            CancelledRun::Split(run) => &run.id,
            CancelledRun::Processor(response) => &response.processor_run.id,
        }
    }

    /// The run's status as sent (`CANCELLED`, `PROCESSING`, or a value added later).
    pub fn status(&self) -> &str {
        match self {
            CancelledRun::Extract(run) => run.status.as_str(),
            CancelledRun::Classify(run) => run.status.as_str(),
            CancelledRun::Split(run) => run.status.as_str(),
            CancelledRun::Processor(response) => response.processor_run.status.as_str(),
        }
    }

    /// The failure reason, when the run failed.
    pub fn failure_reason(&self) -> Option<&str> {
        match self {
            CancelledRun::Extract(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            CancelledRun::Classify(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            CancelledRun::Split(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            CancelledRun::Processor(response) => response.processor_run.failure_reason.as_deref(),
        }
    }

    /// The run's page in the Extend dashboard, when the response carried it.
    pub fn dashboard_url(&self) -> Option<&str> {
        match self {
            CancelledRun::Extract(run) => run.dashboard_url.as_deref(),
            CancelledRun::Classify(run) => run.dashboard_url.as_deref(),
            CancelledRun::Split(run) => run.dashboard_url.as_deref(),
            CancelledRun::Processor(response) => response.processor_run.url.as_deref(),
        }
    }
}
