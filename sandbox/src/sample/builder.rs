//! `SampleRun`: a sample run of any kind with the fields the list filters look at chosen.

use super::{
    classify_run, extract_run, parse_run, parts, processor::retype, processor_run, split_run,
    verify::verify_output, verify_run, workflow::sync_step_files, workflow_run,
};
use crate::run::Run;
use extend_cancel::{types, LegacyProcessorType, RunKind, RunStatus, Timestamp, VerifyRiskLevel};

/// A complete sample run of any kind, with its file name, processor id and creation time
/// chosen; [`build`](SampleRun::build) makes the [`Run`].
///
/// The other fields are those of [`extract_run`], [`classify_run`], [`split_run`],
/// [`processor_run`], [`workflow_run`], [`parse_run`] and [`verify_run`]. Hand it to [`StoredRun::new`](crate::StoredRun::new) to give it a batch
/// and a source as well, or to [`Sandbox::insert`](crate::Sandbox::insert) as it is.
///
/// ```
/// use extend_cancel::{RunStatus, RunKind};
/// use extend_cancel_sandbox::{sample::SampleRun, Run};
/// let at = extend_cancel::Timestamp::parse("2026-05-01T12:00:00Z").unwrap();
/// let run: Run = SampleRun::new(RunKind::Extract, "exr_1", RunStatus::Processing)
///     .file_name("march-invoice.pdf")
///     .processor_id("ex_invoices_v2")
///     .created_at(at)
///     .build();
/// assert_eq!(run.file_name(), Some("march-invoice.pdf"));
/// assert_eq!(run.processor_id(), Some("ex_invoices_v2"));
/// assert_eq!(run.created_at(), Some(at));
/// assert!(run.updated_at() > Some(at), "a run out of the queue was updated after creation");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SampleRun {
    kind: RunKind,
    id: String,
    status: RunStatus,
    file_name: Option<String>,
    processor_id: Option<String>,
    created_at: Option<Timestamp>,
    risk_level: Option<VerifyRiskLevel>,
    processor_type: Option<LegacyProcessorType>,
}

impl SampleRun {
    /// A sample run of `kind` with this id and status, and the sample file, processor and
    /// creation time (2026-03-02T09:30:00Z) until set otherwise.
    pub fn new(kind: RunKind, id: impl Into<String>, status: RunStatus) -> SampleRun {
        SampleRun {
            kind,
            id: id.into(),
            status,
            file_name: None,
            processor_id: None,
            created_at: None,
            risk_level: None,
            processor_type: None,
        }
    }

    /// The name of the run's file (`file.name`; on a processor or workflow run,
    /// `files[0].name`).
    pub fn file_name(mut self, name: impl Into<String>) -> SampleRun {
        self.file_name = Some(name.into());
        self
    }

    /// The id of the extractor, classifier or splitter that made the run (on a processor run,
    /// `processorId`; on a workflow run, `workflow.id`); its version summary names the same id.
    /// Parse and verify runs have none: ignored for them.
    pub fn processor_id(mut self, id: impl Into<String>) -> SampleRun {
        self.processor_id = Some(id.into());
        self
    }

    /// When the run was created (`createdAt`, and its file's; on a workflow run
    /// `initialRunAt`, its `startTime` five seconds later). `updatedAt` follows: the same for a
    /// `PENDING` run, a minute later for any other status (a workflow run's `endTime` and
    /// `reviewedAt` too, when it has them).
    pub fn created_at(mut self, at: Timestamp) -> SampleRun {
        self.created_at = Some(at);
        self
    }

    /// The risk level of a `PROCESSED` verify run's result (`output.riskLevel`, which the list
    /// filter `riskLevel` looks at; the sample's is `HIGH`). Ignored for other runs: only a
    /// processed verify run has a result.
    pub fn risk_level(mut self, level: VerifyRiskLevel) -> SampleRun {
        self.risk_level = Some(level);
        self
    }

    /// The type of a legacy processor run's processor (`type`, which the list filter
    /// `processorType` looks at; the sample's is `EXTRACT`); its config, and its output once
    /// `PROCESSED`, become a classifier's or a splitter's. Ignored for other kinds.
    pub fn processor_type(mut self, processor_type: LegacyProcessorType) -> SampleRun {
        self.processor_type = Some(processor_type);
        self
    }

    /// The kind of run this makes.
    pub fn kind(&self) -> RunKind {
        self.kind
    }

    /// The complete run.
    ///
    /// # Panics
    ///
    /// For a kind that `extend-cancel` added after this version of the sandbox (`RunKind` is
    /// non-exhaustive; today every kind has a sample).
    pub fn build(self) -> Run {
        let SampleRun { kind, id, status, file_name, processor_id, created_at, risk_level, processor_type } =
            self;
        // (createdAt, updatedAt) when chosen.
        let times = created_at.map(|created| (created, parts::updated_at_from(created, &status)));
        let mut run = match kind {
            RunKind::Extract => Run::Extract(extract_run(id, status)),
            RunKind::Classify => Run::Classify(classify_run(id, status)),
            RunKind::Split => Run::Split(split_run(id, status)),
            RunKind::Processor => Run::Processor(processor_run(id, status)),
            RunKind::Workflow => Run::Workflow(workflow_run(id, status)),
            RunKind::Parse => Run::Parse(parse_run(id, status)),
            RunKind::Verify => Run::Verify(verify_run(id, status)),
            other => panic!("the sandbox has no sample {other} run"),
        };
        // Only what was chosen is rewritten: an unchosen field stays the sample function's.
        let file_times = times.map(|(created, _)| (created, created));
        // The parts the three 2026 kinds share: the file summary and the run's own times.
        let file_and_times = |file: Option<&mut types::FileSummary>, run_times| {
            if let Some(file) = file {
                set(Some(&mut file.name), &file_name);
                set_times((&mut file.created_at, &mut file.updated_at), file_times);
            }
            set_times(run_times, times);
        };
        match &mut run {
            Run::Extract(run) => {
                set(run.extractor.as_mut().map(|summary| &mut summary.id), &processor_id);
                set(run.extractor_version.as_mut().map(|version| &mut version.extractor_id), &processor_id);
                file_and_times(run.file.as_mut(), (&mut run.created_at, &mut run.updated_at));
            }
            Run::Classify(run) => {
                set(run.classifier.as_mut().map(|summary| &mut summary.id), &processor_id);
                set(run.classifier_version.as_mut().map(|version| &mut version.classifier_id), &processor_id);
                file_and_times(run.file.as_mut(), (&mut run.created_at, &mut run.updated_at));
            }
            Run::Split(run) => {
                set(run.splitter.as_mut().map(|summary| &mut summary.id), &processor_id);
                set(run.splitter_version.as_mut().map(|version| &mut version.splitter_id), &processor_id);
                file_and_times(run.file.as_mut(), (&mut run.created_at, &mut run.updated_at));
            }
            Run::Processor(run) => {
                set(Some(&mut run.processor_id), &processor_id);
                if let Some(file) = run.files.as_mut().and_then(|files| files.first_mut()) {
                    set(Some(&mut file.name), &file_name);
                    set_times((&mut file.created_at, &mut file.updated_at), file_times);
                }
                if let Some(processor_type) = processor_type {
                    retype(run, processor_type);
                }
            }
            Run::Workflow(run) => {
                set(run.workflow.as_mut().map(|summary| &mut summary.id), &processor_id);
                let file = run.files.as_mut().and_then(|files| files.first_mut());
                file_and_times(file, (&mut run.initial_run_at, &mut None));
                sync_step_files(run);
                if let Some((created, updated)) = times {
                    let start = created + chrono::TimeDelta::seconds(5);
                    let fields = [
                        (&mut run.start_time, start),
                        (&mut run.end_time, updated),
                        (&mut run.reviewed_at, updated),
                    ];
                    for (field, at) in fields {
                        if let Some(field) = field.as_mut() {
                            *field = at;
                        }
                    }
                }
            }
            Run::Parse(run) => file_and_times(run.file.as_mut(), (&mut None, &mut None)),
            Run::Verify(run) => {
                if let (Some(level), Some(_)) = (&risk_level, &run.output) {
                    run.output = Some(verify_output(level));
                }
                file_and_times(run.file.as_mut(), (&mut run.created_at, &mut run.updated_at));
            }
        }
        run
    }
}

/// Sets `field` (when the run has it) to the chosen value (when one was chosen).
fn set<T: Clone>(field: Option<&mut Option<T>>, chosen: &Option<T>) {
    if let (Some(field), Some(chosen)) = (field, chosen) {
        *field = Some(chosen.clone());
    }
}

/// Sets a `(createdAt, updatedAt)` pair to the chosen times, if chosen.
fn set_times(
    fields: (&mut Option<Timestamp>, &mut Option<Timestamp>),
    chosen: Option<(Timestamp, Timestamp)>,
) {
    if let Some((created, updated)) = chosen {
        (*fields.0, *fields.1) = (Some(created), Some(updated));
    }
}

// Here rather than in run.rs, so that a run does not depend on the samples made of it.
impl Run {
    /// A complete sample run of `kind` in `status` (see [`sample`](crate::sample)).
    ///
    /// # Panics
    ///
    /// For a kind that `extend-cancel` added after this version of the sandbox (`RunKind` is
    /// non-exhaustive; today every kind has a sample).
    pub fn sample(kind: RunKind, id: impl Into<String>, status: RunStatus) -> Run {
        SampleRun::new(kind, id, status).build()
    }
}

impl From<SampleRun> for Run {
    fn from(sample: SampleRun) -> Run {
        sample.build()
    }
}
