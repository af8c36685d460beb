//! A run of any kind: what a call dispatched by the id's prefix returns.

use crate::{types, Correction, Decoded, RunKind, RunStatus};

/// A run of any kind, as [`crate::Client::cancel`] and [`crate::Client::get`] return it: the run
/// object of whichever kind the id named, with what had to be corrected to read it
/// ([`Run::corrections`]).
///
/// Each run is boxed inside its [`Decoded`]: run objects are 0.7 to 1.5 KB in memory, and a
/// batch's results pass through several layers of futures and streams, each of which would
/// otherwise copy them.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Run {
    /// An extract run.
    Extract(Decoded<types::ExtractRun>),
    /// A classify run.
    Classify(Decoded<types::ClassifyRun>),
    /// A split run.
    Split(Decoded<types::SplitRun>),
    /// A legacy processor run, with the response's `success` flag.
    Processor(Decoded<types::ProcessorRunCancelResponse>),
    /// A workflow run.
    Workflow(Decoded<types::WorkflowRun>),
    /// A parse run.
    Parse(Decoded<types::ParseRun>),
    /// A verify run.
    Verify(Decoded<types::VerifyRun>),
}

impl Run {
    /// The kind of run.
    pub fn kind(&self) -> RunKind {
        match self {
            Run::Extract(_) => RunKind::Extract,
            Run::Classify(_) => RunKind::Classify,
            Run::Split(_) => RunKind::Split,
            Run::Processor(_) => RunKind::Processor,
            Run::Workflow(_) => RunKind::Workflow,
            Run::Parse(_) => RunKind::Parse,
            Run::Verify(_) => RunKind::Verify,
        }
    }

    /// What had to be corrected to read the response; empty when it followed the spec.
    pub fn corrections(&self) -> &[Correction] {
        match self {
            Run::Extract(run) => run.corrections(),
            Run::Classify(run) => run.corrections(),
            Run::Split(run) => run.corrections(),
            Run::Processor(response) => response.corrections(),
            Run::Workflow(run) => run.corrections(),
            Run::Parse(run) => run.corrections(),
            Run::Verify(run) => run.corrections(),
        }
    }

    /// The run's id.
    pub fn id(&self) -> &str {
        match self {
            Run::Extract(run) => &run.id,
            Run::Classify(run) => &run.id,
            Run::Split(run) => &run.id,
            Run::Processor(response) => &response.processor_run.id,
            Run::Workflow(run) => &run.id,
            Run::Parse(run) => &run.id,
            Run::Verify(run) => &run.id,
        }
    }

    /// The run's status as sent (`CANCELLED`, `PROCESSING`, `CANCELLING`, or a value added
    /// later).
    pub fn status(&self) -> &str {
        self.typed_status().as_str()
    }

    /// The run's status as a [`RunStatus`] (`Other` for a value added later).
    pub fn typed_status(&self) -> &RunStatus {
        match self {
            Run::Extract(run) => &run.status,
            Run::Classify(run) => &run.status,
            Run::Split(run) => &run.status,
            Run::Processor(response) => &response.processor_run.status,
            Run::Workflow(run) => &run.status,
            Run::Parse(run) => &run.status,
            Run::Verify(run) => &run.status,
        }
    }

    /// The failure reason, when the run failed.
    pub fn failure_reason(&self) -> Option<&str> {
        match self {
            Run::Extract(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            Run::Classify(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            Run::Split(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            Run::Processor(response) => response.processor_run.failure_reason.as_deref(),
            Run::Workflow(run) => run.failure_reason.as_deref(),
            Run::Parse(run) => run.failure_reason.as_deref(),
            Run::Verify(run) => run.failure_reason.as_deref(),
        }
    }

    /// The run's page in the Extend dashboard, when the response carried it.
    pub fn dashboard_url(&self) -> Option<&str> {
        match self {
            Run::Extract(run) => run.dashboard_url.as_deref(),
            Run::Classify(run) => run.dashboard_url.as_deref(),
            Run::Split(run) => run.dashboard_url.as_deref(),
            Run::Processor(response) => response.processor_run.url.as_deref(),
            Run::Workflow(run) => run.dashboard_url.as_deref(),
            Run::Parse(_) | Run::Verify(_) => None,
        }
    }
}

/// A retrieved processor run in the shape of a cancel's response (the two bodies are the same).
impl From<Decoded<types::ProcessorRunGetResponse>> for Decoded<types::ProcessorRunCancelResponse> {
    fn from(fetched: Decoded<types::ProcessorRunGetResponse>) -> Self {
        let (response, corrections) = fetched.into_parts();
        let response = types::ProcessorRunCancelResponse {
            processor_run: response.processor_run,
            success: response.success,
        };
        Decoded::new(Box::new(response), corrections)
    }
}
