//! Finding runs across kinds: a filter (a batch, an owner such as an extractor or a workflow, a
//! source, a file name) and the listing of every kind it covers, as one stream of summaries.

use crate::{
    listing::{
        kinds::takes,
        listed::ListedRun,
        pages::{query_setters, ListQuery, QueryFilter},
    },
    model::run_id::RunKind,
    transport::pacer::Pacer,
    Client, ConfigError, Error, ListRuns, RunStatus,
};
use futures_util::{
    stream::{self, BoxStream},
    Stream, StreamExt,
};
use std::{
    fmt,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
};

query_setters!(RunFilter);

/// The kinds a batch id's prefix names: `batch_...` workflow batches, `bpar_...` parse batches,
/// `bpr_...` batches of extract, classify and split runs. `None` for another prefix (ids are
/// opaque: every kind whose list filters by batch is listed then).
fn kinds_of_batch(batch_id: &str) -> Option<&'static [RunKind]> {
    const OF_BPR: &[RunKind] = &[RunKind::Extract, RunKind::Classify, RunKind::Split];
    if batch_id.starts_with("batch_") {
        Some(&[RunKind::Workflow])
    } else if batch_id.starts_with("bpar_") {
        Some(&[RunKind::Parse])
    } else if batch_id.starts_with("bpr_") {
        Some(OF_BPR)
    } else {
        None
    }
}

/// Which runs to find: every filter set must match. Start from [`RunFilter::batch`], an
/// owner ([`RunFilter::extractor`], [`RunFilter::classifier`], [`RunFilter::splitter`],
/// [`RunFilter::workflow`], [`RunFilter::processor`]) or [`RunFilter::all`], then narrow it.
///
/// Which kinds are listed:
/// - an owner filter limits the listing to its kind: a filter on an extractor never lists
///   classify runs, whatever [`RunFilter::kinds`] says;
/// - a filter that some kinds' lists do not take leaves those kinds out (the API would ignore
///   it and list all their runs): a batch filter lists extract, classify, split, workflow and
///   parse runs, and by the id's prefix only the kinds it can hold (`bpr_...`: extract,
///   classify and split runs; `batch_...`: workflow runs; `bpar_...`: parse runs); a source
///   filter leaves workflow runs out;
/// - kinds named with [`RunFilter::kinds`] that cannot take a filter set are refused, as is a
///   filter that leaves no kind.
///
/// The shared filters (status, batch, source, file name, page size) are set as on
/// [`ListRuns`]; [`Client::cancel_matching`] sets the status itself.
///
/// ```
/// use extend_cancel::{RunStatus, RunFilter, RunKind};
/// let filter = RunFilter::batch("bpr_Xj8mK2pL9nR4vT7qY5wZ")
///     .kinds(&[RunKind::Extract, RunKind::Split])
///     .status(RunStatus::Processing);
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RunFilter {
    kinds: Option<Vec<RunKind>>,
    /// What every kind's list query shares (its `owner_id` stays unset: each kind has its own).
    query: ListQuery,
    extractor_id: Option<String>,
    classifier_id: Option<String>,
    splitter_id: Option<String>,
    workflow_id: Option<String>,
    processor_id: Option<String>,
    workspace_id: Option<String>,
}

impl RunFilter {
    /// Every run of every kind.
    pub fn all() -> Self {
        RunFilter::default()
    }

    /// The runs of one batch (`batchId`): `bpr_...` (extract, classify and split runs),
    /// `batch_...` (workflow runs) or `bpar_...` (parse runs).
    pub fn batch(batch_id: impl Into<String>) -> Self {
        RunFilter::all().batch_id(batch_id)
    }

    /// The extract runs of one extractor (`extractorId`, such as `ex_...`).
    pub fn extractor(extractor_id: impl Into<String>) -> Self {
        RunFilter::all().extractor_id(extractor_id)
    }

    /// The classify runs of one classifier (`classifierId`).
    pub fn classifier(classifier_id: impl Into<String>) -> Self {
        RunFilter::all().classifier_id(classifier_id)
    }

    /// The split runs of one splitter (`splitterId`).
    pub fn splitter(splitter_id: impl Into<String>) -> Self {
        RunFilter::all().splitter_id(splitter_id)
    }

    /// The workflow runs of one workflow (`workflowId`, such as `workflow_...`).
    pub fn workflow(workflow_id: impl Into<String>) -> Self {
        RunFilter::all().workflow_id(workflow_id)
    }

    /// The legacy processor runs of one processor (`processorId`, such as `ex_...`; API
    /// 2025-04-21).
    pub fn processor(processor_id: impl Into<String>) -> Self {
        RunFilter::all().processor_id(processor_id)
    }

    /// Only these kinds.
    pub fn kinds(mut self, kinds: &[RunKind]) -> Self {
        self.kinds = Some(kinds.to_vec());
        self
    }

    /// Only extract runs, of this extractor (`extractorId`).
    pub fn extractor_id(mut self, extractor_id: impl Into<String>) -> Self {
        self.extractor_id = Some(extractor_id.into());
        self
    }

    /// Only classify runs, of this classifier (`classifierId`).
    pub fn classifier_id(mut self, classifier_id: impl Into<String>) -> Self {
        self.classifier_id = Some(classifier_id.into());
        self
    }

    /// Only split runs, of this splitter (`splitterId`).
    pub fn splitter_id(mut self, splitter_id: impl Into<String>) -> Self {
        self.splitter_id = Some(splitter_id.into());
        self
    }

    /// Only workflow runs, of this workflow (`workflowId`).
    pub fn workflow_id(mut self, workflow_id: impl Into<String>) -> Self {
        self.workflow_id = Some(workflow_id.into());
        self
    }

    /// Only legacy processor runs, of this processor (`processorId`).
    pub fn processor_id(mut self, processor_id: impl Into<String>) -> Self {
        self.processor_id = Some(processor_id.into());
        self
    }

    /// Lists (and cancels) in this workspace (`x-extend-workspace-id`) instead of the client's.
    pub fn workspace_id(mut self, workspace_id: impl Into<String>) -> Self {
        self.workspace_id = Some(workspace_id.into());
        self
    }

    /// The workspace set on the filter, if any.
    pub(crate) fn workspace(&self) -> Option<&str> {
        self.workspace_id.as_deref()
    }

    /// Each kind's owner filter.
    fn owners(&self) -> [(RunKind, &Option<String>); 5] {
        [
            (RunKind::Extract, &self.extractor_id),
            (RunKind::Classify, &self.classifier_id),
            (RunKind::Split, &self.splitter_id),
            (RunKind::Workflow, &self.workflow_id),
            (RunKind::Processor, &self.processor_id),
        ]
    }

    /// The kinds this filter lists, in order, each once: the ones asked for (or every kind
    /// that takes the filters set, a batch's by its id's prefix), narrowed by the owner
    /// filters. A filter that would list nothing, or send an empty value (which the API may
    /// read as no filter at all, and so match every run), is refused with
    /// [`ConfigError::InvalidSetting`], as listing it would be.
    ///
    /// ```
    /// use extend_cancel::{RunFilter, RunKind};
    /// assert_eq!(RunFilter::batch("batch_7Ws31-F5").listed_kinds().unwrap(), [RunKind::Workflow]);
    /// assert_eq!(RunFilter::processor("ex_1").listed_kinds().unwrap(), [RunKind::Processor]);
    /// ```
    pub fn listed_kinds(&self) -> Result<Vec<RunKind>, Error> {
        let refuse = |name: &'static str, reason: String| {
            Err(Error::Config(ConfigError::InvalidSetting { name, reason }))
        };
        let values = [
            ("batch_id", &self.query.batch_id),
            ("extractor_id", &self.extractor_id),
            ("classifier_id", &self.classifier_id),
            ("splitter_id", &self.splitter_id),
            ("workflow_id", &self.workflow_id),
            ("processor_id", &self.processor_id),
            ("source_id", &self.query.source_id),
            ("file_name_contains", &self.query.file_name_contains),
        ];
        if let Some((name, _)) =
            values.iter().find(|(_, value)| value.as_ref().is_some_and(|v| v.trim().is_empty()))
        {
            return refuse(name, "is empty: an empty filter would match every run".to_owned());
        }
        // The filters every listed kind must take (the owner is each kind's own).
        let filters: Vec<QueryFilter> = self.query.set_filters();
        let takes_all = |kind: RunKind| filters.iter().all(|filter| takes(kind, *filter));
        let asked = match &self.kinds {
            Some(kinds) => {
                if let Some((kind, filter)) = kinds.iter().find_map(|kind| {
                    filters.iter().find(|filter| !takes(*kind, **filter)).map(|filter| (kind, filter))
                }) {
                    return refuse(
                        "kinds",
                        format!(
                            "{kind} runs cannot be listed by {} (the API would ignore it and list every run)",
                            filter.name()
                        ),
                    );
                }
                kinds.clone()
            }
            None => {
                let by_batch = self.query.batch_id.as_deref().and_then(kinds_of_batch);
                RunKind::ALL
                    .into_iter()
                    .filter(|kind| takes_all(*kind) && by_batch.is_none_or(|of| of.contains(kind)))
                    .collect()
            }
        };
        let owners = self.owners();
        let any_owner = owners.iter().any(|(_, owner)| owner.is_some());
        let mut kinds: Vec<RunKind> = Vec::new();
        for kind in asked {
            let owned = owners.iter().any(|(owner_kind, owner)| *owner_kind == kind && owner.is_some());
            if (!any_owner || owned) && !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        if kinds.is_empty() {
            return refuse(
                "kinds",
                "no kind of run is left to list (the kinds asked for, the owner filters and the filters some kinds cannot take exclude each other)".to_owned(),
            );
        }
        Ok(kinds)
    }

    /// One kind's listing with this filter's query and `status` (the filter's own when `None`).
    fn list_kind(
        &self,
        client: &Client,
        kind: RunKind,
        status: Option<&RunStatus>,
        pacer: Option<&Arc<Pacer>>,
    ) -> BoxStream<'static, Result<ListedRun, Error>> {
        let owner = self
            .owners()
            .into_iter()
            .find(|(owner_kind, _)| *owner_kind == kind)
            .and_then(|(_, o)| o.clone());
        let query = ListQuery {
            status: status.or(self.query.status.as_ref()).cloned(),
            owner_id: owner,
            ..self.query.clone()
        };
        match kind {
            RunKind::Extract => self.paged(client.extract_runs().list(), query, pacer, ListedRun::Extract),
            RunKind::Classify => self.paged(client.classify_runs().list(), query, pacer, ListedRun::Classify),
            RunKind::Split => self.paged(client.split_runs().list(), query, pacer, ListedRun::Split),
            RunKind::Workflow => self.paged(client.workflow_runs().list(), query, pacer, ListedRun::Workflow),
            RunKind::Parse => self.paged(client.parse_runs().list(), query, pacer, ListedRun::Parse),
            RunKind::Verify => self.paged(client.verify_runs().list(), query, pacer, ListedRun::Verify),
            RunKind::Processor => {
                self.paged(client.processor_runs().list(), query, pacer, ListedRun::Processor)
            }
        }
    }

    /// `list` with `query`, this filter's workspace and the batch's pacer, as summaries.
    fn paged<S: Send + Unpin + 'static>(
        &self,
        mut list: ListRuns<S>,
        query: ListQuery,
        pacer: Option<&Arc<Pacer>>,
        wrap: fn(S) -> ListedRun,
    ) -> BoxStream<'static, Result<ListedRun, Error>> {
        *list.query_mut() = query;
        if let Some(pacer) = pacer {
            list = list.paced(Arc::clone(pacer));
        }
        if let Some(workspace) = &self.workspace_id {
            list = list.workspace_id(workspace.clone());
        }
        list.map(move |item| item.map(wrap)).boxed()
    }

    /// Every kind's listing, one after the other; with `only`, only the listed kinds among
    /// those.
    pub(crate) fn listing(
        &self,
        client: &Client,
        status: Option<&RunStatus>,
        pacer: Option<&Arc<Pacer>>,
        only: Option<fn(RunKind) -> bool>,
    ) -> BoxStream<'static, Result<ListedRun, Error>> {
        match self.listed_kinds() {
            Ok(kinds) => {
                let lists: Vec<_> = kinds
                    .into_iter()
                    .filter(|kind| only.is_none_or(|only| only(*kind)))
                    .map(|kind| self.list_kind(client, kind, status, pacer))
                    .collect();
                stream::iter(lists).flatten().boxed()
            }
            Err(error) => stream::once(async { Err(error) }).boxed(),
        }
    }
}

impl Client {
    /// Lists every run that `filter` matches, kind after kind (in [`RunKind::ALL`]'s order),
    /// every page, as one stream of summaries. A page that fails after the client's retries ends its
    /// kind's listing with the error, and the next kind is listed.
    ///
    /// ```no_run
    /// # async fn demo(client: extend_cancel::Client) -> Result<(), extend_cancel::Error> {
    /// use extend_cancel::RunFilter;
    /// use futures_util::TryStreamExt;
    /// let mut runs = client.list_matching(RunFilter::batch("bpr_Xj8mK2pL9nR4vT7qY5wZ"));
    /// while let Some(run) = runs.try_next().await? {
    ///     println!("{} {:?} {}", run.id(), run.kind(), run.status());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_matching(&self, filter: RunFilter) -> ListMatching {
        ListMatching { inner: filter.listing(self, None, None, None) }
    }
}

/// The stream [`Client::list_matching`] returns.
#[must_use = "streams do nothing unless polled"]
pub struct ListMatching {
    inner: BoxStream<'static, Result<ListedRun, Error>>,
}

impl fmt::Debug for ListMatching {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListMatching").finish_non_exhaustive()
    }
}

impl Stream for ListMatching {
    type Item = Result<ListedRun, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}
