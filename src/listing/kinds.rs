//! The list call of each kind of run, [`Runs::list`], which starts it, and which filters each
//! kind's list takes.

use crate::{
    client::{calls::check_options, request::CallOptions},
    listing::pages::{ListQuery, Page, PageFn, QueryFilter},
    model::run_id::RunKind,
    transport::hooks::take_built,
    types, Client, ConfigError, Error, LegacyProcessorType, ListRuns, Runs, VerifyRiskLevel,
};
use futures_util::future::BoxFuture;

/// Whether the list of `kind` takes `filter` (its query parameters in the official SDKs).
pub(crate) fn takes(kind: RunKind, filter: QueryFilter) -> bool {
    use QueryFilter::*;
    match kind {
        RunKind::Extract | RunKind::Classify | RunKind::Split => {
            matches!(filter, Batch | Source | SourceId | Sort | Owner)
        }
        RunKind::Workflow => matches!(filter, Batch | Sort | Owner),
        RunKind::Parse => matches!(filter, Batch | Source | SourceId),
        RunKind::Verify => matches!(filter, Source | SourceId | Sort | RiskLevel),
        RunKind::Processor => matches!(filter, Source | SourceId | Sort | Owner | ProcessorType),
    }
}

/// Refuses a query with a filter that `kind`'s list does not take: the API would ignore it
/// and list runs the caller meant to leave out.
fn check_filters(kind: RunKind, query: &ListQuery) -> Result<(), Error> {
    match query.set_filters().into_iter().find(|filter| !takes(kind, *filter)) {
        Some(filter) => Err(Error::Config(ConfigError::InvalidSetting {
            name: filter.name(),
            reason: format!(
                "{kind} runs cannot be listed by it (the API would ignore it and list every run)"
            ),
        })),
        None => Ok(()),
    }
}

/// A kind of run the API lists.
pub trait Listed {
    /// What a list page holds of each run.
    type Summary: Send + Unpin + 'static;
    /// Fetches one page.
    const LIST: PageFn<Self::Summary>;
}

impl<T: Listed> Runs<'_, T> {
    /// Lists the runs of this kind, every page, as a stream of run summaries; set filters on
    /// the returned [`ListRuns`] before polling it.
    pub fn list(&self) -> ListRuns<T::Summary> {
        ListRuns::new(self.client().clone(), T::LIST)
    }
}

/// Defines the list call of one kind. The generated methods take the query parameters in
/// alphabetical order, so each kind lists them in its own order.
macro_rules! list_call {
    ($kind:expr, $page:ty, $summary:ty, $method:ident, |$q:ident| ($($param:expr),*)) => {
        list_call!($kind, $page, $summary, $method, |$q| ($($param),*), |page| (page.data, page.next_page_token));
    };
    ($kind:expr, $page:ty, $summary:ty, $method:ident, |$q:ident| ($($param:expr),*), |$p:ident| ($data:expr, $token:expr)) => {
        /// Fetches one page of this kind's runs.
        fn $method(client: Client, $q: ListQuery, options: CallOptions) -> BoxFuture<'static, Result<Page<$summary>, Error>> {
            Box::pin(async move {
                check_filters($kind, &$q)?;
                check_options(&options)?;
                let building = client.building();
                let built = building
                    .$method($($param,)* options.api_version.as_deref(), options.workspace_id.as_deref())
                    .await;
                let request = take_built(&building, built)?;
                let $p = client.send::<$page>(request, &options, stringify!($method), "").await?.into_inner();
                let (data, next_page_token) = ($data, $token);
                Ok(Page { data: data.unwrap_or_default(), next_page_token })
            })
        }
    };
}

/// [`list_call!`] for a kind whose own filter sorts second (`extractorId`, `classifierId`).
macro_rules! owner_second_list_call {
    ($kind:expr, $page:ty, $summary:ty, $method:ident) => {
        list_call!($kind, $page, $summary, $method, |q| (
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

owner_second_list_call!(
    RunKind::Extract,
    types::ExtractRunsListResponse,
    types::ExtractRunSummary,
    list_extract_runs
);
owner_second_list_call!(
    RunKind::Classify,
    types::ClassifyRunsListResponse,
    types::ClassifyRunSummary,
    list_classify_runs
);
// splitterId sorts after sourceId.
list_call!(RunKind::Split, types::SplitRunsListResponse, types::SplitRunSummary, list_split_runs, |q| (
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
list_call!(
    RunKind::Workflow,
    types::WorkflowRunsListResponse,
    types::WorkflowRunSummary,
    list_workflow_runs,
    |q| (
        q.batch_id.as_deref(),
        q.file_name_contains.as_deref(),
        q.max_page_size.map(i64::from),
        q.page_token.as_deref(),
        q.sort_by.as_ref(),
        q.sort_dir.as_ref(),
        q.status.as_ref(),
        q.owner_id.as_deref()
    )
);
list_call!(RunKind::Parse, types::ParseRunsListResponse, types::ParseRunSummary, list_parse_runs, |q| (
    q.batch_id.as_deref(),
    q.file_name_contains.as_deref(),
    q.max_page_size.map(i64::from),
    q.page_token.as_deref(),
    q.source.as_ref(),
    q.source_id.as_deref(),
    q.status.as_ref()
));
list_call!(RunKind::Verify, types::VerifyRunsListResponse, types::VerifyRunSummary, list_verify_runs, |q| (
    q.file_name_contains.as_deref(),
    q.max_page_size.map(i64::from),
    q.page_token.as_deref(),
    q.risk_level.as_ref(),
    q.sort_by.as_ref(),
    q.sort_dir.as_ref(),
    q.source.as_ref(),
    q.source_id.as_deref(),
    q.status.as_ref()
));
// The legacy list answers `{success, processorRuns, nextPageToken}`.
list_call!(
    RunKind::Processor,
    types::ProcessorRunsListResponse,
    types::LegacyProcessorRunSummary,
    list_processor_runs,
    |q| (
        q.file_name_contains.as_deref(),
        q.max_page_size.map(i64::from),
        q.page_token.as_deref(),
        q.owner_id.as_deref(),
        q.processor_type.as_ref(),
        q.sort_by.as_ref(),
        q.sort_dir.as_ref(),
        q.source.as_ref(),
        q.source_id.as_deref(),
        q.status.as_ref()
    ),
    |page| (page.processor_runs, page.next_page_token)
);

/// Implements [`Listed`] for one kind's cancel body type.
macro_rules! listed {
    ($cancelled:ty, $summary:ty, $list:ident) => {
        impl Listed for $cancelled {
            type Summary = $summary;
            const LIST: PageFn<Self::Summary> = $list;
        }
    };
}

listed!(types::ExtractRun, types::ExtractRunSummary, list_extract_runs);
listed!(types::ClassifyRun, types::ClassifyRunSummary, list_classify_runs);
listed!(types::SplitRun, types::SplitRunSummary, list_split_runs);
listed!(types::WorkflowRun, types::WorkflowRunSummary, list_workflow_runs);
listed!(types::ParseRun, types::ParseRunSummary, list_parse_runs);
listed!(types::VerifyRun, types::VerifyRunSummary, list_verify_runs);
listed!(types::ProcessorRunCancelResponse, types::LegacyProcessorRunSummary, list_processor_runs);

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

impl ListRuns<types::WorkflowRunSummary> {
    /// Only runs of this workflow (`workflowId`, such as `workflow_...`).
    pub fn workflow_id(self, workflow_id: impl Into<String>) -> Self {
        self.owner_id(workflow_id.into())
    }
}

impl ListRuns<types::VerifyRunSummary> {
    /// Only runs whose result has this risk level (`riskLevel`).
    pub fn risk_level(mut self, risk_level: VerifyRiskLevel) -> Self {
        self.query_mut().risk_level = Some(risk_level);
        self
    }
}

impl ListRuns<types::LegacyProcessorRunSummary> {
    /// Only runs of this processor (`processorId`, such as `ex_...`).
    pub fn processor_id(self, processor_id: impl Into<String>) -> Self {
        self.owner_id(processor_id.into())
    }

    /// Only runs of processors of this type (`processorType`).
    pub fn processor_type(mut self, processor_type: LegacyProcessorType) -> Self {
        self.query_mut().processor_type = Some(processor_type);
        self
    }
}
