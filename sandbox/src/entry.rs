//! `Entry`: a run as the store holds it, with what the sandbox knows of it beyond the run
//! object, made from a [`StoredRun`] as it is inserted.

use crate::{run::Run, stored::StoredRun};
use extend_cancel::{RunSource, RunStatus, Timestamp};
use std::time::{Duration, Instant, SystemTime};

/// A run and what the sandbox knows of it beyond the run object.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub(crate) run: Run,
    pub(crate) batch_id: Option<String>,
    pub(crate) source: Option<String>,
    pub(crate) source_id: Option<String>,
    /// When the run was created and last changed: its own `createdAt` and `updatedAt` where
    /// the run object has them, else kept here (what list summaries show, and lists order by).
    pub(crate) created: Timestamp,
    pub(crate) updated: Timestamp,
    /// When a `PENDING` run starts `PROCESSING`, or a `CANCELLING` run is `CANCELLED`: the
    /// instant to compare with, and the wall time its `updatedAt` takes then.
    pub(crate) due: Option<(Instant, Timestamp)>,
}

impl Entry {
    /// The entry as the `Sandbox` hands it out, with the time still to wait as `pending_for`
    /// or `cancelling_for`.
    pub(crate) fn to_stored(&self, now: Instant) -> StoredRun {
        let left = self.due.map(|(at, _)| at.saturating_duration_since(now));
        let status = self.run.typed_status();
        StoredRun {
            run: self.run.clone(),
            batch_id: self.batch_id.clone(),
            source: self.source.clone(),
            source_id: self.source_id.clone(),
            pending_for: left.filter(|_| *status == RunStatus::Pending),
            cancelling_for: left.filter(|_| *status == RunStatus::Cancelling),
        }
    }
}

/// How long runs wait to change status unless they have a wait of their own: a `PENDING` run
/// to start (`None`: forever), a `CANCELLING` run to be `CANCELLED`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Delays {
    pub(crate) pending: Option<Duration>,
    pub(crate) cancelling: Duration,
}

/// The status a run waiting in `status` takes when its wait ends.
pub(crate) fn after_wait(status: &RunStatus) -> Option<RunStatus> {
    match status {
        RunStatus::Pending => Some(RunStatus::Processing),
        RunStatus::Cancelling => Some(RunStatus::Cancelled),
        _ => None,
    }
}

/// When a run was created and last changed, as it is inserted: the run object's own times
/// where it has them (as before kinds without them existed: a missing `createdAt` is the
/// epoch, a missing `updatedAt` the creation); for the kinds without (processor, workflow and
/// parse runs), `initialRunAt` or the file's creation (else the samples' creation time), and a
/// minute later unless `PENDING`, as the samples are made.
fn initial_times(run: &Run) -> (Timestamp, Timestamp) {
    match run {
        Run::Extract(_) | Run::Classify(_) | Run::Split(_) | Run::Verify(_) => {
            let created = run.created_at().unwrap_or_default();
            (created, run.updated_at().unwrap_or(created))
        }
        _ => {
            let created =
                run.created_at().or_else(|| run.file_created_at()).unwrap_or_else(crate::sample::created_at);
            let updated = match run.typed_status() {
                RunStatus::Pending => created,
                _ => created + chrono::TimeDelta::seconds(60),
            };
            (created, updated)
        }
    }
}

/// Makes the sandbox's batch, source and source id and the run object's own fields for them
/// agree: a value given wins and is written into the run; one not given is read from it.
fn agree(
    run: &mut Run,
    batch_id: &mut Option<String>,
    source: &mut Option<String>,
    source_id: &mut Option<String>,
) {
    fn both(field: &mut Option<String>, kept: &mut Option<String>) {
        match kept {
            Some(value) => *field = Some(value.clone()),
            None => kept.clone_from(field),
        }
    }
    if let Some(field) = run.batch_id_field() {
        both(field, batch_id);
    }
    if let Run::Verify(run) = run {
        match source {
            Some(value) => run.source = Some(RunSource::from(value.as_str())),
            None => *source = run.source.as_ref().map(|source| source.as_str().to_owned()),
        }
        both(&mut run.source_id, source_id);
    }
}

impl Entry {
    /// The entry of a run inserted now: its batch, source and source id agreeing with the run
    /// object's own, its times, and when its wait in `PENDING` or `CANCELLING` ends (its own
    /// delay, else the default; a `PENDING` run without either waits forever).
    pub(crate) fn new(stored: StoredRun, delays: Delays) -> Entry {
        let StoredRun { mut run, mut batch_id, mut source, mut source_id, pending_for, cancelling_for } =
            stored;
        agree(&mut run, &mut batch_id, &mut source, &mut source_id);
        let wait = match run.typed_status() {
            RunStatus::Pending => pending_for.or(delays.pending),
            RunStatus::Cancelling => Some(cancelling_for.unwrap_or(delays.cancelling)),
            _ => None,
        };
        let due = wait.map(|delay| (Instant::now() + delay, Timestamp::from(SystemTime::now() + delay)));
        let (created, updated) = initial_times(&run);
        Entry { run, batch_id, source, source_id, created, updated, due }
    }
}
