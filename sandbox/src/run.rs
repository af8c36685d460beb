//! The runs a sandbox holds, one enum over the four kinds.

use extend_cancel::{types, LegacyProcessorStatus, RunKind, RunStatus, Timestamp};

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
    // `Run::sample` is in sample/builder.rs, with the samples it builds: a run does not depend
    // on the samples made of it.

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

    /// When the run was created (`createdAt`); a processor run has no such field, so `None`.
    pub fn created_at(&self) -> Option<Timestamp> {
        match self {
            Run::Extract(run) => run.created_at,
            Run::Classify(run) => run.created_at,
            Run::Split(run) => run.created_at,
            Run::Processor(_) => None,
        }
    }

    /// When the run last changed (`updatedAt`); a processor run has no such field, so `None`.
    pub fn updated_at(&self) -> Option<Timestamp> {
        match self {
            Run::Extract(run) => run.updated_at,
            Run::Classify(run) => run.updated_at,
            Run::Split(run) => run.updated_at,
            Run::Processor(_) => None,
        }
    }

    /// The name of the run's file (`file.name`, else the first of `files`), which the list
    /// filter `fileNameContains` looks at.
    pub fn file_name(&self) -> Option<&str> {
        match self {
            Run::Extract(run) => run
                .file
                .as_ref()
                .or_else(|| run.files.as_ref().and_then(|files| files.first()))
                .and_then(|file| file.name.as_deref()),
            Run::Classify(run) => run.file.as_ref().and_then(|file| file.name.as_deref()),
            Run::Split(run) => run.file.as_ref().and_then(|file| file.name.as_deref()),
            Run::Processor(run) => {
                run.files.as_ref().and_then(|files| files.first()).and_then(|file| file.name.as_deref())
            }
        }
    }

    /// The id of the extractor, classifier, splitter or (legacy) processor that made the run,
    /// which the list filters `extractorId`, `classifierId` and `splitterId` look at.
    pub fn processor_id(&self) -> Option<&str> {
        match self {
            Run::Extract(run) => run.extractor.as_ref().and_then(|extractor| extractor.id.as_deref()),
            Run::Classify(run) => run.classifier.as_ref().and_then(|classifier| classifier.id.as_deref()),
            Run::Split(run) => run.splitter.as_ref().and_then(|splitter| splitter.id.as_deref()),
            Run::Processor(run) => run.processor_id.as_deref(),
        }
    }

    /// Sets the status and, on the kinds that have one, `updatedAt`.
    pub(crate) fn set_status(&mut self, status: RunStatus, at: Timestamp) {
        match self {
            Run::Extract(run) => (run.status, run.updated_at) = (status, Some(at)),
            Run::Classify(run) => (run.status, run.updated_at) = (status, Some(at)),
            Run::Split(run) => (run.status, run.updated_at) = (status, Some(at)),
            Run::Processor(run) => run.status = LegacyProcessorStatus::from(status.as_str()),
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
