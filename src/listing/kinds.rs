//! The list call of each kind the API lists (extract, classify and split runs), and
//! [`Runs::list`], which starts it.

use crate::{
    client::{calls::check_options, request::CallOptions},
    listing::pages::{ListQuery, Page, PageFn},
    transport::hooks::take_built,
    types, Client, Error, ListRuns, Runs,
};
use futures_util::future::BoxFuture;

/// A kind of run the API lists (extract, classify and split runs).
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
    ($page:ty, $summary:ty, $method:ident, |$q:ident| ($($param:expr),*)) => {
        /// Fetches one page of this kind's runs.
        fn $method(client: Client, $q: ListQuery, options: CallOptions) -> BoxFuture<'static, Result<Page<$summary>, Error>> {
            Box::pin(async move {
                check_options(&options)?;
                let building = client.building();
                let built = building
                    .$method($($param,)* options.api_version.as_deref(), options.workspace_id.as_deref())
                    .await;
                let request = take_built(&building, built)?;
                let page = client.send::<$page>(request, &options, stringify!($method), "").await?.into_inner();
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
