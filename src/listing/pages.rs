//! Listing the runs of one kind: a stream over every page, fetching the next page only as the
//! consumer reads, with the client's retries and deadline on each page.

use crate::{
    client::request::{header_setters, CallOptions},
    transport::pacer::Pacer,
    Client, Error, LegacyProcessorType, RunSource, RunStatus, SortBy, SortDir, VerifyRiskLevel,
};
use futures_util::{future::BoxFuture, Stream};
use std::{
    collections::{HashSet, VecDeque},
    fmt,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
};

/// The filters and paging of one list call, as the query string carries them.
#[derive(Clone, Debug, Default)]
pub struct ListQuery {
    pub(crate) status: Option<RunStatus>,
    /// `extractorId`, `classifierId`, `splitterId`, `workflowId` or `processorId`, by the kind
    /// listed.
    pub(crate) owner_id: Option<String>,
    pub(crate) batch_id: Option<String>,
    pub(crate) source: Option<RunSource>,
    pub(crate) source_id: Option<String>,
    pub(crate) file_name_contains: Option<String>,
    pub(crate) sort_by: Option<SortBy>,
    pub(crate) sort_dir: Option<SortDir>,
    pub(crate) max_page_size: Option<u32>,
    pub(crate) page_token: Option<String>,
    /// Verify runs only (`riskLevel`).
    pub(crate) risk_level: Option<VerifyRiskLevel>,
    /// Legacy processor runs only (`processorType`).
    pub(crate) processor_type: Option<LegacyProcessorType>,
}

/// A filter of the list endpoints that not every kind's list takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum QueryFilter {
    /// `batchId`.
    Batch,
    /// `source`.
    Source,
    /// `sourceId`.
    SourceId,
    /// `sortBy` and `sortDir`.
    Sort,
    /// The kind's owner (`extractorId`, `workflowId`, ...).
    Owner,
    /// `riskLevel`.
    RiskLevel,
    /// `processorType`.
    ProcessorType,
}

impl QueryFilter {
    /// The setter's name, for messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            QueryFilter::Batch => "batch_id",
            QueryFilter::Source => "source",
            QueryFilter::SourceId => "source_id",
            QueryFilter::Sort => "sort_by",
            QueryFilter::Owner => "owner",
            QueryFilter::RiskLevel => "risk_level",
            QueryFilter::ProcessorType => "processor_type",
        }
    }
}

impl ListQuery {
    /// The filters set on this query that not every kind takes.
    pub(crate) fn set_filters(&self) -> Vec<QueryFilter> {
        let set = [
            (QueryFilter::Batch, self.batch_id.is_some()),
            (QueryFilter::Source, self.source.is_some()),
            (QueryFilter::SourceId, self.source_id.is_some()),
            (QueryFilter::Sort, self.sort_by.is_some() || self.sort_dir.is_some()),
            (QueryFilter::Owner, self.owner_id.is_some()),
            (QueryFilter::RiskLevel, self.risk_level.is_some()),
            (QueryFilter::ProcessorType, self.processor_type.is_some()),
        ];
        set.into_iter().filter(|(_, is_set)| *is_set).map(|(filter, _)| filter).collect()
    }
}

/// The filters a kind's listing and a [`crate::RunFilter`] share, written once: each sets one
/// field of the type's `query` ([`ListQuery`]).
macro_rules! query_setters {
    ($type:ident $(<$param:ident>)?) => {
        impl$(<$param>)? $type$(<$param>)? {
            /// Only runs in this status (`status`).
            pub fn status(mut self, status: crate::RunStatus) -> Self {
                self.query.status = Some(status);
                self
            }

            /// Only runs of this batch (`batchId`: `bpr_...` for extract, classify and split runs,
            /// `batch_...` for workflow runs, `bpar_...` for parse runs; verify and legacy
            /// processor runs have no batch filter).
            pub fn batch_id(mut self, batch_id: impl Into<String>) -> Self {
                self.query.batch_id = Some(batch_id.into());
                self
            }

            /// Only runs created by this source (`source`).
            pub fn source(mut self, source: crate::RunSource) -> Self {
                self.query.source = Some(source);
                self
            }

            /// Only runs created by the source with this id (`sourceId`).
            pub fn source_id(mut self, source_id: impl Into<String>) -> Self {
                self.query.source_id = Some(source_id.into());
                self
            }

            /// Only runs whose file name contains this text (`fileNameContains`).
            pub fn file_name_contains(mut self, text: impl Into<String>) -> Self {
                self.query.file_name_contains = Some(text.into());
                self
            }

            /// At most this many runs per page (`maxPageSize`; the API's bounds apply).
            pub fn max_page_size(mut self, size: u32) -> Self {
                self.query.max_page_size = Some(size);
                self
            }
        }
    };
}

pub(crate) use query_setters;

/// One page: the summaries and the token of the next page, if there is one.
#[derive(Debug)]
pub struct Page<S> {
    pub(crate) data: Vec<S>,
    pub(crate) next_page_token: Option<String>,
}

/// Fetches one page of a kind.
pub type PageFn<S> = fn(Client, ListQuery, CallOptions) -> BoxFuture<'static, Result<Page<S>, Error>>;

/// Every run of one kind that matches the filters, as a stream over all pages
/// ([`crate::Runs::list`]). Set the filters before the first poll; the next page is fetched
/// only when the consumer has read the current one. A page that fails after the client's
/// retries ends the stream with that error.
///
/// ```no_run
/// # async fn demo(client: extend_cancel::Client) -> Result<(), extend_cancel::Error> {
/// use extend_cancel::RunStatus;
/// use futures_util::TryStreamExt;
/// let mut runs = client.extract_runs().list().batch_id("bpr_Xj8mK2pL9nR4vT7qY5wZ").status(RunStatus::Processing);
/// while let Some(run) = runs.try_next().await? {
///     println!("{} {}", run.id, run.status);
/// }
/// # Ok(()) }
/// ```
#[must_use = "streams do nothing unless polled"]
pub struct ListRuns<S> {
    client: Client,
    query: ListQuery,
    options: CallOptions,
    fetch: PageFn<S>,
    buffered: VecDeque<S>,
    in_flight: Option<BoxFuture<'static, Result<Page<S>, Error>>>,
    /// How many runs the last page held.
    page_len: usize,
    /// The page tokens followed so far.
    seen_tokens: HashSet<String>,
    /// A page that failed, reported once the runs before it are read.
    failed: Option<Error>,
    done: bool,
}

impl<S> fmt::Debug for ListRuns<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListRuns")
            .field("query", &self.query)
            .field("buffered", &self.buffered.len())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<S: Send + 'static> ListRuns<S> {
    pub(crate) fn new(client: Client, fetch: PageFn<S>) -> Self {
        ListRuns {
            client,
            query: ListQuery::default(),
            options: CallOptions::default(),
            fetch,
            buffered: VecDeque::new(),
            in_flight: None,
            page_len: 0,
            seen_tokens: HashSet::new(),
            failed: None,
            done: false,
        }
    }

    /// Pages go through a batch's pacer (its rate limit and 429 pause).
    pub(crate) fn paced(mut self, pacer: Arc<Pacer>) -> Self {
        self.options = self.options.paced(Some(pacer));
        self
    }

    pub(crate) fn query_mut(&mut self) -> &mut ListQuery {
        &mut self.query
    }

    /// Sets the kind's own filter (`extractorId`, `classifierId` or `splitterId`).
    pub(crate) fn owner_id(mut self, owner_id: String) -> Self {
        self.query.owner_id = Some(owner_id);
        self
    }

    /// Sorts by this field (`sortBy`).
    pub fn sort_by(mut self, sort_by: SortBy) -> Self {
        self.query.sort_by = Some(sort_by);
        self
    }

    /// Sorts in this direction (`sortDir`).
    pub fn sort_dir(mut self, sort_dir: SortDir) -> Self {
        self.query.sort_dir = Some(sort_dir);
        self
    }

    /// Starts at the page this token (a `nextPageToken` of an earlier list) names.
    pub fn page_token(mut self, token: impl Into<String>) -> Self {
        let token = token.into();
        self.seen_tokens.insert(token.clone());
        self.query.page_token = Some(token);
        self
    }

    fn fetch_next(&self) -> BoxFuture<'static, Result<Page<S>, Error>> {
        let (client, query, options, fetch) =
            (self.client.clone(), self.query.clone(), self.options.clone(), self.fetch);
        let in_batch = options.is_paced();
        let page = fetch(client, query, options);
        if !in_batch {
            return page;
        }
        // A page read ahead in a batch is not polled while the batch works on the runs it has:
        // as a task of its own it arrives in the meantime.
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                let task = runtime.spawn(page);
                Box::pin(async move {
                    match task.await {
                        Ok(page) => page,
                        Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
                        // Cancelled: the runtime is shutting down, and this future with it.
                        Err(_) => std::future::pending().await,
                    }
                })
            }
            Err(_) => page,
        }
    }
}

query_setters!(ListRuns<S>);
header_setters!(ListRuns<S>);

impl<S: Send + Unpin + 'static> Stream for ListRuns<S> {
    type Item = Result<S, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            // The next page is wanted when nothing is left; in a batch already when half a page
            // is left, so that the cancels do not wait for each page.
            let low = self.buffered.is_empty()
                || (self.options.is_paced() && self.buffered.len() * 2 <= self.page_len);
            if low && self.in_flight.is_none() && !self.done {
                self.in_flight = Some(self.fetch_next());
            }
            if let Some(in_flight) = self.in_flight.as_mut() {
                if let Poll::Ready(page) = in_flight.as_mut().poll(cx) {
                    self.in_flight = None;
                    self.take_page(page);
                    continue;
                }
            }
            if let Some(run) = self.buffered.pop_front() {
                return Poll::Ready(Some(Ok(run)));
            }
            if let Some(error) = self.failed.take() {
                return Poll::Ready(Some(Err(error)));
            }
            // Pending: the page in flight wakes this task.
            return if self.done { Poll::Ready(None) } else { Poll::Pending };
        }
    }
}

impl<S> ListRuns<S> {
    /// Buffers a fetched page and notes where the next one starts (or that there is none).
    fn take_page(&mut self, page: Result<Page<S>, Error>) {
        match page {
            Ok(page) => {
                self.page_len = page.data.len();
                self.buffered.extend(page.data);
                match page.next_page_token {
                    // An empty token is no token: following it would list from the start;
                    // a token seen before would list the same pages forever.
                    Some(token) if !token.is_empty() && self.seen_tokens.insert(token.clone()) => {
                        self.query.page_token = Some(token)
                    }
                    _ => self.done = true,
                }
            }
            Err(error) => {
                self.done = true;
                self.failed = Some(error);
            }
        }
    }
}
