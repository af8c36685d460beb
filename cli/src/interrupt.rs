//! Stopping a batch: the first Ctrl-C (SIGINT), or the output closing under it (`| head`),
//! stops the sending of further cancels, so that the batch ends with the cancels in flight and
//! its summary; a second Ctrl-C quits at once.

use crate::exit::{self, Status};
use std::time::Duration;
use tokio::sync::watch;

/// Why a batch stops sending before its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// Ctrl-C was pressed.
    CtrlC,
    /// The output could not be written (standard output closed, a full disk): cancels sent
    /// past that point could not be recorded.
    OutputLost,
}

/// Where the batch is: going, stopping for a cause, or quitting at once (a second Ctrl-C).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Sending as usual.
    Going,
    /// No further cancel is to be sent; those in flight finish.
    Stopping(Cause),
    /// A second Ctrl-C: quit at once.
    Quitting,
}

/// Whether the batch was told to stop, and why; cheap to clone, and any clone can stop it.
#[derive(Clone, Debug)]
pub struct Interrupt {
    /// The state, watched by the batch and the streams that send.
    state: watch::Sender<State>,
}

/// How long the Ctrl-C task leaves the batch to clear its progress bar and quit by itself after
/// a second press, before it quits regardless (when no batch is there to do it).
const QUIT_GRACE: Duration = Duration::from_millis(300);

impl Interrupt {
    /// Replaces the default action of SIGINT (ending the process) for the rest of the run, from
    /// this call on. Call it inside the runtime, before the first cancel is sent.
    pub fn install() -> Self {
        let interrupt = Interrupt { state: watch::Sender::new(State::Going) };
        let mut presses = Presses::listen();
        let state = interrupt.state.clone();
        tokio::spawn(async move {
            if !presses.next().await {
                // No handler could be installed: Ctrl-C keeps its default action.
                return;
            }
            // The batch says what it does about it (it knows how to print past its progress bar).
            stop(&state, Cause::CtrlC);
            if presses.next().await {
                // The batch clears its bar and quits; should none be there to, quit anyway.
                state.send_replace(State::Quitting);
                tokio::time::sleep(QUIT_GRACE).await;
                exit::note("\nInterrupted again: quitting now.");
                std::process::exit(Status::Interrupted.code().into());
            }
        });
        interrupt
    }

    /// Stops the batch for `cause`, unless it is stopping already (the first cause is the one
    /// reported).
    pub fn stop(&self, cause: Cause) {
        stop(&self.state, cause);
    }

    /// Why the batch is stopping, once it is (a second Ctrl-C counts as Ctrl-C).
    pub fn cause(&self) -> Option<Cause> {
        match *self.state.borrow() {
            State::Going => None,
            State::Stopping(cause) => Some(cause),
            State::Quitting => Some(Cause::CtrlC),
        }
    }

    /// Whether the batch is stopping (no further cancel is to be sent).
    pub fn is_stopping(&self) -> bool {
        self.cause().is_some()
    }

    /// Resolves when the batch is told to stop.
    pub async fn stopping(&self) {
        // The sender lives in `self`: the wait ends only when the state changes.
        let _ = self.state.subscribe().wait_for(|state| *state != State::Going).await;
    }

    /// Resolves at a second Ctrl-C: quit at once.
    pub async fn quitting(&self) {
        let _ = self.state.subscribe().wait_for(|state| *state == State::Quitting).await;
    }
}

/// Moves `state` from going to stopping for `cause`; a later cause changes nothing.
fn stop(state: &watch::Sender<State>, cause: Cause) {
    state.send_if_modified(|state| {
        let going = *state == State::Going;
        if going {
            *state = State::Stopping(cause);
        }
        going
    });
}

/// The presses of Ctrl-C. On Unix the handler is installed when this is made, not when the
/// task first waits, so that a press right after `Interrupt::install` is not lost.
#[cfg(unix)]
struct Presses(Option<tokio::signal::unix::Signal>);

#[cfg(unix)]
impl Presses {
    fn listen() -> Self {
        Presses(tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok())
    }

    /// The next press; false when no handler could be installed.
    async fn next(&mut self) -> bool {
        match &mut self.0 {
            Some(signal) => signal.recv().await.is_some(),
            None => false,
        }
    }
}

#[cfg(not(unix))]
struct Presses;

#[cfg(not(unix))]
impl Presses {
    fn listen() -> Self {
        Presses
    }

    /// The next press; false when no handler could be installed.
    async fn next(&mut self) -> bool {
        tokio::signal::ctrl_c().await.is_ok()
    }
}
