//! The runs a sandbox holds, with the orders a list pages through, the `PENDING` runs waiting
//! to start, and a log of order changes that keeps a listing's paging stable.

use crate::{run::Run, stored::StoredRun};
use extend_cancel::{RunKind, RunSource, RunStatus, Timestamp};
use std::{
    collections::{BTreeMap, BTreeSet, HashMap, VecDeque},
    ops::RangeInclusive,
    time::{Duration, Instant, SystemTime},
};

/// How many changes to the runs (added, replaced, removed, or moved by a new status) a
/// sandbox remembers for paging unless `SandboxBuilder::paging_log_limit` sets another: a
/// listing can be paged through until this many changes were made after its first page.
pub const DEFAULT_PAGING_LOG_LIMIT: usize = 100_000;

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
    due: Option<(Instant, Timestamp)>,
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

    /// The run's place in both orders.
    fn keys(&self) -> Keys {
        Keys { kind: self.run.kind(), created: self.created, updated: self.updated }
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
fn after_wait(status: &RunStatus) -> Option<RunStatus> {
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

/// The field a list is ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum SortBy {
    CreatedAt,
    UpdatedAt,
}

/// Where a run stands in the orders: its kind (each kind is listed on its own) and its two
/// sort fields. Ties are broken by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Keys {
    pub(crate) kind: RunKind,
    pub(crate) created: Timestamp,
    pub(crate) updated: Timestamp,
}

impl Keys {
    pub(crate) fn get(&self, by: SortBy) -> Timestamp {
        match by {
            SortBy::CreatedAt => self.created,
            SortBy::UpdatedAt => self.updated,
        }
    }
}

/// One kind's runs in both orders, as `(sort field, id)`.
#[derive(Default)]
struct Orders {
    created: BTreeSet<(Timestamp, String)>,
    updated: BTreeSet<(Timestamp, String)>,
}

/// A run whose place changed: it was added, moved (its `updatedAt` or `createdAt` changed)
/// or removed. `before` is where it stood, `None` if it did not exist.
struct Change {
    id: String,
    before: Option<Keys>,
}

/// Every run by id, each kind's orders, the runs of each batch, the `PENDING` and `CANCELLING`
/// runs by the time their wait ends, and the change log: the most recent `keep` changes, a change's version being its index + 1 +
/// `trimmed`. The log is bounded so that a sandbox changed without end (runs replaced over
/// and over) keeps a bounded memory; a listing begun before the oldest change kept can no
/// longer be paged ([`Store::versions`]).
pub(crate) struct Store {
    runs: BTreeMap<String, Entry>,
    orders: HashMap<RunKind, Orders>,
    batches: HashMap<String, BTreeSet<String>>,
    due: BTreeSet<(Instant, String)>,
    changes: VecDeque<Change>,
    trimmed: u64,
    keep: usize,
}

impl Default for Store {
    fn default() -> Self {
        Store {
            runs: BTreeMap::new(),
            orders: HashMap::new(),
            batches: HashMap::new(),
            due: BTreeSet::new(),
            changes: VecDeque::new(),
            trimmed: 0,
            keep: DEFAULT_PAGING_LOG_LIMIT,
        }
    }
}

impl Store {
    /// Adds or replaces a run; returns the run it replaced. A `PENDING` run waits its own
    /// `pending_for`, else the default, else forever; a `CANCELLING` run its own
    /// `cancelling_for`, else the default.
    pub(crate) fn insert(&mut self, stored: StoredRun, delays: Delays) -> Option<Run> {
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
        let id = run.id().to_owned();
        let before = self.unindex(&id);
        let entry = Entry { run, batch_id, source, source_id, created, updated, due };
        if let Some((at, _)) = entry.due {
            self.due.insert((at, id.clone()));
        }
        if let Some(batch) = &entry.batch_id {
            self.batches.entry(batch.clone()).or_default().insert(id.clone());
        }
        self.index(&id, entry.keys());
        self.log(Change { id: id.clone(), before: before.as_ref().map(Entry::keys) });
        self.runs.insert(id, entry);
        before.map(|entry| entry.run)
    }

    /// Removes a run; returns it.
    pub(crate) fn remove(&mut self, id: &str) -> Option<Run> {
        let before = self.unindex(id)?;
        self.log(Change { id: id.to_owned(), before: Some(before.keys()) });
        Some(before.run)
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Entry> {
        self.runs.get(id)
    }

    /// Every run, ordered by id.
    pub(crate) fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.runs.values()
    }

    /// The runs of the batch `batch_id`, ordered by id.
    pub(crate) fn batch(&self, batch_id: &str) -> impl Iterator<Item = &Entry> {
        self.batches.get(batch_id).into_iter().flatten().filter_map(|id| self.runs.get(id))
    }

    /// Gives a run a new status and `updatedAt`, moving it in the `updatedAt` order; returns
    /// the run as it is now.
    pub(crate) fn set_status(&mut self, id: &str, status: RunStatus, at: Timestamp) -> Option<&Run> {
        let entry = self.runs.get(id)?;
        let before = entry.keys();
        self.deindex(id, before);
        let entry = self.runs.get_mut(id)?;
        entry.run.set_status(status, at);
        entry.updated = at;
        // A run that left PENDING or CANCELLING no longer waits.
        entry.due = None;
        let after = entry.keys();
        self.index(id, after);
        if after != before {
            self.log(Change { id: id.to_owned(), before: Some(before) });
        }
        self.runs.get(id).map(|entry| &entry.run)
    }

    /// Makes the run wait `delay` in its status (`PENDING` or `CANCELLING`) before it changes
    /// to the next (`PROCESSING` or `CANCELLED`).
    pub(crate) fn wait(&mut self, id: &str, delay: Duration) {
        let Some(entry) = self.runs.get_mut(id) else { return };
        let at = Instant::now() + delay;
        entry.due = Some((at, Timestamp::from(SystemTime::now() + delay)));
        self.due.insert((at, id.to_owned()));
    }

    /// Ends every wait that ended by `now`: a `PENDING` run becomes `PROCESSING`, a
    /// `CANCELLING` run `CANCELLED`, updated at the time its wait ended.
    pub(crate) fn start_due(&mut self, now: Instant) {
        while let Some((at, id)) = self.due.first().cloned() {
            if at > now {
                break;
            }
            self.due.pop_first();
            // Only if the entry still waits for this time (not replaced or changed since).
            let Some((entry, (_, wall))) = self
                .runs
                .get(&id)
                .and_then(|entry| Some((entry, entry.due?)))
                .filter(|(_, (due, _))| *due == at)
            else {
                continue;
            };
            if let Some(next) = after_wait(entry.run.typed_status()) {
                self.set_status(&id, next, wall);
            }
        }
    }

    /// Keeps at most `keep` changes (at least one), dropping the oldest first.
    pub(crate) fn keep_changes(&mut self, keep: usize) {
        self.keep = keep.max(1);
        self.trim();
    }

    /// The version of the orders: how many changes were logged.
    pub(crate) fn version(&self) -> u64 {
        self.trimmed + self.changes.len() as u64
    }

    /// The versions a listing can still be paged from: from the oldest change kept to now.
    pub(crate) fn versions(&self) -> RangeInclusive<u64> {
        self.trimmed..=self.version()
    }

    /// Where each run changed since `version` stood at that version (`None`: it did not
    /// exist). Runs not named stand where they stood. `version` must be in
    /// [`versions`](Self::versions); for an older one, the changes kept are all there is.
    pub(crate) fn moved_since(&self, version: u64) -> HashMap<&str, Option<Keys>> {
        let mut moved = HashMap::new();
        let start = usize::try_from(version.saturating_sub(self.trimmed)).unwrap_or(usize::MAX);
        for change in self.changes.iter().skip(start) {
            // The first change after the version knows where the run stood at it.
            moved.entry(change.id.as_str()).or_insert(change.before);
        }
        moved
    }

    /// The runs of `kind` ordered by `by`, then id, as they stand now.
    pub(crate) fn order(&self, kind: RunKind, by: SortBy) -> Option<&BTreeSet<(Timestamp, String)>> {
        self.orders.get(&kind).map(|orders| match by {
            SortBy::CreatedAt => &orders.created,
            SortBy::UpdatedAt => &orders.updated,
        })
    }

    fn log(&mut self, change: Change) {
        self.changes.push_back(change);
        self.trim();
    }

    fn trim(&mut self) {
        while self.changes.len() > self.keep {
            self.changes.pop_front();
            self.trimmed += 1;
        }
    }

    /// Takes a run out of the map, the orders and its batch, keeping it out of the change log.
    fn unindex(&mut self, id: &str) -> Option<Entry> {
        let entry = self.runs.remove(id)?;
        self.deindex(id, entry.keys());
        if let Some(batch) = &entry.batch_id {
            if let Some(runs) = self.batches.get_mut(batch) {
                runs.remove(id);
                if runs.is_empty() {
                    self.batches.remove(batch);
                }
            }
        }
        Some(entry)
    }

    fn index(&mut self, id: &str, keys: Keys) {
        let orders = self.orders.entry(keys.kind).or_default();
        orders.created.insert((keys.created, id.to_owned()));
        orders.updated.insert((keys.updated, id.to_owned()));
    }

    fn deindex(&mut self, id: &str, keys: Keys) {
        if let Some(orders) = self.orders.get_mut(&keys.kind) {
            orders.created.remove(&(keys.created, id.to_owned()));
            orders.updated.remove(&(keys.updated, id.to_owned()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::SampleRun;

    fn run(id: &str, status: RunStatus, seconds: i64) -> StoredRun {
        let at = Timestamp::parse("2026-01-01T00:00:00Z").unwrap() + chrono::TimeDelta::seconds(seconds);
        StoredRun::new(SampleRun::new(RunKind::Extract, id, status).created_at(at))
    }

    const NEVER: Delays = Delays { pending: None, cancelling: Duration::from_secs(3600) };

    fn ids(store: &Store, by: SortBy) -> Vec<&str> {
        store.order(RunKind::Extract, by).unwrap().iter().map(|(_, id)| id.as_str()).collect()
    }

    #[test]
    fn keeps_both_orders_and_logs_where_moved_runs_stood() {
        let mut store = Store::default();
        store.insert(run("exr_b", RunStatus::Processing, 2), NEVER);
        store.insert(run("exr_a", RunStatus::Processing, 1), NEVER);
        store.insert(run("exr_c", RunStatus::Processing, 3), NEVER);
        assert_eq!(ids(&store, SortBy::CreatedAt), ["exr_a", "exr_b", "exr_c"]);
        let version = store.version();
        let before = store.get("exr_a").unwrap().keys();
        let later = Timestamp::parse("2026-02-01T00:00:00Z").unwrap();
        store.set_status("exr_a", RunStatus::Cancelled, later);
        assert_eq!(ids(&store, SortBy::UpdatedAt), ["exr_b", "exr_c", "exr_a"]);
        assert_eq!(ids(&store, SortBy::CreatedAt), ["exr_a", "exr_b", "exr_c"]);
        store.set_status("exr_a", RunStatus::Cancelled, later + chrono::TimeDelta::seconds(1));
        store.insert(run("exr_d", RunStatus::Processing, 0), NEVER);
        store.remove("exr_b");
        let moved = store.moved_since(version);
        assert_eq!(moved.len(), 3);
        assert_eq!(moved["exr_a"], Some(before), "the first change knows where it stood");
        assert_eq!(moved["exr_d"], None);
        assert!(moved["exr_b"].is_some());
        assert_eq!(ids(&store, SortBy::CreatedAt), ["exr_d", "exr_a", "exr_c"]);
    }

    #[test]
    fn the_change_log_keeps_the_most_recent_changes() {
        let mut store = Store::default();
        store.keep_changes(2);
        store.insert(run("exr_a", RunStatus::Processing, 1), NEVER);
        store.insert(run("exr_b", RunStatus::Processing, 2), NEVER);
        assert_eq!(store.versions(), 0..=2);
        store.insert(run("exr_c", RunStatus::Processing, 3), NEVER);
        store.remove("exr_a");
        assert_eq!(store.versions(), 2..=4, "the two oldest changes dropped");
        let moved = store.moved_since(2);
        assert_eq!((moved.len(), moved["exr_c"]), (2, None));
        assert!(moved["exr_a"].is_some());
        assert_eq!(ids(&store, SortBy::CreatedAt), ["exr_b", "exr_c"], "the runs themselves stay");
    }

    #[test]
    fn a_pending_run_starts_processing_when_its_wait_ends() {
        let mut store = Store::default();
        store.insert(run("exr_wait", RunStatus::Pending, 0).pending_for(Duration::from_secs(60)), NEVER);
        store
            .insert(run("exr_now", RunStatus::Pending, 0), Delays { pending: Some(Duration::ZERO), ..NEVER });
        store.insert(run("exr_never", RunStatus::Pending, 0), NEVER);
        store.start_due(Instant::now());
        let status = |store: &Store, id: &str| store.get(id).unwrap().run.status().to_owned();
        assert_eq!(status(&store, "exr_now"), "PROCESSING");
        assert_eq!(status(&store, "exr_wait"), "PENDING");
        assert!(
            store.get("exr_wait").unwrap().to_stored(Instant::now()).pending_for
                > Some(Duration::from_secs(50))
        );
        store.start_due(Instant::now() + Duration::from_secs(61));
        assert_eq!(status(&store, "exr_wait"), "PROCESSING");
        assert_eq!(status(&store, "exr_never"), "PENDING");
        // A run replaced before its time does not start at the old time.
        store.insert(run("exr_r", RunStatus::Pending, 0).pending_for(Duration::ZERO), NEVER);
        store.insert(run("exr_r", RunStatus::Pending, 0), NEVER);
        store.start_due(Instant::now() + Duration::from_secs(1));
        assert_eq!(status(&store, "exr_r"), "PENDING");
    }
}
