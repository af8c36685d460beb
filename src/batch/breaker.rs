//! When a batch stops sending: its failures show that every further request would fail too.
//! A refused key (401) stops it at once; a run of consecutive runs that failed for a reason
//! that says nothing about the run (a transport failure, a 403, a 5xx or a 429, each after the
//! client's retries), with no success between them, stops it too.

use crate::{error::StopReason, BatchStop, Error};
use reqwest::StatusCode;
use std::sync::{Arc, Mutex, OnceLock};

/// The default number of consecutive runs failing for a reason not about the run that stops
/// a batch ([`crate::CancelMany::stop_after_failures`]).
pub const DEFAULT_STOP_AFTER_FAILURES: u32 = 10;

/// One batch's record of its failures, shared by all its tasks.
#[derive(Debug)]
pub(crate) struct Breaker {
    /// Consecutive failures that stop the batch; 0 never stops it (a 401 still does).
    limit: u32,
    /// Consecutive failures not about the run, since the last answer about one.
    consecutive: Mutex<u32>,
    /// Set once, by the first stop; read before every request without a lock.
    stopped: OnceLock<Arc<BatchStop>>,
}

/// What one run's result says about the requests still to come.
enum Verdict {
    /// The API answered about the run itself (a success, 400, 404, an unreadable body):
    /// requests get through.
    Answered,
    /// A failure that every request would meet: the key is refused.
    KeyRefused,
    /// A failure that says nothing about the run.
    NotAboutTheRun,
    /// Nothing was sent (an invalid id, a bad setting, the batch had stopped): says nothing
    /// either way.
    Silent,
}

impl Breaker {
    pub(crate) fn new(limit: u32) -> Self {
        Breaker { limit, consecutive: Mutex::new(0), stopped: OnceLock::new() }
    }

    /// Why the batch stopped, once it has.
    pub(crate) fn stopped(&self) -> Option<Arc<BatchStop>> {
        self.stopped.get().cloned()
    }

    /// Counts one run's result, which ended in `error` (`None` for a run the API answered).
    pub(crate) fn record(&self, error: Option<&Error>) {
        // A poisoned lock only means a panic elsewhere mid-update; the count is plain data.
        let mut consecutive = self.consecutive.lock().unwrap_or_else(|e| e.into_inner());
        let Some(error) = error else {
            *consecutive = 0;
            return;
        };
        let reason = match verdict(error) {
            Verdict::Answered => {
                *consecutive = 0;
                return;
            }
            Verdict::Silent => return,
            Verdict::KeyRefused => StopReason::KeyRefused,
            Verdict::NotAboutTheRun => {
                *consecutive += 1;
                if self.limit == 0 || *consecutive < self.limit {
                    return;
                }
                StopReason::ConsecutiveFailures(*consecutive)
            }
        };
        // Under the count's lock: only the first stop is set and logged.
        if self.stopped.get().is_none() {
            // Only one stop: the first error that caused it.
            let stop = BatchStop::new(reason, error);
            tracing::warn!(
                target: "extend_cancel::batch",
                reason = %stop.reason,
                error = %stop.message,
                request_id = stop.request_id.as_deref(),
                "extend-cancel batch stopped: every further request would fail"
            );
            let _ = self.stopped.set(Arc::new(stop));
        }
    }
}

fn verdict(error: &Error) -> Verdict {
    match error {
        Error::Api(api) if api.status == StatusCode::UNAUTHORIZED => Verdict::KeyRefused,
        Error::Api(api)
            if api.status == StatusCode::FORBIDDEN
                || api.status == StatusCode::TOO_MANY_REQUESTS
                || api.status.is_server_error() =>
        {
            Verdict::NotAboutTheRun
        }
        Error::Transport { .. } | Error::Timeout { .. } => Verdict::NotAboutTheRun,
        Error::Api(_) | Error::Decode(_) | Error::BodyTooLarge { .. } => Verdict::Answered,
        _ => Verdict::Silent,
    }
}
