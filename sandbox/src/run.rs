//! The runs a sandbox holds, one enum over the seven kinds.

use extend_cancel::{types, LegacyProcessorType, RunKind, RunStatus, Timestamp, VerifyRiskLevel};

/// A run held by a sandbox: one of the seven kinds, as the generated type of that kind.
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
    /// A workflow run, served by `POST /workflow_runs/{id}/cancel`.
    Workflow(types::WorkflowRun),
    /// A parse run, served by `POST /parse_runs/{id}/cancel`.
    Parse(types::ParseRun),
    /// A verify run, served by `POST /verify_runs/{id}/cancel`.
    Verify(types::VerifyRun),
}

impl Run {
    // `Run::sample` is in sample/builder.rs, with the samples it builds: a run does not depend
    // on the samples made of it.

    /// The kind of run, which decides the endpoint that serves it.
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

    /// The run's id.
    pub fn id(&self) -> &str {
        match self {
            Run::Extract(run) => &run.id,
            Run::Classify(run) => &run.id,
            Run::Split(run) => &run.id,
            Run::Processor(run) => &run.id,
            Run::Workflow(run) => &run.id,
            Run::Parse(run) => &run.id,
            Run::Verify(run) => &run.id,
        }
    }

    /// The run's status as it would be sent, such as `PROCESSING` or `CANCELLED`.
    pub fn status(&self) -> &str {
        self.typed_status().as_str()
    }

    /// The run's status.
    pub(crate) fn typed_status(&self) -> &RunStatus {
        match self {
            Run::Extract(run) => &run.status,
            Run::Classify(run) => &run.status,
            Run::Split(run) => &run.status,
            Run::Processor(run) => &run.status,
            Run::Workflow(run) => &run.status,
            Run::Parse(run) => &run.status,
            Run::Verify(run) => &run.status,
        }
    }

    /// When the run was created: `createdAt`, or on a workflow run `initialRunAt`. A processor
    /// run and a parse run have no such field, so `None` (the sandbox then keeps the time its
    /// file was created, which list summaries show as `createdAt`).
    pub fn created_at(&self) -> Option<Timestamp> {
        match self {
            Run::Extract(run) => run.created_at,
            Run::Classify(run) => run.created_at,
            Run::Split(run) => run.created_at,
            Run::Verify(run) => run.created_at,
            Run::Workflow(run) => run.initial_run_at,
            Run::Processor(_) | Run::Parse(_) => None,
        }
    }

    /// When the run last changed (`updatedAt`). Processor, workflow and parse runs have no such
    /// field, so `None` (the sandbox keeps the time of their last change itself, which list
    /// summaries show as `updatedAt`).
    pub fn updated_at(&self) -> Option<Timestamp> {
        match self {
            Run::Extract(run) => run.updated_at,
            Run::Classify(run) => run.updated_at,
            Run::Split(run) => run.updated_at,
            Run::Verify(run) => run.updated_at,
            Run::Processor(_) | Run::Workflow(_) | Run::Parse(_) => None,
        }
    }

    /// The name of the run's file (`file.name`, else the first of `files`), which the list
    /// filter `fileNameContains` looks at.
    pub fn file_name(&self) -> Option<&str> {
        self.file().and_then(|(name, _)| name)
    }

    /// The name and creation time of the run's (first) file.
    fn file(&self) -> Option<(Option<&str>, Option<Timestamp>)> {
        fn summary(file: &types::FileSummary) -> (Option<&str>, Option<Timestamp>) {
            (file.name.as_deref(), file.created_at)
        }
        match self {
            Run::Extract(run) => {
                run.file.as_ref().or_else(|| run.files.as_ref().and_then(|files| files.first())).map(summary)
            }
            Run::Classify(run) => run.file.as_ref().map(summary),
            Run::Split(run) => run.file.as_ref().map(summary),
            Run::Parse(run) => run.file.as_ref().map(summary),
            Run::Verify(run) => run.file.as_ref().map(summary),
            Run::Workflow(run) => run.files.as_ref().and_then(|files| files.first()).map(summary),
            Run::Processor(run) => run
                .files
                .as_ref()
                .and_then(|files| files.first())
                .map(|file| (file.name.as_deref(), file.created_at)),
        }
    }

    /// When the run's (first) file was created.
    pub(crate) fn file_created_at(&self) -> Option<Timestamp> {
        self.file().and_then(|(_, at)| at)
    }

    /// The id of the extractor, classifier, splitter, workflow or (legacy) processor that made
    /// the run, which the list filters `extractorId`, `classifierId`, `splitterId`,
    /// `workflowId` and `processorId` look at. Parse and verify runs have none.
    pub fn processor_id(&self) -> Option<&str> {
        match self {
            Run::Extract(run) => run.extractor.as_ref().and_then(|extractor| extractor.id.as_deref()),
            Run::Classify(run) => run.classifier.as_ref().and_then(|classifier| classifier.id.as_deref()),
            Run::Split(run) => run.splitter.as_ref().and_then(|splitter| splitter.id.as_deref()),
            Run::Processor(run) => run.processor_id.as_deref(),
            Run::Workflow(run) => run.workflow.as_ref().and_then(|workflow| workflow.id.as_deref()),
            Run::Parse(_) | Run::Verify(_) => None,
        }
    }

    /// The type of a legacy processor run's processor (`type`, list filter `processorType`).
    pub(crate) fn processor_type(&self) -> Option<&LegacyProcessorType> {
        match self {
            Run::Processor(run) => run.type_.as_ref(),
            _ => None,
        }
    }

    /// The risk level of a verify run's result (`output.riskLevel`, list filter `riskLevel`):
    /// only a `PROCESSED` verify run has one.
    pub(crate) fn risk_level(&self) -> Option<VerifyRiskLevel> {
        match self {
            Run::Verify(run) => run
                .output
                .as_ref()
                .and_then(|output| output.get("riskLevel"))
                .and_then(|level| level.as_str())
                .map(VerifyRiskLevel::from),
            _ => None,
        }
    }

    /// The batch id the run object carries (workflow and parse runs; the other kinds' batch is
    /// known to the sandbox only).
    pub(crate) fn batch_id_field(&mut self) -> Option<&mut Option<String>> {
        match self {
            Run::Workflow(run) => Some(&mut run.batch_id),
            Run::Parse(run) => Some(&mut run.batch_id),
            _ => None,
        }
    }

    /// Sets the status and, on the kinds that have one, `updatedAt`. A workflow run that ends
    /// gets its `endTime`, and its unfinished steps end as it does.
    pub(crate) fn set_status(&mut self, status: RunStatus, at: Timestamp) {
        match self {
            Run::Extract(run) => (run.status, run.updated_at) = (status, Some(at)),
            Run::Classify(run) => (run.status, run.updated_at) = (status, Some(at)),
            Run::Split(run) => (run.status, run.updated_at) = (status, Some(at)),
            Run::Verify(run) => (run.status, run.updated_at) = (status, Some(at)),
            Run::Processor(run) => run.status = status,
            Run::Parse(run) => run.status = status,
            Run::Workflow(run) => {
                if status == RunStatus::Processing && run.start_time.is_none() {
                    run.start_time = Some(at);
                }
                if status == RunStatus::Cancelled {
                    run.end_time = Some(at);
                    for step in run.step_runs.iter_mut().flatten() {
                        let unfinished = step
                            .0
                            .get("status")
                            .and_then(|status| status.as_str())
                            .is_some_and(|status| matches!(status, "PENDING" | "WAITING" | "PROCESSING"));
                        if unfinished {
                            step.0.insert("status".to_owned(), "CANCELLED".into());
                        }
                    }
                }
                run.status = status;
            }
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

impl From<types::WorkflowRun> for Run {
    fn from(run: types::WorkflowRun) -> Self {
        Run::Workflow(run)
    }
}

impl From<types::ParseRun> for Run {
    fn from(run: types::ParseRun) -> Self {
        Run::Parse(run)
    }
}

impl From<types::VerifyRun> for Run {
    fn from(run: types::VerifyRun) -> Self {
        Run::Verify(run)
    }
}
