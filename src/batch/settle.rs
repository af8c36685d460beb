//! Settling what became of a run whose cancel's answer alone leaves it unclear: the run is
//! fetched, and its status decides the [`Outcome`] (the table on [`Outcome`]).

use crate::{batch::pacing::Pacer, Client, Error, Outcome, ProcessorRunStatus, Run, RunRequest};
use reqwest::StatusCode;

/// The definitive outcome of one cancel, fetching the run (through the batch's pacer) when the
/// cancel's result does not say it.
pub(crate) async fn settle(
    client: &Client,
    pacer: &Pacer,
    workspace: Option<&str>,
    id: &str,
    cancelled: Result<Run, Error>,
) -> Outcome {
    let error = match cancelled {
        Ok(run) => return Outcome::Cancelled(run),
        Err(error) => error,
    };
    // Whether the server can have acted on this call: if not, a CANCELLED run was cancelled
    // by someone else.
    let may_have_acted = match &error {
        Error::Api(api) if api.status == StatusCode::NOT_FOUND => return Outcome::NotFound,
        Error::Api(api) if api.status == StatusCode::BAD_REQUEST => api.may_already_be_cancelled(),
        Error::Api(api) if api.status.is_server_error() => true,
        Error::Transport { .. } | Error::Timeout { .. } | Error::Decode(_) | Error::BodyTooLarge { .. } => {
            true
        }
        _ => return Outcome::Failed(error),
    };
    let fetched = pacer
        .send(client.retry_policy(), |retry| {
            in_workspace(client.get(id), workspace).retry_policy(retry).send()
        })
        .await;
    match fetched {
        Ok(run) => from_fetched(run, may_have_acted, error),
        Err(Error::Api(api)) if api.status == StatusCode::NOT_FOUND => Outcome::NotFound,
        // The cancel's error says more about what went wrong than the fetch's.
        Err(_) => Outcome::Failed(error),
    }
}

/// The outcome a fetched run's status gives.
fn from_fetched(run: Run, may_have_acted: bool, error: Error) -> Outcome {
    match run.typed_status() {
        ProcessorRunStatus::Cancelled if may_have_acted => Outcome::Cancelled(run),
        ProcessorRunStatus::Cancelled => Outcome::AlreadyCancelled(run),
        ProcessorRunStatus::Processed | ProcessorRunStatus::Failed => Outcome::AlreadyFinished(run),
        ProcessorRunStatus::Pending => Outcome::Pending(run),
        // Still PROCESSING (the 400 was about something else), or a status added later.
        ProcessorRunStatus::Processing | ProcessorRunStatus::Other(_) => Outcome::Failed(error),
    }
}

/// Cancels one run of a batch through the batch's pacer: the result as the cancel gave it.
pub(crate) async fn cancel_paced(
    client: &Client,
    pacer: &Pacer,
    workspace: Option<&str>,
    id: &str,
) -> Result<Run, Error> {
    pacer
        .send(client.retry_policy(), |retry| {
            in_workspace(client.cancel(id), workspace).retry_policy(retry).send()
        })
        .await
}

/// Retrieves one run of a batch through the batch's pacer.
pub(crate) async fn get_paced(client: &Client, pacer: &Pacer, id: &str) -> Result<Run, Error> {
    fetch_paced(client, pacer, None, id).await
}

async fn fetch_paced(
    client: &Client,
    pacer: &Pacer,
    workspace: Option<&str>,
    id: &str,
) -> Result<Run, Error> {
    pacer
        .send(client.retry_policy(), |retry| {
            in_workspace(client.get(id), workspace).retry_policy(retry).send()
        })
        .await
}

/// Cancels one run of a batch and settles its outcome.
pub(crate) async fn cancel_settled(
    client: &Client,
    pacer: &Pacer,
    workspace: Option<&str>,
    id: &str,
) -> Outcome {
    let cancelled = cancel_paced(client, pacer, workspace, id).await;
    settle(client, pacer, workspace, id, cancelled).await
}

/// The request, sent to `workspace` when one is given instead of the client's.
fn in_workspace<O>(request: RunRequest<O>, workspace: Option<&str>) -> RunRequest<O> {
    match workspace {
        Some(workspace) => request.workspace_id(workspace),
        None => request,
    }
}
