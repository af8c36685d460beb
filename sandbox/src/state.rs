//! What the server and the `Sandbox` handle share: the settings and the mutable state.

use crate::{fault::Fault, recorded::RecordedRequest, run::Run};
use std::{
    collections::{BTreeMap, VecDeque},
    sync::{Mutex, MutexGuard},
};

/// What the server and the `Sandbox` handle share.
pub(crate) struct Shared {
    pub(crate) api_key: String,
    pub(crate) workspace_id: String,
    pub(crate) state: Mutex<State>,
}

/// The runs, the faults still to serve, and what was received.
#[derive(Default)]
pub(crate) struct State {
    pub(crate) runs: BTreeMap<String, Run>,
    pub(crate) faults: VecDeque<(Fault, u32)>,
    pub(crate) requests: Vec<RecordedRequest>,
    pub(crate) served: u64,
}

impl Shared {
    /// The state; a panic while it was held (there is none to expect) does not poison it for
    /// the caller's assertions.
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
