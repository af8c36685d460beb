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

/// The runs of the workflow's two steps, parse then extract, as the API tags them.
fn step_runs(id: &str, status: &RunStatus) -> Vec<types::StepRun> {
    let (parse, extract) = step_statuses(status);
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

/// A complete workflow run (`object: "workflow_run"`) of the workflow
/// `workflow_sandbox_invoices`, in `status`: started five seconds after it was created unless
/// `PENDING`, ended (`endTime`) when `PROCESSED`, `FAILED`, `CANCELLED` or `REJECTED`, reviewed
/// when `REJECTED`, with a failure when `FAILED` and usage when `PROCESSED`.
pub fn workflow_run(id: impl Into<String>, status: RunStatus) -> types::WorkflowRun {
    let id = id.into();
    let created = created_at();
    let updated = updated_at(&status);
    let failed = status == RunStatus::Failed;
    let rejected = status == RunStatus::Rejected;
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
        files: Some(vec![file(&id, "invoice.pdf")]),
        failure_reason: failed.then(|| "FAILED_TO_PROCESS_FILE".to_owned()),
        failure_message: failed.then(|| "The file could not be read: it is password protected.".to_owned()),
        initial_run_at: Some(created),
        reviewed_by_user: rejected.then(|| "reviewer@example.com".to_owned()),
        reviewed: Some(rejected),
        rejection_note: rejected.then(|| "The total does not match the purchase order.".to_owned()),
        reviewed_at: rejected.then_some(updated),
        start_time: (status != RunStatus::Pending).then(|| created + chrono::TimeDelta::seconds(5)),
        end_time: ended.then_some(updated),
        step_runs: Some(step_runs(&id, &status)),
        usage: (status == RunStatus::Processed)
            .then(|| usage(UsageObjectType::ExtractRun, &format!("exr_{}", tail(&id)), 3.5)),
        id,
    }
}
