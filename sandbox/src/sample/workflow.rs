//! The sample workflow run.

use super::parts::{created_at, dashboard_url, file, metadata, object, tail, updated_at, usage};
use extend_cancel::{types, RunStatus, UsageObjectType};
use serde_json::json;

/// The id of the sample workflow, which the list filter `workflowId` looks at.
const SAMPLE_WORKFLOW_ID: &str = "workflow_sandbox_invoices";

/// The status of a step of a workflow run in `status`: `(parse step, extract step)`.
fn step_statuses(status: &RunStatus) -> (&'static str, &'static str) {
    match status {
        RunStatus::Pending => ("PENDING", "PENDING"),
        RunStatus::Processing | RunStatus::Cancelling => ("PROCESSED", "PROCESSING"),
        RunStatus::Failed => ("PROCESSED", "FAILED"),
        RunStatus::Cancelled => ("PROCESSED", "CANCELLED"),
        _ => ("PROCESSED", "PROCESSED"),
    }
}

/// The runs of the workflow's two steps, parse then extract, as the API tags them; each ran on
/// the run's `files` (the official SDKs' `StepRun_*` types require `files`, a list of
/// `FileSummary`).
fn step_runs(id: &str, status: &RunStatus, files: &[types::FileSummary]) -> Vec<types::StepRun> {
    let (parse, extract) = step_statuses(status);
    let files = serde_json::to_value(files).expect("file summaries serialize");
    [("PARSE", "Parse", parse), ("EXTRACT", "Extract invoice fields", extract)]
        .into_iter()
        .map(|(step_type, name, status)| {
            let lower = step_type.to_ascii_lowercase();
            types::StepRun(object(json!({
                "object": "workflow_step_run",
                "id": format!("workflow_step_run_{}_{lower}", tail(id)),
                "workflowRunId": id,
                "stepType": step_type,
                "status": status,
                "files": files,
                "step": {
                    "object": "workflow_step",
                    "id": format!("workflow_step_sandbox_{lower}"),
                    "name": name,
                    "type": step_type
                }
            })))
        })
        .collect()
}

/// Gives each of `run`'s step runs the run's `files` as they are now (after
/// [`SampleRun`](super::SampleRun) renamed or re-dated them).
pub(super) fn sync_step_files(run: &mut types::WorkflowRun) {
    let files =
        serde_json::to_value(run.files.as_deref().unwrap_or_default()).expect("file summaries serialize");
    for step in run.step_runs.iter_mut().flatten() {
        step.0.insert("files".to_owned(), files.clone());
    }
}

/// A complete workflow run (`object: "workflow_run"`) of the workflow
/// `workflow_sandbox_invoices`, in `status`: started five seconds after it was created unless
/// `PENDING`, ended (`endTime`) when `PROCESSED`, `FAILED`, `CANCELLED` or `REJECTED`, reviewed
/// when `REJECTED`, with a failure when `FAILED` and usage when `PROCESSED`. Its two step runs
/// (`stepRuns`: parse, then extract) each name the run's file in their `files`.
///
/// ```
/// use extend_cancel::RunStatus;
/// use extend_cancel_sandbox::sample;
/// let run = sample::workflow_run("workflow_run_mine", RunStatus::Processing);
/// let files = serde_json::to_value(run.files.as_ref().unwrap()).unwrap();
/// let steps = run.step_runs.as_ref().unwrap();
/// assert_eq!(steps.len(), 2);
/// assert!(steps.iter().all(|step| step.0["files"] == files));
/// assert_eq!(files[0]["name"], "invoice.pdf");
/// ```
pub fn workflow_run(id: impl Into<String>, status: RunStatus) -> types::WorkflowRun {
    let id = id.into();
    let created = created_at();
    let updated = updated_at(&status);
    let failed = status == RunStatus::Failed;
    let rejected = status == RunStatus::Rejected;
    let files = vec![file(&id, "invoice.pdf")];
    let steps = step_runs(&id, &status, &files);
    let ended = matches!(
        status,
        RunStatus::Processed | RunStatus::Failed | RunStatus::Cancelled | RunStatus::Rejected
    );
    types::WorkflowRun {
        object: Some(types::WorkflowRunObject::WorkflowRun),
        workflow: Some(types::WorkflowSummary {
            object: Some("workflow".to_owned()),
            id: Some(SAMPLE_WORKFLOW_ID.to_owned()),
            name: Some("Invoice intake".to_owned()),
            created_at: Some(created),
            updated_at: Some(created),
            created_by: None,
        }),
        workflow_version: Some(types::WorkflowVersionSummary {
            object: Some("workflow_version".to_owned()),
            id: Some("workflow_version_sandbox_invoices_1".to_owned()),
            version: Some("1".to_owned()),
            name: Some("First published version".to_owned()),
            created_at: Some(created),
            created_by: None,
        }),
        dashboard_url: Some(dashboard_url(&id)),
        status: status.clone(),
        metadata: Some(metadata()),
        batch_id: None,
        files: Some(files),
        failure_reason: failed.then(|| "FAILED_TO_PROCESS_FILE".to_owned()),
        failure_message: failed.then(|| "The file could not be read: it is password protected.".to_owned()),
        initial_run_at: Some(created),
        reviewed_by_user: rejected.then(|| "reviewer@example.com".to_owned()),
        reviewed: Some(rejected),
        rejection_note: rejected.then(|| "The total does not match the purchase order.".to_owned()),
        reviewed_at: rejected.then_some(updated),
        start_time: (status != RunStatus::Pending).then(|| created + chrono::TimeDelta::seconds(5)),
        end_time: ended.then_some(updated),
        step_runs: Some(steps),
        usage: (status == RunStatus::Processed)
            .then(|| usage(UsageObjectType::ExtractRun, &format!("exr_{}", tail(&id)), 3.5)),
        id,
    }
}

#[cfg(test)]
mod tests {
    use super::super::SampleRun;
    use crate::Run;
    use extend_cancel::{RunKind, RunStatus, Timestamp};

    #[test]
    fn step_runs_name_the_files_the_sample_run_chose() {
        let at = Timestamp::parse("2026-05-01T12:00:00Z").unwrap();
        let run = SampleRun::new(RunKind::Workflow, "workflow_run_1", RunStatus::Processed)
            .file_name("march-invoice.pdf")
            .created_at(at)
            .build();
        let Run::Workflow(run) = run else { panic!("a workflow run") };
        let files = serde_json::to_value(run.files.as_ref().unwrap()).unwrap();
        assert_eq!(files[0]["name"], "march-invoice.pdf");
        assert_eq!(files[0]["createdAt"], serde_json::to_value(at).unwrap());
        for step in run.step_runs.as_ref().unwrap() {
            assert_eq!(step.0["files"], files, "step {}", step.0["id"]);
        }
    }
}
