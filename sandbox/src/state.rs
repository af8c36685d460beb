//! What the server and the `Sandbox` handle share: the settings and the mutable state.

use crate::{
    fault::Fault,
    recorded::RecordedRequest,
    store::{Delays, Store},
};
use std::{
    collections::{hash_map::RandomState, VecDeque},
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

/// What is called with each request once it is answered, on the task serving it.
pub(crate) type OnRequest = Arc<dyn Fn(&RecordedRequest) + Send + Sync>;

/// What the server and the `Sandbox` handle share.
pub(crate) struct Shared {
    pub(crate) api_key: String,
    pub(crate) workspace_id: String,
    /// How long a `PENDING` run without a delay of its own waits to start.
    pub(crate) pending_for: Option<Duration>,
    /// How long a `CANCELLING` run without a delay of its own waits to be `CANCELLED`.
    pub(crate) cancelling_delay: Duration,
    pub(crate) on_request: Option<OnRequest>,
    /// How many requests the request log keeps (the most recent).
    pub(crate) request_log_limit: usize,
    /// Keys the page tokens' query hashes, so that a token from another sandbox is refused.
    pub(crate) token_key: RandomState,
    pub(crate) state: Mutex<State>,
}

/// The runs, the faults still to serve, and what was received (the most recent requests).
#[derive(Default)]
pub(crate) struct State {
    pub(crate) store: Store,
    pub(crate) faults: VecDeque<(Fault, u32)>,
    pub(crate) requests: VecDeque<RecordedRequest>,
    pub(crate) served: u64,
}

impl Shared {
    /// How long runs wait to change status unless they have a wait of their own.
    pub(crate) fn delays(&self) -> Delays {
        Delays { pending: self.pending_for, cancelling: self.cancelling_delay }
    }

    /// The state, with every `PENDING` run whose wait has ended started and every `CANCELLING`
    /// one whose wait has ended `CANCELLED`: runs change status when they are next looked at,
    /// without a timer. A panic while it was held (there is
    /// none to expect) does not poison it for the caller's assertions.
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        state.store.start_due(Instant::now());
        state
    }

    /// Adds a request to the request log, forgetting the oldest beyond the limit so that a
    /// sandbox serving without end keeps a bounded memory.
    pub(crate) fn record(&self, request: RecordedRequest) {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if self.request_log_limit == 0 {
            return;
        }
        while state.requests.len() >= self.request_log_limit {
            state.requests.pop_front();
        }
        state.requests.push_back(request);
    }
}
