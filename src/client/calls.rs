//! The calls of each kind of run (cancel and retrieve) and the handles that start them. Each
//! call checks the id and the per-call headers, has the generated method build the request
//! (`transport/hooks.rs`), and sends it through the attempt loop (`transport/attempts.rs`).

use crate::{
    client::{
        builder::header_value,
        request::{CallOptions, SendFn},
    },
    model::{
        headers::{API_VERSION_HEADER, WORKSPACE_HEADER},
        run_id::{kind_of, validate_run_id, RunKind},
    },
    transport::hooks::take_built,
    types, Client, Decoded, Error, Run, RunBody, RunRequest,
};
use std::{fmt, marker::PhantomData};

/// A kind of run: its cancel and retrieve calls. Implemented by each kind's cancel body type;
/// sealed (the module is private).
pub trait Kind: RunBody {
    /// The body `GET /{kind}_runs/{id}` answers with.
    type Fetched: RunBody;
    /// Sends one cancel.
    const CANCEL: SendFn<Decoded<Self>>;
    /// Sends one retrieve.
    const GET: SendFn<Decoded<Self::Fetched>>;
}

/// The runs of one kind ([`Client::extract_runs`] and its siblings): cancel, retrieve and list
/// them. `T` is the body type of the kind's cancel
/// response.
pub struct Runs<'a, T> {
    client: &'a Client,
    kind: PhantomData<fn() -> T>,
}

impl<T> Clone for Runs<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Runs<'_, T> {}

impl<T> fmt::Debug for Runs<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Runs").field("kind", &std::any::type_name::<T>()).finish_non_exhaustive()
    }
}

impl<'a, T: Kind> Runs<'a, T> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Runs { client, kind: PhantomData }
    }

    /// Cancels the run with this id. Await the request, or set per-call options on it first.
    pub fn cancel(&self, id: impl Into<String>) -> RunRequest<Decoded<T>> {
        RunRequest::new(self.client, id.into(), T::CANCEL)
    }

    /// Retrieves the run with this id (`GET`), with its current status. Await the request, or
    /// set per-call options on it first.
    pub fn get(&self, id: impl Into<String>) -> RunRequest<Decoded<T::Fetched>> {
        RunRequest::new(self.client, id.into(), T::GET)
    }
}

impl<'a, T> Runs<'a, T> {
    /// The client the calls go through.
    pub(crate) fn client(&self) -> &'a Client {
        self.client
    }
}

impl Client {
    /// Extract runs: `POST /extract_runs/{id}/cancel`, `GET /extract_runs/{id}`,
    /// `GET /extract_runs`.
    pub fn extract_runs(&self) -> Runs<'_, types::ExtractRun> {
        Runs::new(self)
    }

    /// Classify runs: `POST /classify_runs/{id}/cancel`, `GET /classify_runs/{id}`,
    /// `GET /classify_runs`.
    pub fn classify_runs(&self) -> Runs<'_, types::ClassifyRun> {
        Runs::new(self)
    }

    /// Split runs: `POST /split_runs/{id}/cancel`, `GET /split_runs/{id}`, `GET /split_runs`.
    pub fn split_runs(&self) -> Runs<'_, types::SplitRun> {
        Runs::new(self)
    }

    /// Legacy processor runs: `POST /processor_runs/{id}/cancel` and `GET /processor_runs/{id}`
    /// (API 2025-04-21).
    pub fn processor_runs(&self) -> Runs<'_, types::ProcessorRunCancelResponse> {
        Runs::new(self)
    }

    /// Workflow runs: `POST /workflow_runs/{id}/cancel`, `GET /workflow_runs/{id}`,
    /// `GET /workflow_runs`. A workflow run can be cancelled while `PENDING` or `PROCESSING`,
    /// and the cancel may answer with the run still `CANCELLING`.
    pub fn workflow_runs(&self) -> Runs<'_, types::WorkflowRun> {
        Runs::new(self)
    }

    /// Parse runs: `POST /parse_runs/{id}/cancel`, `GET /parse_runs/{id}`, `GET /parse_runs`.
    pub fn parse_runs(&self) -> Runs<'_, types::ParseRun> {
        Runs::new(self)
    }

    /// Verify runs: `POST /verify_runs/{id}/cancel`, `GET /verify_runs/{id}`, `GET /verify_runs`.
    /// Cancelling a verify run that already finished answers 200 with the run unchanged: read
    /// its status.
    pub fn verify_runs(&self) -> Runs<'_, types::VerifyRun> {
        Runs::new(self)
    }

    /// Looks up a batch run (`GET /batch_runs/{id}`, ids such as `bpr_...`): its status and how
    /// many runs it has. Workflow batches (`batch_...`) have no such lookup.
    pub fn batch_run(&self, id: impl Into<String>) -> RunRequest<Decoded<types::BatchRun>> {
        RunRequest::new(self, id.into(), |client, id, options| {
            Box::pin(retrieve_batch_run(client, id, options))
        })
    }

    /// Cancels a run of any kind, choosing the endpoint by the id's prefix (`exr_`, `clr_`,
    /// `splr_`, `dpr_`, `workflow_run_`, `pr_`, `vr_`). An id with another prefix fails with [`Error::InvalidRunId`] before
    /// anything is sent; use the kind's own handle for such ids.
    pub fn cancel(&self, id: impl Into<String>) -> RunRequest<Run> {
        RunRequest::new(self, id.into(), |client, id, options| {
            Box::pin(async move { cancel_as(kind_of(&id)?, client, id, options).await })
        })
    }

    /// Retrieves a run of any kind, choosing the endpoint by the id's prefix as
    /// [`Client::cancel`] does.
    pub fn get(&self, id: impl Into<String>) -> RunRequest<Run> {
        RunRequest::new(self, id.into(), |client, id, options| {
            Box::pin(async move { get_as(kind_of(&id)?, client, id, options).await })
        })
    }

    /// Cancels a run of a known kind, whatever its id's prefix: a batch cancels a listed run
    /// through its listed kind's endpoint.
    pub(crate) fn cancel_kind(&self, kind: RunKind, id: String) -> RunRequest<Run> {
        RunRequest::new(self, id, CANCEL_AS[kind_index(kind)])
    }

    /// Retrieves a run of a known kind, whatever its id's prefix.
    pub(crate) fn get_kind(&self, kind: RunKind, id: String) -> RunRequest<Run> {
        RunRequest::new(self, id, GET_AS[kind_index(kind)])
    }
}

/// The position of `kind` in [`RunKind::ALL`], the order of [`CANCEL_AS`] and [`GET_AS`].
fn kind_index(kind: RunKind) -> usize {
    RunKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Each kind's cancel, as a run of any kind, in [`RunKind::ALL`]'s order.
const CANCEL_AS: [SendFn<Run>; 7] = [
    |client, id, options| Box::pin(cancel_as(RunKind::Extract, client, id, options)),
    |client, id, options| Box::pin(cancel_as(RunKind::Classify, client, id, options)),
    |client, id, options| Box::pin(cancel_as(RunKind::Split, client, id, options)),
    |client, id, options| Box::pin(cancel_as(RunKind::Processor, client, id, options)),
    |client, id, options| Box::pin(cancel_as(RunKind::Workflow, client, id, options)),
    |client, id, options| Box::pin(cancel_as(RunKind::Parse, client, id, options)),
    |client, id, options| Box::pin(cancel_as(RunKind::Verify, client, id, options)),
];

/// Each kind's retrieve, as a run of any kind, in [`RunKind::ALL`]'s order.
const GET_AS: [SendFn<Run>; 7] = [
    |client, id, options| Box::pin(get_as(RunKind::Extract, client, id, options)),
    |client, id, options| Box::pin(get_as(RunKind::Classify, client, id, options)),
    |client, id, options| Box::pin(get_as(RunKind::Split, client, id, options)),
    |client, id, options| Box::pin(get_as(RunKind::Processor, client, id, options)),
    |client, id, options| Box::pin(get_as(RunKind::Workflow, client, id, options)),
    |client, id, options| Box::pin(get_as(RunKind::Parse, client, id, options)),
    |client, id, options| Box::pin(get_as(RunKind::Verify, client, id, options)),
];

/// The cancel of `kind`, as a run of any kind.
async fn cancel_as(kind: RunKind, client: Client, id: String, options: CallOptions) -> Result<Run, Error> {
    Ok(match kind {
        RunKind::Extract => Run::Extract(cancel_extract_run(client, id, options).await?),
        RunKind::Classify => Run::Classify(cancel_classify_run(client, id, options).await?),
        RunKind::Split => Run::Split(cancel_split_run(client, id, options).await?),
        RunKind::Processor => Run::Processor(cancel_processor_run(client, id, options).await?),
        RunKind::Workflow => Run::Workflow(cancel_workflow_run(client, id, options).await?),
        RunKind::Parse => Run::Parse(cancel_parse_run(client, id, options).await?),
        RunKind::Verify => Run::Verify(cancel_verify_run(client, id, options).await?),
    })
}

/// The retrieve of `kind`, as a run of any kind.
async fn get_as(kind: RunKind, client: Client, id: String, options: CallOptions) -> Result<Run, Error> {
    Ok(match kind {
        RunKind::Extract => Run::Extract(retrieve_extract_run(client, id, options).await?),
        RunKind::Classify => Run::Classify(retrieve_classify_run(client, id, options).await?),
        RunKind::Split => Run::Split(retrieve_split_run(client, id, options).await?),
        RunKind::Processor => Run::Processor(retrieve_processor_run(client, id, options).await?.into()),
        RunKind::Workflow => Run::Workflow(retrieve_workflow_run(client, id, options).await?),
        RunKind::Parse => Run::Parse(retrieve_parse_run(client, id, options).await?),
        RunKind::Verify => Run::Verify(retrieve_verify_run(client, id, options).await?),
    })
}

/// Checks the per-call header values before anything is sent.
pub(crate) fn check_options(options: &CallOptions) -> Result<(), Error> {
    if let Some(workspace) = &options.workspace_id {
        header_value(WORKSPACE_HEADER, workspace)?;
    }
    if let Some(version) = &options.api_version {
        header_value(API_VERSION_HEADER, version)?;
    }
    Ok(())
}

/// Defines the call of one kind's operation on one run id.
macro_rules! run_call {
    ($output:ty, $method:ident) => {
        /// Sends one call of this kind on one run.
        async fn $method(
            client: Client,
            id: String,
            options: CallOptions,
        ) -> Result<Decoded<$output>, Error> {
            validate_run_id(&id)?;
            check_options(&options)?;
            let building = client.building();
            let built =
                building.$method(&id, options.api_version.as_deref(), options.workspace_id.as_deref()).await;
            let request = take_built(&building, built)?;
            client.send(request, &options, stringify!($method), &id).await
        }
    };
}

run_call!(types::ExtractRun, cancel_extract_run);
run_call!(types::ClassifyRun, cancel_classify_run);
run_call!(types::SplitRun, cancel_split_run);
run_call!(types::ProcessorRunCancelResponse, cancel_processor_run);
run_call!(types::ExtractRun, retrieve_extract_run);
run_call!(types::ClassifyRun, retrieve_classify_run);
run_call!(types::SplitRun, retrieve_split_run);
run_call!(types::ProcessorRunGetResponse, retrieve_processor_run);
run_call!(types::WorkflowRun, cancel_workflow_run);
run_call!(types::WorkflowRun, retrieve_workflow_run);
run_call!(types::ParseRun, cancel_parse_run);
run_call!(types::ParseRun, retrieve_parse_run);
run_call!(types::VerifyRun, cancel_verify_run);
run_call!(types::VerifyRun, retrieve_verify_run);
run_call!(types::BatchRun, retrieve_batch_run);

/// Implements [`Kind`] for one kind's cancel body type.
macro_rules! kind {
    ($cancelled:ty, $fetched:ty, $cancel:ident, $get:ident) => {
        impl Kind for $cancelled {
            type Fetched = $fetched;
            const CANCEL: SendFn<Decoded<Self>> =
                |client, id, options| Box::pin($cancel(client, id, options));
            const GET: SendFn<Decoded<Self::Fetched>> =
                |client, id, options| Box::pin($get(client, id, options));
        }
    };
    ($cancelled:ty, $cancel:ident, $get:ident) => {
        kind!($cancelled, $cancelled, $cancel, $get);
    };
}

kind!(types::ExtractRun, cancel_extract_run, retrieve_extract_run);
kind!(types::ClassifyRun, cancel_classify_run, retrieve_classify_run);
kind!(types::SplitRun, cancel_split_run, retrieve_split_run);
kind!(types::WorkflowRun, cancel_workflow_run, retrieve_workflow_run);
kind!(types::ParseRun, cancel_parse_run, retrieve_parse_run);
kind!(types::VerifyRun, cancel_verify_run, retrieve_verify_run);
kind!(
    types::ProcessorRunCancelResponse,
    types::ProcessorRunGetResponse,
    cancel_processor_run,
    retrieve_processor_run
);
