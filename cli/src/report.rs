//! What is printed per run: a table row for a person, or one JSON object per line.

use extend_cancel::{Error, Outcome, Run, RunKind};
use serde_json::{json, Value};
use std::borrow::Cow;

/// One line of a batch's output.
#[derive(Debug)]
pub enum Entry {
    /// A run's definitive outcome (from the library).
    Outcome(String, Outcome),
    /// What a dry run found for a run: `would_cancel`, `pending`, `already_cancelled`...
    Planned {
        /// The run's id.
        id: String,
        /// The run's kind, as the API answered or listed it.
        kind: Option<RunKind>,
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

/// The run's kind: as the API answered or listed it when known, else read from the id's
/// prefix (for a run that was never read: not found, failed, not sent).
fn kind_name(known: Option<RunKind>, id: &str) -> Option<&'static str> {
    known.or_else(|| RunKind::from_id(id)).map(RunKind::name)
}

/// One entry: a table row (with the error or the corrections on the lines below), or one JSON
/// object. No trailing newline.
pub fn entry(entry: &Entry, as_json: bool) -> String {
    match entry {
        Entry::Outcome(id, outcome) => self::outcome(id, outcome, as_json),
        Entry::Planned { id, kind, label, status, settled } => {
            planned(id, *kind, label, status.as_deref(), *settled, as_json)
        }
        Entry::ListingFailed(error) if as_json => json!({ "listingFailed": error_json(error) }).to_string(),
        Entry::ListingFailed(error) => format!("listing failed: {error}"),
    }
}

/// One run's definitive outcome.
fn outcome(id: &str, outcome: &Outcome, as_json: bool) -> String {
    let run = outcome.run();
    let kind = kind_name(run.map(Run::kind), id);
    let status = outcome.status().map(ToString::to_string);
    if as_json {
        return json!({
            "id": id,
            "kind": kind,
            "outcome": outcome.label(),
            // What --resume reads: the library's judgment, not a list of labels kept here.
            "settled": outcome.is_settled(),
            "status": status,
            "failureReason": run.and_then(Run::failure_reason),
            "dashboardUrl": run.and_then(Run::dashboard_url),
            "corrections": run.map_or_else(Vec::new, |run| run.corrections().iter().map(|c| json!({
                "path": c.path, "problem": c.problem.to_string(), "detail": c.detail,
            })).collect()),
            "error": match outcome {
                Outcome::NotSent(stop) => json!({ "message": format!("not sent: the batch had stopped: {stop}"),
                    "httpStatus": stop.status.map(|status| status.as_u16()), "code": null,
                    "requestId": stop.request_id, "retryable": true }),
                _ => outcome.error().map(error_json).into(),
            },
        })
        .to_string();
    }
    let detail: Cow<'_, str> = match (outcome, run) {
        (Outcome::NotSent(_), _) => "not sent: the batch had stopped".into(),
        (Outcome::Failed(error), _) => error.to_string().into(),
        (_, Some(run)) => run.dashboard_url().unwrap_or("-").into(),
        (_, None) => "-".into(),
    };
    let mut text = row(id, kind.unwrap_or("?"), outcome.label(), status.as_deref().unwrap_or("-"), &detail);
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
fn planned(
    id: &str,
    kind: Option<RunKind>,
    label: &str,
    status: Option<&str>,
    settled: bool,
    as_json: bool,
) -> String {
    let kind = kind_name(kind, id);
    if as_json {
        return json!({ "id": id, "kind": kind, "outcome": label, "settled": settled, "status": status })
            .to_string();
    }
    row(id, kind.unwrap_or("?"), label, status.unwrap_or("-"), "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned_entry(id: &str, status: Option<&str>) -> Entry {
        Entry::Planned {
            id: id.to_owned(),
            kind: None,
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
    fn a_listed_kind_wins_over_the_id_prefix() {
        let entry = Entry::Planned {
            id: "xr9_new".into(),
            kind: Some(RunKind::Extract),
            label: WOULD_CANCEL,
            status: None,
            settled: false,
        };
        let value: Value = serde_json::from_str(&self::entry(&entry, true)).unwrap();
        assert_eq!(value["kind"], "extract");
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
