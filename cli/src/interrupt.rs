//! Ctrl-C (SIGINT): the first stops the sending of further cancels, so that the batch ends
//! with the cancels in flight and its summary; a second quits at once.

use crate::exit::Status;
use tokio::sync::watch;

/// Whether Ctrl-C was pressed; cheap to clone.
#[derive(Clone, Debug)]
pub struct Interrupt {
    pressed: watch::Receiver<bool>,
}

impl Interrupt {
    /// Replaces the default action of SIGINT (ending the process) for the rest of the run, from
    /// this call on. Call it inside the runtime, before the first cancel is sent.
    pub fn install() -> Self {
        let (sender, pressed) = watch::channel(false);
        let mut presses = Presses::listen();
        tokio::spawn(async move {
            if !presses.next().await {
                // No handler could be installed: Ctrl-C keeps its default action.
                return;
            }
            // The batch says what it does about it (it knows how to print past its progress bar).
            sender.send_replace(true);
            if presses.next().await {
                eprintln!("\nInterrupted again: quitting now.");
                std::process::exit(Status::Interrupted.code().into());
            }
        });
        Interrupt { pressed }
    }

    /// Whether Ctrl-C has been pressed.
    pub fn is_pressed(&self) -> bool {
        *self.pressed.borrow()
    }

    /// Resolves when Ctrl-C is pressed (never, if no handler could be installed).
    pub async fn pressed(&self) {
        let mut pressed = self.pressed.clone();
        if pressed.wait_for(|pressed| *pressed).await.is_err() {
            std::future::pending::<()>().await;
        }
    }
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
