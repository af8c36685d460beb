//! The list bodies: each listed run summarized from the full run the sandbox holds, into the
//! generated summary types, so that a listed run and a retrieved one always agree.

use crate::{reply::Reply, run::Run};
use extend_cancel::{types, RunKind};
use http::StatusCode;

/// `RunUsage` without its breakdown.
fn usage(usage: &Option<types::RunUsage>) -> Option<types::RunUsageSummary> {
    usage
        .as_ref()
        .map(|usage| types::RunUsageSummary { credits: usage.credits, total_credits: usage.total_credits })
}

/// A summary of `run`: its fields without `output`, `config` and the other large parts, and
/// `usage` without the breakdown. The fields common to the three kinds are listed once; each
/// kind adds its own (its processor and version summaries, `files`).
macro_rules! summarize {
    ($run:expr, $summary:ident, $object:expr, [$($own:ident),*]) => {
        types::$summary {
            object: Some($object),
            id: $run.id.clone(),
            status: $run.status.clone(),
            failure_reason: $run.failure_reason.clone(),
            failure_message: $run.failure_message.clone(),
            metadata: $run.metadata.clone(),
            reviewed: $run.reviewed,
            edited: $run.edited,
            file: $run.file.clone(),
            parse_run_id: $run.parse_run_id.clone(),
            dashboard_url: $run.dashboard_url.clone(),
            usage: usage(&$run.usage),
            created_at: $run.created_at,
            updated_at: $run.updated_at,
            $($own: $run.$own.clone(),)*
        }
    };
}

fn extract(run: &types::ExtractRun) -> types::ExtractRunSummary {
    let object = types::ExtractRunSummaryObject::ExtractRun;
    summarize!(run, ExtractRunSummary, object, [extractor, extractor_version, files])
}

fn classify(run: &types::ClassifyRun) -> types::ClassifyRunSummary {
    let object = types::ClassifyRunSummaryObject::ClassifyRun;
    summarize!(run, ClassifyRunSummary, object, [classifier, classifier_version])
}

fn split(run: &types::SplitRun) -> types::SplitRunSummary {
    let object = types::SplitRunSummaryObject::SplitRun;
    summarize!(run, SplitRunSummary, object, [splitter, splitter_version])
}

/// 200 with `{object: "list", data, nextPageToken}` in the list's generated type. `runs` are
/// of `kind` (the list only reads that kind's order).
pub(crate) fn list_reply(kind: RunKind, runs: &[&Run], next_page_token: Option<String>) -> Reply {
    macro_rules! body {
        ($response:ident, $object:ident, $variant:ident, $summarize:ident) => {
            Reply::json(
                StatusCode::OK,
                &types::$response {
                    object: Some(types::$object::List),
                    data: Some(
                        runs.iter()
                            .filter_map(|run| match run {
                                Run::$variant(run) => Some($summarize(run)),
                                _ => None,
                            })
                            .collect(),
                    ),
                    next_page_token,
                },
            )
        };
    }
    match kind {
        RunKind::Classify => {
            body!(ClassifyRunsListResponse, ClassifyRunsListResponseObject, Classify, classify)
        }
        RunKind::Split => body!(SplitRunsListResponse, SplitRunsListResponseObject, Split, split),
        _ => body!(ExtractRunsListResponse, ExtractRunsListResponseObject, Extract, extract),
    }
}
