//! What is printed per run: a table row for a person, or one JSON object per line.

use extend_cancel::{Error, Outcome, Run, RunKind};
use serde_json::{json, Value};

/// One line of a batch's output.
#[derive(Debug)]
pub enum Entry {
    /// A run's definitive outcome (from the library).
    Outcome(String, Outcome),
    /// What a dry run found for a run: `would_cancel`, `pending`, `already_cancelled`...
    Planned {
        /// The run's id.
        id: String,
        /// What a cancel would do or find.
        label: &'static str,
        /// The run's status, when it was looked up.
        status: Option<String>,
        /// Whether nothing needs doing for the run (so that `--resume` skips it).
        settled: bool,
    },
    /// Listing the runs failed after the client's retries.
    ListingFailed(Error),
}

/// The label of a run a dry run found cancellable.
pub const WOULD_CANCEL: &str = "would_cancel";

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

/// One entry: a table row (with the error or the corrections on the lines below), or one JSON
/// object. No trailing newline.
pub fn entry(entry: &Entry, as_json: bool) -> String {
    match entry {
        Entry::Outcome(id, outcome) => self::outcome(id, outcome, as_json),
        Entry::Planned { id, label, status, settled } => {
            planned(id, label, status.as_deref(), *settled, as_json)
        }
        Entry::ListingFailed(error) if as_json => json!({ "listingFailed": error_json(error) }).to_string(),
        Entry::ListingFailed(error) => format!("listing failed: {error}"),
    }
}

/// One run's definitive outcome.
fn outcome(id: &str, outcome: &Outcome, as_json: bool) -> String {
    let run = outcome.run();
    let status = outcome.status().map(ToString::to_string);
    if as_json {
        return json!({
            "id": id,
            "kind": kind_name(id),
            "outcome": outcome.label(),
            // What --resume reads: the library's judgment, not a list of labels kept here.
            "settled": outcome.is_settled(),
            "status": status,
            "failureReason": run.and_then(Run::failure_reason),
            "dashboardUrl": run.and_then(Run::dashboard_url),
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
    for correction in run.map(Run::corrections).unwrap_or_default() {
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

/// What a dry run found for a run.
fn planned(id: &str, label: &str, status: Option<&str>, settled: bool, as_json: bool) -> String {
    if as_json {
        return json!({ "id": id, "kind": kind_name(id), "outcome": label, "settled": settled, "status": status })
            .to_string();
    }
    row(id, kind_name(id).unwrap_or("?"), label, status.unwrap_or("-"), "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned_entry(id: &str, status: Option<&str>) -> Entry {
        Entry::Planned {
            id: id.to_owned(),
            label: WOULD_CANCEL,
            status: status.map(str::to_owned),
            settled: false,
        }
    }

    #[test]
    fn rows_line_up_under_the_header() {
        let header = header();
        let line = entry(&planned_entry("exr_1", None), false);
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
        let value: Value =
            serde_json::from_str(&entry(&planned_entry("splr_9", Some("PROCESSING")), true)).unwrap();
        assert_eq!(
            value,
            json!({"id": "splr_9", "kind": "split", "outcome": "would_cancel", "settled": false, "status": "PROCESSING"})
        );
    }

    #[test]
    fn not_found_has_no_run_and_is_not_settled() {
        let value: Value =
            serde_json::from_str(&entry(&Entry::Outcome("dpr_x".into(), Outcome::NotFound), true)).unwrap();
        assert_eq!(
            value,
            json!({"id": "dpr_x", "kind": "processor", "outcome": "not_found", "settled": false, "status": null,
                   "failureReason": null, "dashboardUrl": null, "corrections": [], "error": null})
        );
    }
}
