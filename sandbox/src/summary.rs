//! The list bodies: each listed run summarized from the full run the sandbox holds, into the
//! generated summary types, so that a listed run and a retrieved one always agree.

use crate::{reply::Reply, run::Run, store::Entry};
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

/// A workflow run without its step runs, with `createdAt` and `updatedAt` (which the run
/// object does not carry: the sandbox's own), and `usage` without its breakdown.
fn workflow(run: &types::WorkflowRun, entry: &Entry) -> types::WorkflowRunSummary {
    types::WorkflowRunSummary {
        object: Some(types::WorkflowRunSummaryObject::WorkflowRun),
        id: run.id.clone(),
        status: run.status.clone(),
        workflow: run.workflow.clone(),
        workflow_version: run.workflow_version.clone(),
        dashboard_url: run.dashboard_url.clone(),
        reviewed_by_user: run.reviewed_by_user.clone(),
        reviewed_at: run.reviewed_at,
        initial_run_at: run.initial_run_at,
        start_time: run.start_time,
        end_time: run.end_time,
        batch_id: run.batch_id.clone(),
        rejection_note: run.rejection_note.clone(),
        files: run.files.clone(),
        created_at: Some(entry.created),
        updated_at: Some(entry.updated),
        usage: usage(&run.usage),
    }
}

/// A parse run without its output and config, with the sandbox's `createdAt` and `updatedAt`.
fn parse(run: &types::ParseRun, entry: &Entry) -> types::ParseRunSummary {
    types::ParseRunSummary {
        object: Some(types::ParseRunSummaryObject::ParseRun),
        id: run.id.clone(),
        batch_id: run.batch_id.clone(),
        file: run.file.clone(),
        status: run.status.clone(),
        failure_reason: run.failure_reason.clone(),
        failure_message: run.failure_message.clone(),
        metadata: run.metadata.clone(),
        metrics: run.metrics.clone(),
        usage: usage(&run.usage),
        created_at: Some(entry.created),
        updated_at: Some(entry.updated),
    }
}

/// A verify run with its result's `riskLevel` instead of the result.
fn verify(run: &types::VerifyRun, entry: &Entry) -> types::VerifyRunSummary {
    types::VerifyRunSummary {
        object: Some(types::VerifyRunSummaryObject::VerifyRun),
        id: run.id.clone(),
        file: run.file.clone(),
        status: run.status.clone(),
        risk_level: entry.run.risk_level(),
        failure_reason: run.failure_reason.clone(),
        failure_message: run.failure_message.clone(),
        metadata: run.metadata.clone(),
        metrics: run.metrics.clone(),
        config: run.config.clone(),
        usage: run.usage.clone(),
        source: run.source.clone(),
        source_id: run.source_id.clone(),
        created_at: run.created_at,
        updated_at: run.updated_at,
    }
}

/// A legacy processor run's summary (API 2025-04-21), with the sandbox's `createdAt` and
/// `updatedAt`.
fn processor(run: &types::LegacyProcessorRun, entry: &Entry) -> types::LegacyProcessorRunSummary {
    types::LegacyProcessorRunSummary {
        id: run.id.clone(),
        status: run.status.clone(),
        processor_id: run.processor_id.clone(),
        processor_name: run.processor_name.clone(),
        processor_version_id: run.processor_version_id.clone(),
        type_: run.type_.clone(),
        created_at: Some(entry.created),
        updated_at: Some(entry.updated),
        usage: run.usage.clone(),
    }
}

/// 200 with the list's generated type: `{object: "list", data, nextPageToken}`, or for the
/// legacy processor runs `{success: true, processorRuns, nextPageToken}`. `runs` are of `kind`
/// (the list only reads that kind's order).
pub(crate) fn list_reply(kind: RunKind, runs: &[&Entry], next_page_token: Option<String>) -> Reply {
    macro_rules! body {
        ($response:ident, $object:ident, $variant:ident, |$run:ident, $entry:ident| $summary:expr) => {
            Reply::json(
                StatusCode::OK,
                &types::$response {
                    object: Some(types::$object::List),
                    data: Some(
                        runs.iter()
                            .filter_map(|$entry| match &$entry.run {
                                Run::$variant($run) => Some($summary),
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
            body!(ClassifyRunsListResponse, ClassifyRunsListResponseObject, Classify, |run, _e| classify(run))
        }
        RunKind::Split => {
            body!(SplitRunsListResponse, SplitRunsListResponseObject, Split, |run, _e| split(run))
        }
        RunKind::Workflow => {
            body!(WorkflowRunsListResponse, WorkflowRunsListResponseObject, Workflow, |run, entry| {
                workflow(run, entry)
            })
        }
        RunKind::Parse => {
            body!(ParseRunsListResponse, ParseRunsListResponseObject, Parse, |run, entry| parse(run, entry))
        }
        RunKind::Verify => {
            body!(VerifyRunsListResponse, VerifyRunsListResponseObject, Verify, |run, entry| verify(
                run, entry
            ))
        }
        RunKind::Processor => Reply::json(
            StatusCode::OK,
            &types::ProcessorRunsListResponse {
                success: Some(true),
                processor_runs: Some(
                    runs.iter()
                        .filter_map(|entry| match &entry.run {
                            Run::Processor(run) => Some(processor(run, entry)),
                            _ => None,
                        })
                        .collect(),
                ),
                next_page_token,
            },
        ),
        _ => body!(ExtractRunsListResponse, ExtractRunsListResponseObject, Extract, |run, _e| extract(run)),
    }
}
