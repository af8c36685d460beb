//! The exit statuses, and the error that ends a command early with one.

use std::{io::Write, process::ExitCode};

/// The exit statuses as `--help` shows them.
pub const EXIT_STATUS_HELP: &str = "\
Exit status:
  0    every run ended cancelled or was already in a terminal state (cancelled, processed,
       failed, needs review, rejected); a --dry-run found only such runs and runs it would
       cancel; the demonstration behaved as designed
  1    some runs did not: not found, still pending, their cancel failed, or still cancelling (a
       workflow run whose cancel was accepted but that had not stopped within --cancelling-wait:
       look it up later; --resume does not cancel it again); or a filter (--batch, --extractor,
       --classifier, --splitter, --workflow, --processor) matched no run (a line says what to
       check)
  2    bad arguments, input or configuration, such as a --resume file that is empty or is the
       file the output goes to, or a --batch bpr_... the API does not know (404); nothing was
       cancelled
  3    the batch stopped because nothing could succeed (the key was refused, the host could not
       be reached, the API kept failing): one line says why, and the runs not sent are listed
       as not_sent; fix the cause and run the same command again (with --resume and this
       run's --json output for ids)
  4    the output could not be written (standard output closed, as by `| head`; a full disk):
       no further cancel was sent, those in flight finished (their outcomes are on standard
       error), and a line says where the record stopped
  130  interrupted (Ctrl-C): no further cancel was sent, those in flight finished, and the
       summary was printed";

/// How the command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Every run settled (or nothing needed doing).
    Success,
    /// Some runs did not end cancelled or in a terminal state.
    SomeFailed,
    /// Bad arguments, input or configuration.
    Usage,
    /// The batch stopped: its failures showed that nothing could succeed.
    Stopped,
    /// The batch stopped because its output could not be written: what it did past that
    /// point could not be recorded.
    OutputLost,
    /// Stopped by Ctrl-C (SIGINT), the shells' 128 + 2.
    Interrupted,
}

impl Status {
    /// The number the process exits with.
    pub fn code(self) -> u8 {
        match self {
            Status::Success => 0,
            Status::SomeFailed => 1,
            Status::Usage => 2,
            Status::Stopped => 3,
            Status::OutputLost => 4,
            Status::Interrupted => 130,
        }
    }
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        ExitCode::from(status.code())
    }
}

/// What stops a command before or instead of its work: a message for standard error, and
/// the status to exit with.
#[derive(Debug)]
pub struct Fatal {
    /// The exit status.
    pub status: Status,
    /// One line (or a few) saying what was wrong.
    pub message: String,
}

impl Fatal {
    /// Bad arguments, input or configuration (exit status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Fatal { status: Status::Usage, message: message.into() }
    }

    /// Something failed while working (exit status 1).
    pub fn failure(message: impl Into<String>) -> Self {
        Fatal { status: Status::SomeFailed, message: message.into() }
    }

    /// Nothing could succeed, as a batch's stop says (exit status 3): `line` is that stop's
    /// line, `stopped: ...`.
    pub fn stopped(line: impl Into<String>) -> Self {
        Fatal { status: Status::Stopped, message: line.into() }
    }

    /// Ctrl-C before the batch started (exit status 130).
    pub fn interrupted(message: impl Into<String>) -> Self {
        Fatal { status: Status::Interrupted, message: message.into() }
    }

    /// The line for standard error: `error: ...`, or a stop's own line (`stopped: ...`), as a
    /// batch that stopped prints it.
    pub fn line(&self) -> String {
        match self.status {
            Status::Stopped => self.message.clone(),
            _ => format!("error: {}", self.message),
        }
    }
}

/// Writes `text` and a newline to standard error. A failure is ignored: with standard error
/// closed too (`2>&1 | head`) there is nowhere left to say anything, and `eprintln!` would
/// panic instead, exiting 101 in place of the status that says what happened.
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
