//! The calls of each kind of run (cancel, retrieve and list) and the handles that start them.
//! Each call checks the id and the per-call headers, runs the generated operation through the
//! attempt loop (`attempts.rs`), and turns the outcome into the body or an error
//! (`response.rs`).

use crate::{
    transport::attempts,
    client::request::{CallOptions, SendFn},
    client::builder::header_value,
    model::headers::{API_VERSION_HEADER, WORKSPACE_HEADER},
    listing::pages::{ListQuery, Page, PageFn},
    transport::response::{into_result, Sent},
    model::run_id::{kind_of, validate_run_id, RunKind},
    types, Client, Decoded, Error, ListRuns, Run, RunBody, RunRequest,
};
use futures_util::future::BoxFuture;
use std::{fmt, marker::PhantomData};
use tracing::Instrument;

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

/// A kind of run the API lists (extract, classify and split runs).
pub trait Listed: Kind {
    /// What a list page holds of each run.
    type Summary: Send + Unpin + 'static;
    /// Fetches one page.
    const LIST: PageFn<Self::Summary>;
}

/// The runs of one kind ([`Client::extract_runs`] and its siblings): cancel, retrieve and (for
/// extract, classify and split runs) list them. `T` is the body type of the kind's cancel
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

impl<T: Listed> Runs<'_, T> {
    /// Lists the runs of this kind, every page, as a stream of run summaries; set filters on
    /// the returned [`ListRuns`] before polling it.
    pub fn list(&self) -> ListRuns<T::Summary> {
        ListRuns::new(self.client.clone(), T::LIST)
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

    /// Cancels a run of any kind, choosing the endpoint by the id's prefix (`exr_`, `clr_`,
    /// `splr_`, `dpr_`). An id with another prefix fails with [`Error::InvalidRunId`] before
    /// anything is sent; use the kind's own handle for such ids.
    pub fn cancel(&self, id: impl Into<String>) -> RunRequest<Run> {
        RunRequest::new(self, id.into(), |client, id, options| Box::pin(cancel_any(client, id, options)))
    }

    /// Retrieves a run of any kind, choosing the endpoint by the id's prefix as
    /// [`Client::cancel`] does.
    pub fn get(&self, id: impl Into<String>) -> RunRequest<Run> {
        RunRequest::new(self, id.into(), |client, id, options| Box::pin(get_any(client, id, options)))
    }
}

/// [`Client::cancel`]: the kind's call, chosen by the id's prefix.
async fn cancel_any(client: Client, id: String, options: CallOptions) -> Result<Run, Error> {
    Ok(match kind_of(&id)? {
        RunKind::Extract => Run::Extract(cancel_extract_run(client, id, options).await?),
        RunKind::Classify => Run::Classify(cancel_classify_run(client, id, options).await?),
        RunKind::Split => Run::Split(cancel_split_run(client, id, options).await?),
        RunKind::Processor => Run::Processor(cancel_processor_run(client, id, options).await?),
    })
}

/// [`Client::get`]: the kind's call, chosen by the id's prefix.
async fn get_any(client: Client, id: String, options: CallOptions) -> Result<Run, Error> {
    Ok(match kind_of(&id)? {
        RunKind::Extract => Run::Extract(retrieve_extract_run(client, id, options).await?),
        RunKind::Classify => Run::Classify(retrieve_classify_run(client, id, options).await?),
        RunKind::Split => Run::Split(retrieve_split_run(client, id, options).await?),
        RunKind::Processor => Run::Processor(retrieve_processor_run(client, id, options).await?.into()),
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

/// Runs one generated call through the attempt loop, in a span named for the operation.
async fn call<T: RunBody>(
    options: &CallOptions,
    client: &Client,
    operation: &'static str,
    subject: &str,
    send: BoxFuture<'_, Sent<T>>,
) -> Result<Decoded<T>, Error> {
    let (retry, deadline) = options.limits(client.settings());
    let span = tracing::info_span!("extend_cancel", operation, run_id = %subject);
    into_result(attempts::run(retry, deadline, send.instrument(span)).await)
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
            // Built inside one box, the generated future (about 2 KB) is never moved.
            let send: BoxFuture<'_, Sent<$output>> = Box::pin(async {
                client
                    .generated()
                    .$method(&id, options.api_version.as_deref(), options.workspace_id.as_deref())
                    .await
                    .map(|value| Box::new(value.into_inner()))
                    .map_err(Box::new)
            });
            call(&options, &client, stringify!($method), &id, send).await
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

/// Defines the list call of one kind. The generated methods take the query parameters in
/// alphabetical order, so each kind lists them in its own order.
macro_rules! list_call {
    ($page:ty, $summary:ty, $method:ident, |$q:ident| ($($param:expr),*)) => {
        /// Fetches one page of this kind's runs.
        fn $method(client: Client, $q: ListQuery, options: CallOptions) -> BoxFuture<'static, Result<Page<$summary>, Error>> {
            Box::pin(async move {
                check_options(&options)?;
                let send: BoxFuture<'_, Sent<$page>> = Box::pin(async {
                    client
                        .generated()
                        .$method($($param,)* options.api_version.as_deref(), options.workspace_id.as_deref())
                        .await
                        .map(|value| Box::new(value.into_inner()))
                        .map_err(Box::new)
                });
                let page = call(&options, &client, stringify!($method), "", send).await?.into_inner();
                Ok(Page { data: page.data.unwrap_or_default(), next_page_token: page.next_page_token })
            })
        }
    };
}

/// [`list_call!`] for a kind whose own filter sorts second (`extractorId`, `classifierId`).
macro_rules! owner_second_list_call {
    ($page:ty, $summary:ty, $method:ident) => {
        list_call!($page, $summary, $method, |q| (
            q.batch_id.as_deref(),
            q.owner_id.as_deref(),
            q.file_name_contains.as_deref(),
            q.max_page_size.map(i64::from),
            q.page_token.as_deref(),
            q.sort_by.as_ref(),
            q.sort_dir.as_ref(),
            q.source.as_ref(),
            q.source_id.as_deref(),
            q.status.as_ref()
        ));
    };
}

owner_second_list_call!(types::ExtractRunsListResponse, types::ExtractRunSummary, list_extract_runs);
owner_second_list_call!(types::ClassifyRunsListResponse, types::ClassifyRunSummary, list_classify_runs);
// splitterId sorts after sourceId.
list_call!(types::SplitRunsListResponse, types::SplitRunSummary, list_split_runs, |q| (
    q.batch_id.as_deref(),
    q.file_name_contains.as_deref(),
    q.max_page_size.map(i64::from),
    q.page_token.as_deref(),
    q.sort_by.as_ref(),
    q.sort_dir.as_ref(),
    q.source.as_ref(),
    q.source_id.as_deref(),
    q.owner_id.as_deref(),
    q.status.as_ref()
));

/// Implements [`Kind`] (and [`Listed`]) for one kind's cancel body type.
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
    ($cancelled:ty, $cancel:ident, $get:ident, $summary:ty, $list:ident) => {
        kind!($cancelled, $cancelled, $cancel, $get);
        impl Listed for $cancelled {
            type Summary = $summary;
            const LIST: PageFn<Self::Summary> = $list;
        }
    };
}

kind!(
    types::ExtractRun,
    cancel_extract_run,
    retrieve_extract_run,
    types::ExtractRunSummary,
    list_extract_runs
);
kind!(
    types::ClassifyRun,
    cancel_classify_run,
    retrieve_classify_run,
    types::ClassifyRunSummary,
    list_classify_runs
);
kind!(types::SplitRun, cancel_split_run, retrieve_split_run, types::SplitRunSummary, list_split_runs);
kind!(
    types::ProcessorRunCancelResponse,
    types::ProcessorRunGetResponse,
    cancel_processor_run,
    retrieve_processor_run
);

impl ListRuns<types::ExtractRunSummary> {
    /// Only runs of this extractor (`extractorId`, such as `ex_...`).
    pub fn extractor_id(self, extractor_id: impl Into<String>) -> Self {
        self.owner_id(extractor_id.into())
    }
}

impl ListRuns<types::ClassifyRunSummary> {
    /// Only runs of this classifier (`classifierId`, such as `cl_...`).
    pub fn classifier_id(self, classifier_id: impl Into<String>) -> Self {
        self.owner_id(classifier_id.into())
    }
}

impl ListRuns<types::SplitRunSummary> {
    /// Only runs of this splitter (`splitterId`, such as `spl_...`).
    pub fn splitter_id(self, splitter_id: impl Into<String>) -> Self {
        self.owner_id(splitter_id.into())
    }
}
