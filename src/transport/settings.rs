//! The client's settings as the generated client's hooks read them at run time.

use crate::transport::retry::RetryPolicy;
use reqwest::header::HeaderValue;
use std::{sync::Arc, time::Duration};

/// The default limit on a response body: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// Settings that the wrapper and the generated client's hooks share: progenitor's "inner
/// type" of [`crate::generated::Client`]. Opaque: build a [`crate::Client`] with
/// [`crate::Client::builder`]; `ClientState::default()` gives the defaults, for constructing
/// a generated client by hand.
#[derive(Clone, Debug, Default)]
pub struct ClientState {
    pub(crate) settings: Arc<Settings>,
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
