//! A listed run of any kind: the summary each kind's list gives, with what a batch reads of it.

use crate::{model::run_id::RunKind, types, RunStatus};

/// A listed run of any kind, as [`crate::Client::list_matching`] yields it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ListedRun {
    /// An extract run.
    Extract(types::ExtractRunSummary),
    /// A classify run.
    Classify(types::ClassifyRunSummary),
    /// A split run.
    Split(types::SplitRunSummary),
    /// A workflow run.
    Workflow(types::WorkflowRunSummary),
    /// A parse run.
    Parse(types::ParseRunSummary),
    /// A verify run.
    Verify(types::VerifyRunSummary),
    /// A legacy processor run.
    Processor(types::LegacyProcessorRunSummary),
}

impl ListedRun {
    /// The run's id.
    pub fn id(&self) -> &str {
        match self {
            ListedRun::Extract(run) => &run.id,
            ListedRun::Classify(run) => &run.id,
            ListedRun::Split(run) => &run.id,
            ListedRun::Workflow(run) => &run.id,
            ListedRun::Parse(run) => &run.id,
            ListedRun::Verify(run) => &run.id,
            ListedRun::Processor(run) => &run.id,
        }
    }

    /// The run's status when it was listed.
    pub fn status(&self) -> &RunStatus {
        match self {
            ListedRun::Extract(run) => &run.status,
            ListedRun::Classify(run) => &run.status,
            ListedRun::Split(run) => &run.status,
            ListedRun::Workflow(run) => &run.status,
            ListedRun::Parse(run) => &run.status,
            ListedRun::Verify(run) => &run.status,
            ListedRun::Processor(run) => &run.status,
        }
    }

    /// The kind of run.
    pub fn kind(&self) -> RunKind {
        match self {
            ListedRun::Extract(_) => RunKind::Extract,
            ListedRun::Classify(_) => RunKind::Classify,
            ListedRun::Split(_) => RunKind::Split,
            ListedRun::Workflow(_) => RunKind::Workflow,
            ListedRun::Parse(_) => RunKind::Parse,
            ListedRun::Verify(_) => RunKind::Verify,
            ListedRun::Processor(_) => RunKind::Processor,
        }
    }
}
