//! `StoredRun`: a run with what the sandbox knows of it beyond the run object.

use crate::{run::Run, sample::SampleRun};
use extend_cancel::types;
use std::time::Duration;

/// A run as a sandbox holds it: the run object, and what the list filters match that the
/// run object does not carry (its batch, source and source id), for a `PENDING` run how long
/// it waits before it starts `PROCESSING`, and for a `CANCELLING` run how long until it is
/// `CANCELLED`. What [`Sandbox::insert`] takes, and [`Sandbox::stored`] gives back.
///
/// Where the run object has a field of its own for the batch (a workflow or parse run's
/// `batchId`) or the source (a verify run's `source` and `sourceId`), the two agree once the run
/// is inserted: a value set here is written into the run object, and one left out here is read
/// from it.
///
/// ```
/// use extend_cancel::{RunStatus, RunKind};
/// use extend_cancel_sandbox::{sample::SampleRun, StoredRun};
/// use std::time::Duration;
/// let stored = StoredRun::new(SampleRun::new(RunKind::Split, "splr_1", RunStatus::Pending))
///     .batch_id("bpr_march")
///     .source("BATCH_PROCESSOR_RUN")
///     .source_id("bpr_march")
///     .pending_for(Duration::from_millis(200));
/// assert_eq!(stored.run.id(), "splr_1");
/// assert_eq!(stored.batch_id.as_deref(), Some("bpr_march"));
/// ```
///
/// [`Sandbox::insert`]: crate::Sandbox::insert
/// [`Sandbox::stored`]: crate::Sandbox::stored
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct StoredRun {
    /// The run object, served as it is by retrieve and cancel and summarized by list.
    pub run: Run,
    /// The batch the run belongs to (list filter `batchId`, and `GET /batch_runs/{id}`).
    pub batch_id: Option<String>,
    /// What created the run (list filter `source`): `ADMIN`, `BATCH_PROCESSOR_RUN`,
    /// `PLAYGROUND`, `WORKFLOW_CONFIGURATION`, `WORKFLOW_RUN`, `STUDIO` or `API`; for a parse
    /// run also `BATCH_PARSER_RUN`, `EDIT_RUN` or `DOCUMENT_PROCESSOR_RUN`; for a verify run
    /// `API` or `STUDIO`. Workflow runs are not listed by source.
    pub source: Option<String>,
    /// The id of the entity that created the run (list filter `sourceId`).
    pub source_id: Option<String>,
    /// For a `PENDING` run, how long after it is inserted it starts `PROCESSING` (`None`: the
    /// sandbox's [`pending_for`](crate::SandboxBuilder::pending_for)). Read back from
    /// [`Sandbox::stored`](crate::Sandbox::stored), the time still to wait.
    pub pending_for: Option<Duration>,
    /// For a `CANCELLING` run, how long after it is inserted it becomes `CANCELLED` (`None`:
    /// the sandbox's [`cancelling_delay`](crate::SandboxBuilder::cancelling_delay)). Read back
    /// from [`Sandbox::stored`](crate::Sandbox::stored), the time still to wait.
    pub cancelling_for: Option<Duration>,
}

impl StoredRun {
    /// The run with no batch, source or delay of its own.
    pub fn new(run: impl Into<Run>) -> StoredRun {
        StoredRun {
            run: run.into(),
            batch_id: None,
            source: None,
            source_id: None,
            pending_for: None,
            cancelling_for: None,
        }
    }

    /// The batch the run belongs to.
    pub fn batch_id(mut self, batch_id: impl Into<String>) -> StoredRun {
        self.batch_id = Some(batch_id.into());
        self
    }

    /// What created the run, such as `API` or `BATCH_PROCESSOR_RUN`.
    pub fn source(mut self, source: impl Into<String>) -> StoredRun {
        self.source = Some(source.into());
        self
    }

    /// The id of the entity that created the run, such as a workflow run's.
    pub fn source_id(mut self, source_id: impl Into<String>) -> StoredRun {
        self.source_id = Some(source_id.into());
        self
    }

    /// For a `PENDING` run, how long after it is inserted it becomes `PROCESSING` (on the
    /// first request, or call of the `Sandbox`, after that time). Ignored for other statuses.
    pub fn pending_for(mut self, delay: Duration) -> StoredRun {
        self.pending_for = Some(delay);
        self
    }

    /// For a `CANCELLING` run, how long after it is inserted it becomes `CANCELLED` (on the
    /// first request, or call of the `Sandbox`, after that time). Ignored for other statuses.
    pub fn cancelling_for(mut self, delay: Duration) -> StoredRun {
        self.cancelling_for = Some(delay);
        self
    }
}

impl From<Run> for StoredRun {
    fn from(run: Run) -> StoredRun {
        StoredRun::new(run)
    }
}

impl From<SampleRun> for StoredRun {
    fn from(sample: SampleRun) -> StoredRun {
        StoredRun::new(sample.build())
    }
}

impl From<types::ExtractRun> for StoredRun {
    fn from(run: types::ExtractRun) -> StoredRun {
        StoredRun::new(run)
    }
}

impl From<types::ClassifyRun> for StoredRun {
    fn from(run: types::ClassifyRun) -> StoredRun {
        StoredRun::new(run)
    }
}

impl From<types::SplitRun> for StoredRun {
    fn from(run: types::SplitRun) -> StoredRun {
        StoredRun::new(run)
    }
}

impl From<types::LegacyProcessorRun> for StoredRun {
    fn from(run: types::LegacyProcessorRun) -> StoredRun {
        StoredRun::new(run)
    }
}

impl From<types::WorkflowRun> for StoredRun {
    fn from(run: types::WorkflowRun) -> StoredRun {
        StoredRun::new(run)
    }
}

impl From<types::ParseRun> for StoredRun {
    fn from(run: types::ParseRun) -> StoredRun {
        StoredRun::new(run)
    }
}

impl From<types::VerifyRun> for StoredRun {
    fn from(run: types::VerifyRun) -> StoredRun {
        StoredRun::new(run)
    }
}
