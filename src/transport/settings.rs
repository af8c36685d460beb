//! The client's settings as the generated client's hooks read them, and the slot in which a
//! per-call generated client hands the request it built to the wrapper.

use crate::transport::retry::RetryPolicy;
use reqwest::header::HeaderValue;
use std::{
    fmt,
    sync::{Arc, Mutex},
    time::Duration,
};

/// The default limit on a response body: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// Settings that the wrapper and the generated client's hooks share: progenitor's "inner
/// type" of [`crate::generated::Client`]. Opaque: build a [`crate::Client`] with
/// [`crate::Client::builder`]; `ClientState::default()` gives the defaults, for constructing
/// a generated client by hand.
#[derive(Clone, Debug, Default)]
pub struct ClientState {
    pub(crate) settings: Arc<Settings>,
    /// Set only on the short-lived generated client the wrapper makes for one call: its `pre`
    /// hook puts the request it built here instead of sending it (`transport::hooks`).
    pub(crate) built: Option<BuiltRequest>,
}

impl ClientState {
    /// The state of a generated client that builds one request for the wrapper to send.
    pub(crate) fn building(settings: &Arc<Settings>) -> Self {
        ClientState { settings: Arc::clone(settings), built: Some(BuiltRequest::default()) }
    }
}

/// The request a per-call generated client built, waiting for the wrapper to take it.
#[derive(Default)]
pub(crate) struct BuiltRequest(Mutex<Option<reqwest::Request>>);

impl BuiltRequest {
    pub(crate) fn put(&self, request: reqwest::Request) {
        // A poisoned lock only means a panic elsewhere mid-update; the slot is plain data.
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(request);
    }

    pub(crate) fn take(&self) -> Option<reqwest::Request> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

impl Clone for BuiltRequest {
    /// A clone is an empty slot: a request is built for one call only.
    fn clone(&self) -> Self {
        BuiltRequest::default()
    }
}

impl fmt::Debug for BuiltRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BuiltRequest")
    }
}

/// What a [`crate::ClientBuilder`] set, checked.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) retry: RetryPolicy,
    /// Replaces each operation's default `x-extend-api-version`.
    pub(crate) api_version: Option<HeaderValue>,
    /// The default overall deadline of a call.
    pub(crate) deadline: Option<Duration>,
    pub(crate) max_response_bytes: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            retry: RetryPolicy::default(),
            api_version: None,
            deadline: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}
