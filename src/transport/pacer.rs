//! The shared pacing of a batch: every attempt of every request a batch sends (a cancel, the
//! fetch that settles a cancel's outcome, a list page) waits for the rate limit's next slot,
//! and a 429 pauses the whole batch, so that the batch slows down as a whole instead of every
//! task retrying into the limit on its own. The attempt loop (`attempts.rs`) waits on it; how
//! many requests are in flight at once is the batch's own bound (`batch::limits`).

use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

/// The longest spacing a rate limit gives.
const ONE_DAY: Duration = Duration::from_secs(24 * 3600);

/// A batch's shared timing: a pause that a 429 imposes on every task, and the even spacing
/// of a rate limit.
#[derive(Debug)]
pub(crate) struct Pacer {
    interval: Option<Duration>,
    state: Mutex<PacerState>,
}

#[derive(Debug)]
struct PacerState {
    paused_until: Option<Instant>,
    next_slot: Instant,
}

impl Pacer {
    /// At most `per_second` attempts started per second when set (values ≤ 0, NaN and
    /// infinity are no limit; slower than one a day counts as one a day).
    pub(crate) fn new(per_second: Option<f64>) -> Self {
        Pacer {
            // Slower than one a day counts as one a day (and keeps the arithmetic in range).
            interval: per_second.filter(|qps| *qps > 0.0 && qps.is_finite()).map(|qps| {
                Duration::try_from_secs_f64(1.0 / qps).map_or(ONE_DAY, |interval| interval.min(ONE_DAY))
            }),
            state: Mutex::new(PacerState { paused_until: None, next_slot: Instant::now() }),
        }
    }

    /// Waits until the batch is not paused and this task's rate-limit slot has come.
    pub(crate) async fn wait(&self) {
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
    pub(crate) fn pause_for(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.paused_until.is_none_or(|current| current < until) {
            state.paused_until = Some(until);
        }
    }
}
