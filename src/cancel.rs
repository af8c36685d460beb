//! The cancel call of each kind: the handles that start one, and what sending it does. The id
//! and the per-call headers are checked, the generated operation runs through the attempt loop
//! (`attempts.rs`), and the outcome becomes the run or an error (`response.rs`).

use crate::{
    attempts,
    client::{CallOptions, Runs},
    config::header_value,
    headers::{API_VERSION_HEADER, WORKSPACE_HEADER},
    response::{into_result, Sent},
    run_id::{kind_of, validate_run_id, RunKind},
    types, CancelRequest, CancelledRun, Client, Decoded, Error,
};
use futures_util::future::BoxFuture;
use tracing::Instrument;

impl Client {
    /// Extract runs: `POST /extract_runs/{id}/cancel`.
    pub fn extract_runs(&self) -> Runs<'_, types::ExtractRun> {
        Runs::new(self, |client, id, options| Box::pin(cancel_extract_run(client, id, options)))
    }

    /// Classify runs: `POST /classify_runs/{id}/cancel`.
    pub fn classify_runs(&self) -> Runs<'_, types::ClassifyRun> {
        Runs::new(self, |client, id, options| Box::pin(cancel_classify_run(client, id, options)))
    }

    /// Split runs: `POST /split_runs/{id}/cancel`.
    pub fn split_runs(&self) -> Runs<'_, types::SplitRun> {
        Runs::new(self, |client, id, options| Box::pin(cancel_split_run(client, id, options)))
    }

    /// Legacy processor runs: `POST /processor_runs/{id}/cancel` (API 2025-04-21).
    pub fn processor_runs(&self) -> Runs<'_, types::ProcessorRunCancelResponse> {
        Runs::new(self, |client, id, options| Box::pin(cancel_processor_run(client, id, options)))
    }

    /// Cancels a run of any kind, choosing the endpoint by the id's prefix (`exr_`, `clr_`,
    /// `splr_`, `dpr_`). An id with another prefix fails with [`Error::InvalidRunId`] before
    /// anything is sent; use the kind's own handle for such ids.
    pub fn cancel(&self, id: impl Into<String>) -> CancelRequest<CancelledRun> {
        CancelRequest::new(self, id.into(), cancel_any)
    }
}

/// [`Client::cancel`]: the kind's call, chosen by the id's prefix.
fn cancel_any(
    client: Client,
    id: String,
    options: CallOptions,
) -> BoxFuture<'static, Result<CancelledRun, Error>> {
    Box::pin(async move {
        Ok(match kind_of(&id)? {
            RunKind::Extract => CancelledRun::Extract(cancel_extract_run(client, id, options).await?),
            RunKind::Classify => CancelledRun::Classify(cancel_classify_run(client, id, options).await?),
            RunKind::Split => CancelledRun::Split(cancel_split_run(client, id, options).await?),
            RunKind::Processor => CancelledRun::Processor(cancel_processor_run(client, id, options).await?),
        })
    })
}

/// Checks the per-call header values before anything is sent.
fn check_options(options: &CallOptions) -> Result<(), Error> {
    if let Some(workspace) = &options.workspace_id {
        header_value(WORKSPACE_HEADER, workspace)?;
    }
    if let Some(version) = &options.api_version {
        header_value(API_VERSION_HEADER, version)?;
    }
    Ok(())
}

macro_rules! cancel_kind {
    ($output:ty, $method:ident) => {
        /// Sends one cancel of this kind.
        async fn $method(client: Client, id: String, options: CallOptions) -> Result<Decoded<$output>, Error> {
            validate_run_id(&id)?;
            check_options(&options)?;
            let (retry, deadline) = options.limits(client.settings());
            let span = tracing::info_span!("extend_cancel", operation = stringify!($method), run_id = %id);
            // Built inside one box, the generated future (about 2.4 KB) is never moved.
            let call: BoxFuture<'_, Sent<$output>> = Box::pin(async {
                client
                    .generated()
                    .$method(&id, options.api_version.as_deref(), options.workspace_id.as_deref())
                    .await
                    .map(|value| Box::new(value.into_inner()))
                    .map_err(Box::new)
            });
            into_result(attempts::run(retry, deadline, call.instrument(span)).await)
        }
    };
}

cancel_kind!(types::ExtractRun, cancel_extract_run);
cancel_kind!(types::ClassifyRun, cancel_classify_run);
cancel_kind!(types::SplitRun, cancel_split_run);
cancel_kind!(types::ProcessorRunCancelResponse, cancel_processor_run);
