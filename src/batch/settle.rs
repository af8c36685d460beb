//! One batch's runs: each request goes through the batch's pacer, each run's result is
//! counted by its breaker, and nothing is sent once the breaker has stopped the batch. A
//! cancel whose answer alone leaves the run's fate unclear is settled by fetching the run,
//! whose status decides the [`Outcome`] (the table on [`Outcome`]).

use crate::{
    batch::{
        breaker::Breaker,
        settling::{Ended, FollowUp, Settling},
    },
    error::TransportCause,
    model::run_id::kind_of,
    transport::pacer::Pacer,
    Client, Error, Outcome, Run, RunKind, RunRequest, RunStatus,
};
use reqwest::StatusCode;
use std::{sync::Arc, time::Duration};
use tokio::sync::Semaphore;

/// What every run of one batch shares.
#[derive(Debug)]
pub(crate) struct Batch {
    pub(crate) client: Client,
    pub(crate) pacer: Arc<Pacer>,
    pub(crate) breaker: Breaker,
    /// The workspace of a filter's batch, instead of the client's.
    pub(crate) workspace: Option<String>,
    /// How long a run answered `CANCELLING` is followed.
    pub(crate) cancelling_wait: Duration,
    /// The retrieves of runs being followed in flight at once (the batch's concurrency):
    /// a followed run waits between them without holding one of the batch's places.
    pub(crate) follow_slots: Semaphore,
}

/// Which call of a run.
#[derive(Clone, Copy)]
enum Call {
    Cancel,
    Get,
}

impl Batch {
    /// Sends one call of the run through the batch's pacer, unless the batch has stopped.
    async fn send(&self, call: Call, kind: RunKind, id: &str) -> Result<Run, Error> {
        if let Some(stop) = self.breaker.stopped() {
            return Err(Error::NotSent(stop));
        }
        let request = match call {
            Call::Cancel => self.client.cancel_kind(kind, id.to_owned()),
            Call::Get => self.client.get_kind(kind, id.to_owned()),
        };
        self.in_workspace(request).paced(&self.pacer).send().await
    }

    fn in_workspace(&self, request: RunRequest<Run>) -> RunRequest<Run> {
        match &self.workspace {
            Some(workspace) => request.workspace_id(workspace.clone()),
            None => request,
        }
    }

    /// Cancels one run of a batch of ids: the result as the cancel gave it.
    pub(crate) async fn cancel_id(&self, id: &str) -> Result<Run, Error> {
        self.by_id(Call::Cancel, id).await
    }

    /// Retrieves a run of a known kind through the batch's pacer (a followed run's look).
    pub(crate) async fn get(&self, kind: RunKind, id: &str) -> Result<Run, Error> {
        self.send(Call::Get, kind, id).await
    }

    /// Retrieves one run of a batch of ids.
    pub(crate) async fn get_id(&self, id: &str) -> Result<Run, Error> {
        self.by_id(Call::Get, id).await
    }

    /// One call of a run known by its id only (the kind from its prefix), counted by the
    /// breaker.
    async fn by_id(&self, call: Call, id: &str) -> Result<Run, Error> {
        let result = match kind_of(id) {
            Ok(kind) => self.send(call, kind, id).await,
            Err(invalid) => Err(invalid.into()),
        };
        self.breaker.record(result.as_ref().err());
        result
    }

    /// Cancels one run of a batch of ids and settles its outcome (or what is left to follow).
    pub(crate) async fn cancel_id_settled(&self, id: &str) -> Settling {
        match kind_of(id) {
            Ok(kind) => self.cancel_settled(kind, id).await,
            Err(invalid) => Settling::Done(Outcome::Failed(invalid.into())),
        }
    }

    /// Cancels one run of a known kind and settles its outcome, or, for a run still stopping,
    /// says what to follow ([`Settling::Follow`], counted as a success: the cancel was
    /// accepted).
    pub(crate) async fn cancel_settled(&self, kind: RunKind, id: &str) -> Settling {
        let cancelled = self.send(Call::Cancel, kind, id).await;
        let settling = self.settle(kind, id, cancelled).await;
        match &settling {
            Settling::Done(Outcome::NotSent(_)) => {}
            Settling::Done(outcome) => self.breaker.record(outcome.error()),
            Settling::Follow(_) => self.breaker.record(None),
        }
        settling
    }

    /// The definitive outcome of one cancel, fetching the run when the cancel's result does
    /// not say it.
    async fn settle(&self, kind: RunKind, id: &str, cancelled: Result<Run, Error>) -> Settling {
        let error = match cancelled {
            Ok(run) => {
                return match from_answer(run) {
                    Outcome::Cancelling(run) => {
                        Settling::Follow(FollowUp { kind, id: id.to_owned(), run, ended: Ended::Answered })
                    }
                    outcome => Settling::Done(outcome),
                }
            }
            Err(Error::NotSent(stop)) => return Settling::Done(Outcome::NotSent(stop)),
            Err(error) => error,
        };
        self.fetch_to_settle(kind, id, error).await
    }

    /// After a cancel that failed: its outcome, fetching the run when the error leaves it
    /// unclear, or a run still stopping to follow.
    async fn fetch_to_settle(&self, kind: RunKind, id: &str, error: Error) -> Settling {
        // Whether the server can have acted on this call: if not, a CANCELLED run was cancelled
        // by someone else.
        let may_have_acted = match &error {
            Error::Api(api) if api.status == StatusCode::NOT_FOUND => {
                return Settling::Done(Outcome::NotFound)
            }
            Error::Api(api) if api.status == StatusCode::BAD_REQUEST => api.may_already_be_cancelled(),
            Error::Api(api) if api.status.is_server_error() => true,
            // No connection was made on any attempt: nothing reached the server, and a fetch
            // would meet the same wall.
            Error::Transport { cause, .. } if connection_never_made(*cause) => {
                return Settling::Done(Outcome::Failed(error))
            }
            Error::Transport { .. }
            | Error::Timeout { .. }
            | Error::Decode(_)
            | Error::BodyTooLarge { .. } => true,
            _ => return Settling::Done(Outcome::Failed(error)),
        };
        if self.breaker.stopped().is_some() {
            // The batch stopped while this cancel was out: its fate stays the cancel's error.
            return Settling::Done(Outcome::Failed(error));
        }
        match self.send(Call::Get, kind, id).await {
            // Stopping (a workflow run): its end decides, as any fetched status does.
            Ok(run) if *run.typed_status() == RunStatus::Cancelling => Settling::Follow(FollowUp {
                kind,
                id: id.to_owned(),
                run,
                ended: Ended::Fetched { may_have_acted, error },
            }),
            Ok(run) => Settling::Done(from_fetched(run, may_have_acted, error)),
            Err(Error::Api(api)) if api.status == StatusCode::NOT_FOUND => Settling::Done(Outcome::NotFound),
            // The cancel's error says more about what went wrong than the fetch's.
            Err(_) => Settling::Done(Outcome::Failed(error)),
        }
    }
}

/// The outcome a run answered with 200 gives: its status decides, not the HTTP status.
/// Cancelling is best-effort, so a run still `PROCESSING` (or `PENDING`) after its cancel was
/// accepted counts as cancelled, as the cancel endpoints document.
pub(super) fn from_answer(run: Run) -> Outcome {
    match run.typed_status() {
        RunStatus::Processed | RunStatus::Failed | RunStatus::NeedsReview | RunStatus::Rejected => {
            Outcome::AlreadyFinished(run)
        }
        RunStatus::Cancelling => Outcome::Cancelling(run),
        _ => Outcome::Cancelled(run),
    }
}

/// Whether a transport failure means no connection was made, so no request was sent.
fn connection_never_made(cause: TransportCause) -> bool {
    matches!(
        cause,
        TransportCause::ConnectionRefused
            | TransportCause::Dns
            | TransportCause::Tls
            | TransportCause::ConnectTimeout
    )
}

/// The outcome a fetched run's status gives.
pub(super) fn from_fetched(run: Run, may_have_acted: bool, error: Error) -> Outcome {
    match run.typed_status() {
        RunStatus::Cancelled if may_have_acted => Outcome::Cancelled(run),
        RunStatus::Cancelled => Outcome::AlreadyCancelled(run),
        RunStatus::Processed | RunStatus::Failed | RunStatus::NeedsReview | RunStatus::Rejected => {
            Outcome::AlreadyFinished(run)
        }
        RunStatus::Pending => Outcome::Pending(run),
        // Still PROCESSING (the 400 was about something else), or a status added later.
        RunStatus::Processing | RunStatus::Cancelling | RunStatus::Other(_) => Outcome::Failed(error),
    }
}
