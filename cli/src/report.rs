//! What is printed per run: a table row for a person, or one JSON object per line.

use crate::outcome::Outcome;
use extend_cancel::{CancelledRun, Error, RunKind};
use serde_json::{json, Value};

/// The table's column widths (an id wider than its column pushes the row out).
const ID_WIDTH: usize = 26;
const KIND_WIDTH: usize = 10;
const OUTCOME_WIDTH: usize = 18;
const STATUS_WIDTH: usize = 11;

/// The table's header line.
pub fn header() -> String {
    row("ID", "KIND", "OUTCOME", "STATUS", "DETAIL")
}

fn row(id: &str, kind: &str, outcome: &str, status: &str, detail: &str) -> String {
    format!("{id:<ID_WIDTH$} {kind:<KIND_WIDTH$} {outcome:<OUTCOME_WIDTH$} {status:<STATUS_WIDTH$} {detail}")
        .trim_end()
        .to_owned()
}

fn kind_name(id: &str) -> Option<&'static str> {
    RunKind::from_id(id).map(RunKind::name)
}

/// The run an outcome carries, when the API sent one.
fn run_of(outcome: &Outcome) -> Option<&CancelledRun> {
    match outcome {
        Outcome::Cancelled(run)
        | Outcome::AlreadyCancelled(run)
        | Outcome::AlreadyFinished(run)
        | Outcome::Pending(run) => Some(run),
        _ => None,
    }
}

/// One run's outcome: a table row (with the error or the corrections on the lines below), or
/// one JSON object. No trailing newline.
pub fn outcome(id: &str, outcome: &Outcome, as_json: bool) -> String {
    let run = run_of(outcome);
    let status = run.map(|run| run.status().to_string());
    if as_json {
        return json!({
            "id": id,
            "kind": kind_name(id),
            "outcome": outcome.label(),
            // What --resume reads: the library's judgment, not a list of labels kept here.
            "settled": outcome.is_settled(),
            "status": status,
            "failureReason": run.and_then(CancelledRun::failure_reason),
            "dashboardUrl": run.and_then(CancelledRun::dashboard_url),
            "corrections": run.map_or_else(Vec::new, |run| run.corrections().iter().map(|c| json!({
                "path": c.path, "problem": c.problem.to_string(), "detail": c.detail,
            })).collect()),
            "error": outcome.error().map(error_json),
        })
        .to_string();
    }
    let detail = match (outcome.error(), run) {
        (Some(error), _) => error.to_string(),
        (None, Some(run)) => run.dashboard_url().unwrap_or("-").to_owned(),
        (None, None) => "-".to_owned(),
    };
    let mut text =
        row(id, kind_name(id).unwrap_or("?"), outcome.label(), status.as_deref().unwrap_or("-"), &detail);
    // The run was read; what its response got wrong is worth a note, not a failure.
    for correction in run.map(CancelledRun::corrections).unwrap_or_default() {
        text.push_str(&format!("\n    corrected: {correction}"));
    }
    text
}

fn error_json(error: &Error) -> Value {
    json!({
        "message": error.to_string(),
        "httpStatus": error.status().map(|status| status.as_u16()),
        "code": error.as_api().and_then(|api| api.code.as_deref()),
        "requestId": error.request_id(),
        "retryable": error.is_retryable(),
    })
}

/// A run a `--dry-run` would cancel: its kind, and its status when it was looked up.
pub fn would_cancel(id: &str, status: Option<&str>, as_json: bool) -> String {
    if as_json {
        return json!({ "id": id, "kind": kind_name(id), "outcome": "would_cancel", "status": status })
            .to_string();
    }
    row(id, kind_name(id).unwrap_or("?"), "would_cancel", status.unwrap_or("-"), "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_line_up_under_the_header() {
        let header = header();
        let line = would_cancel("exr_1", None, false);
        for column in ["KIND", "OUTCOME", "STATUS", "DETAIL"] {
            let at = header.find(column).unwrap();
            assert_eq!(line.as_bytes()[at - 1], b' ', "{column}: {line}");
            assert_ne!(line.as_bytes()[at], b' ', "{column}: {line}");
        }
        assert_eq!(
            line.split_whitespace().collect::<Vec<_>>(),
            ["exr_1", "extract", "would_cancel", "-", "-"]
        );
    }

    #[test]
    fn a_dry_run_line_in_json_names_the_kind() {
        let value: Value = serde_json::from_str(&would_cancel("splr_9", Some("PROCESSING"), true)).unwrap();
        assert_eq!(
            value,
            json!({"id": "splr_9", "kind": "split", "outcome": "would_cancel", "status": "PROCESSING"})
        );
    }

    #[test]
    fn not_found_has_no_run_and_is_not_settled() {
        let value: Value = serde_json::from_str(&outcome("dpr_x", &Outcome::NotFound, true)).unwrap();
        assert_eq!(
            value,
            json!({"id": "dpr_x", "kind": "processor", "outcome": "not_found", "settled": false, "status": null,
                   "failureReason": null, "dashboardUrl": null, "corrections": [], "error": null})
        );
    }
}
