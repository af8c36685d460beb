//! Finding runs across kinds: a filter (a batch, an extractor, classifier or splitter, a
//! source, a file name) and the listing of every kind it covers, as one stream of summaries.

use crate::{
    listing::pages::{query_setters, ListQuery},
    model::run_id::RunKind,
    transport::pacer::Pacer,
    types, Client, ConfigError, Error, ListRuns, RunStatus,
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

/// The kinds the API lists.
const LISTED: [RunKind; 3] = [RunKind::Extract, RunKind::Classify, RunKind::Split];

/// Which runs to find: every filter set must match. Start from [`RunFilter::batch`],
/// [`RunFilter::extractor`], [`RunFilter::classifier`], [`RunFilter::splitter`] or
/// [`RunFilter::all`], then narrow it.
///
/// An extractor, classifier or splitter filter limits the listing to that kind: a filter on
/// an extractor never lists classify runs, whatever [`RunFilter::kinds`] says. Legacy processor
/// runs are not listed (the API has no list of them in these endpoints' versions).
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
    workspace_id: Option<String>,
}

impl RunFilter {
    /// Every extract, classify and split run.
    pub fn all() -> Self {
        RunFilter::default()
    }

    /// The runs of one batch (`batchId`, such as `bpr_...`), of every listed kind.
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

    /// Only these kinds (extract, classify, split; a processor kind is refused when listing).
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

    /// Lists (and cancels) in this workspace (`x-extend-workspace-id`) instead of the client's.
    pub fn workspace_id(mut self, workspace_id: impl Into<String>) -> Self {
        self.workspace_id = Some(workspace_id.into());
        self
    }

    /// The workspace set on the filter, if any.
    pub(crate) fn workspace(&self) -> Option<&str> {
        self.workspace_id.as_deref()
    }

    /// The kinds to list, in order, each once: the ones asked for, narrowed by the owner
    /// filters. A filter that would list nothing, or send an empty value (which the API may read
    /// as no filter at all, and so match every run), is refused.
    fn listed_kinds(&self) -> Result<Vec<RunKind>, Error> {
        let refuse = |name: &'static str, reason: String| {
            Err(Error::Config(ConfigError::InvalidSetting { name, reason }))
        };
        let values = [
            ("batch_id", &self.query.batch_id),
            ("extractor_id", &self.extractor_id),
            ("classifier_id", &self.classifier_id),
            ("splitter_id", &self.splitter_id),
            ("source_id", &self.query.source_id),
            ("file_name_contains", &self.query.file_name_contains),
        ];
        if let Some((name, _)) =
            values.iter().find(|(_, value)| value.as_ref().is_some_and(|v| v.trim().is_empty()))
        {
            return refuse(name, "is empty: an empty filter would match every run".to_owned());
        }
        let asked = self.kinds.clone().unwrap_or_else(|| LISTED.to_vec());
        if let Some(kind) = asked.iter().find(|kind| !LISTED.contains(kind)) {
            return refuse(
                "kinds",
                format!("{} runs cannot be listed; only extract, classify and split runs", kind.name()),
            );
        }
        let owners = [
            (RunKind::Extract, &self.extractor_id),
            (RunKind::Classify, &self.classifier_id),
            (RunKind::Split, &self.splitter_id),
        ];
        let any_owner = owners.iter().any(|(_, owner)| owner.is_some());
        let mut kinds: Vec<RunKind> = Vec::new();
        for kind in asked {
            let owned = owners.iter().any(|(owner_kind, owner)| *owner_kind == kind && owner.is_some());
            if (!any_owner || owned) && !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        if kinds.is_empty() {
            return refuse("kinds", "no kind of run is left to list (the kinds asked for and the extractor, classifier or splitter filters exclude each other)".to_owned());
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
        let with_query = |owner_id: &Option<String>| ListQuery {
            status: status.or(self.query.status.as_ref()).cloned(),
            owner_id: owner_id.clone(),
            ..self.query.clone()
        };
        match kind {
            RunKind::Extract => self.paged(
                client.extract_runs().list(),
                with_query(&self.extractor_id),
                pacer,
                ListedRun::Extract,
            ),
            RunKind::Classify => self.paged(
                client.classify_runs().list(),
                with_query(&self.classifier_id),
                pacer,
                ListedRun::Classify,
            ),
            // Only listed kinds reach here (listed_kinds).
            _ => {
                self.paged(client.split_runs().list(), with_query(&self.splitter_id), pacer, ListedRun::Split)
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

    /// Every kind's listing, one after the other.
    pub(crate) fn listing(
        &self,
        client: &Client,
        status: Option<&RunStatus>,
        pacer: Option<&Arc<Pacer>>,
    ) -> BoxStream<'static, Result<ListedRun, Error>> {
        match self.listed_kinds() {
            Ok(kinds) => {
                let lists: Vec<_> =
                    kinds.into_iter().map(|kind| self.list_kind(client, kind, status, pacer)).collect();
                stream::iter(lists).flatten().boxed()
            }
            Err(error) => stream::once(async { Err(error) }).boxed(),
        }
    }
}

/// A listed run of any kind, as [`Client::list_matching`] yields it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ListedRun {
    /// An extract run.
    Extract(types::ExtractRunSummary),
    /// A classify run.
    Classify(types::ClassifyRunSummary),
    /// A split run.
    Split(types::SplitRunSummary),
}

impl ListedRun {
    /// The run's id.
    pub fn id(&self) -> &str {
        match self {
            ListedRun::Extract(run) => &run.id,
            ListedRun::Classify(run) => &run.id,
            ListedRun::Split(run) => &run.id,
        }
    }

    /// The run's status when it was listed.
    pub fn status(&self) -> &RunStatus {
        match self {
            ListedRun::Extract(run) => &run.status,
            ListedRun::Classify(run) => &run.status,
            ListedRun::Split(run) => &run.status,
        }
    }

    /// The kind of run.
    pub fn kind(&self) -> RunKind {
        match self {
            ListedRun::Extract(_) => RunKind::Extract,
            ListedRun::Classify(_) => RunKind::Classify,
            ListedRun::Split(_) => RunKind::Split,
        }
    }
}

impl Client {
    /// Lists every run that `filter` matches, kind after kind (extract, classify, split), every
    /// page, as one stream of summaries. A page that fails after the client's retries ends its
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
        ListMatching { inner: filter.listing(self, None, None) }
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
