//! The shared pacing of a batch: every request a batch sends (a cancel, the fetch that settles
//! a cancel's outcome, a list page) takes one of its concurrency permits, waits for the rate
//! limit's next slot, and on a 429 pauses the whole batch, so that the batch slows down as a
//! whole instead of every task retrying into the limit on its own.

use crate::{transport::retry, Error, RetryPolicy};
use std::{
    future::Future,
    sync::Mutex,
    time::{Duration, Instant, SystemTime},
};
use tokio::sync::Semaphore;

/// The longest spacing a rate limit gives.
const ONE_DAY: Duration = Duration::from_secs(24 * 3600);

/// One batch's limits: how many requests are in flight at once, how many start per second, and
/// the pause a 429 imposes on all of them.
pub(crate) struct Pacer {
    permits: Semaphore,
    gate: Gate,
}

impl Pacer {
    /// At most `concurrency` requests at once (at least 1), at most `per_second` started per
    /// second when set.
    pub(crate) fn new(concurrency: usize, per_second: Option<f64>) -> Self {
        Pacer { permits: Semaphore::new(concurrency.max(1)), gate: Gate::new(per_second) }
    }

    /// Sends one request of the batch. `send` makes the request with the retry policy it is
    /// given: the client's, without retrying 429s on its own, because a 429 here pauses the
    /// whole batch and the request goes again after the pause.
    pub(crate) async fn send<T, F, Fut>(&self, policy: &RetryPolicy, mut send: F) -> Result<T, Error>
    where
        F: FnMut(RetryPolicy) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let mut per_call = policy.clone();
        per_call.retry_rate_limited = false;
        let mut attempt = 0;
        // Whether an earlier send's attempt may have reached the server although its response
        // was lost: the last answer (a 400, say) must say so, as one call's would.
        let mut lost_before = false;
        loop {
            attempt += 1;
            self.gate.wait().await;
            let mut result = {
                // Closed never: the semaphore lives as long as the pacer and is never closed.
                let _permit = self.permits.acquire().await;
                send(per_call.clone()).await
            };
            let Err(Error::Api(api)) = &mut result else { return result };
            api.retried_after_lost_response |= lost_before;
            lost_before = api.retried_after_lost_response;
            if api.status != reqwest::StatusCode::TOO_MANY_REQUESTS || !policy.retry_rate_limited {
                return result;
            }
            match retry::decide(
                policy,
                retry::Outcome::Status(api.status),
                &api.headers,
                attempt,
                SystemTime::now(),
                fastrand::f64(),
                None,
            ) {
                retry::Decision::Stop => return result,
                retry::Decision::RetryAfter(wait) => self.gate.pause_for(wait),
            }
        }
    }
}

/// The batch's shared timing: a pause that a 429 imposes on every task, and the even spacing
/// of a rate limit.
struct Gate {
    interval: Option<Duration>,
    state: Mutex<GateState>,
}

struct GateState {
    paused_until: Option<Instant>,
    next_slot: Instant,
}

impl Gate {
    fn new(per_second: Option<f64>) -> Self {
        Gate {
            // Slower than one a day counts as one a day (and keeps the arithmetic in range).
            interval: per_second.map(|qps| {
                Duration::try_from_secs_f64(1.0 / qps).map_or(ONE_DAY, |interval| interval.min(ONE_DAY))
            }),
            state: Mutex::new(GateState { paused_until: None, next_slot: Instant::now() }),
        }
    }

    /// Waits until the batch is not paused and this task's rate-limit slot has come.
    async fn wait(&self) {
        loop {
            let start = {
                let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                let earliest = state.paused_until.filter(|until| *until > now).unwrap_or(now);
                match self.interval {
                    Some(interval) => {
                        let slot = state.next_slot.max(earliest);
                        state.next_slot = slot + interval;
                        slot
                    }
                    None => earliest,
                }
            };
            if start <= Instant::now() {
                // Not paused (the pause was read under the lock) and no slot to wait for.
                return;
            }
            tokio::time::sleep_until(start.into()).await;
            // A 429 seen while this task slept moves the pause; take a new slot after it.
            let paused_until = self.state.lock().unwrap_or_else(|e| e.into_inner()).paused_until;
            if paused_until.is_none_or(|until| until <= Instant::now()) {
                return;
            }
        }
    }

    /// Pauses every task of the batch for `wait` (never shortening a longer pause).
    fn pause_for(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.paused_until.is_none_or(|current| current < until) {
            state.paused_until = Some(until);
        }
    }
}
