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

impl Entry {
    /// The run the entry is about (none for a listing that failed).
    pub fn id(&self) -> Option<&str> {
        match self {
            Entry::Outcome(id, _) | Entry::Planned { id, .. } => Some(id),
            Entry::ListingFailed(_) => None,
        }
    }
}

/// The ID column's width when the ids are not known before the batch (a filter's runs come
/// as they are listed): Extend's ids are 24 to 26 characters long.
pub const LISTED_ID_WIDTH: usize = 26;

/// The width of the other columns.
const KIND_WIDTH: usize = 10;
const OUTCOME_WIDTH: usize = 18;
const STATUS_WIDTH: usize = 11;

/// The ID column's width that fits every one of `ids` (and the header).
pub fn id_width<'a>(ids: impl IntoIterator<Item = &'a String>) -> usize {
    ids.into_iter().map(|id| id.chars().count()).max().unwrap_or(0).max("ID".len())
}

/// The table's header line, for an ID column `id_width` wide.
pub fn header(id_width: usize) -> String {
    row(id_width, "ID", "KIND", "OUTCOME", "STATUS", "DETAIL")
}

/// One row. An id wider than its column stands on a line of its own, the row below it with
/// the column blank: the columns after it never shift, whatever a listing brings.
fn row(id_width: usize, id: &str, kind: &str, outcome: &str, status: &str, detail: &str) -> String {
    if id.chars().count() > id_width {
        return format!("{id}\n{}", row(id_width, "", kind, outcome, status, detail));
    }
    format!("{id:<id_width$} {kind:<KIND_WIDTH$} {outcome:<OUTCOME_WIDTH$} {status:<STATUS_WIDTH$} {detail}")
        .trim_end()
        .to_owned()
}

/// The run's kind: as the API answered or listed it when known, else read from the id's
/// prefix (for a run that was never read: not found, failed, not sent).
fn kind_name(known: Option<RunKind>, id: &str) -> Option<&'static str> {
    known.or_else(|| RunKind::from_id(id)).map(RunKind::name)
}

/// How an entry is printed: one JSON object, or a table row with the ID column this wide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Json,
    /// A table row.
    Table {
        /// The ID column's width.
        id_width: usize,
    },
}

/// One entry: a table row (with the error or the corrections on the lines below), or one JSON
/// object. No trailing newline.
pub fn entry(entry: &Entry, format: Format) -> String {
    match (entry, format) {
        (Entry::Outcome(id, outcome), _) => self::outcome(id, outcome, format),
        (Entry::Planned { id, kind, label, status, settled }, _) => {
            planned(id, *kind, label, status.as_deref(), *settled, format)
        }
        (Entry::ListingFailed(error), Format::Json) => {
            json!({ "listingFailed": error_json(error) }).to_string()
        }
        (Entry::ListingFailed(error), Format::Table { .. }) => format!("listing failed: {error}"),
    }
}

/// One run's definitive outcome.
fn outcome(id: &str, outcome: &Outcome, format: Format) -> String {
    let run = outcome.run();
    let kind = kind_name(run.map(Run::kind), id);
    let status = outcome.status().map(ToString::to_string);
    let Format::Table { id_width } = format else {
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
    };
    let detail: Cow<'_, str> = match (outcome, run) {
        (Outcome::NotSent(_), _) => "not sent: the batch had stopped".into(),
        (Outcome::Failed(error), _) => error.to_string().into(),
        (_, Some(run)) => run.dashboard_url().unwrap_or("-").into(),
        (_, None) => "-".into(),
    };
    let mut text =
        row(id_width, id, kind.unwrap_or("?"), outcome.label(), status.as_deref().unwrap_or("-"), &detail);
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
    format: Format,
) -> String {
    let kind = kind_name(kind, id);
    match format {
        Format::Json => {
            json!({ "id": id, "kind": kind, "outcome": label, "settled": settled, "status": status })
                .to_string()
        }
        Format::Table { id_width } => {
            row(id_width, id, kind.unwrap_or("?"), label, status.unwrap_or("-"), "-")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: Format = Format::Table { id_width: LISTED_ID_WIDTH };

    /// Where each column after the ID starts in `line`, by the header's column names.
    fn columns_line_up(header: &str, line: &str) {
        for column in ["KIND", "OUTCOME", "STATUS", "DETAIL"] {
            let at = header.find(column).unwrap();
            assert_eq!(line.as_bytes()[at - 1], b' ', "{column}: {line}");
            assert_ne!(line.as_bytes()[at], b' ', "{column}: {line}");
        }
    }

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
        let header = header(LISTED_ID_WIDTH);
        let line = entry(&planned_entry("exr_1", None), TABLE);
        columns_line_up(&header, &line);
        assert_eq!(
            line.split_whitespace().collect::<Vec<_>>(),
            ["exr_1", "extract", "would_cancel", "-", "-"]
        );
    }

    #[test]
    fn the_id_column_fits_the_widest_id_given() {
        let ids = vec!["exr_1".to_owned(), format!("exr_{}", "x".repeat(36))];
        let width = id_width(&ids);
        assert_eq!(width, 40);
        let header = header(width);
        for id in &ids {
            let line = entry(&planned_entry(id, None), Format::Table { id_width: width });
            assert_eq!(line.lines().count(), 1, "{line}");
            columns_line_up(&header, &line);
        }
        assert_eq!(id_width(&[]), 2, "the header's ID at least");
    }

    #[test]
    fn an_id_wider_than_its_column_stands_on_its_own_line() {
        let long = format!("exr_{}", "y".repeat(36));
        let text = entry(&planned_entry(&long, Some("PROCESSING")), TABLE);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert_eq!(lines[0], long);
        columns_line_up(&header(LISTED_ID_WIDTH), lines[1]);
        assert_eq!(
            lines[1].split_whitespace().collect::<Vec<_>>(),
            ["extract", "would_cancel", "PROCESSING", "-"]
        );
    }

    #[test]
    fn a_dry_run_line_in_json_names_the_kind() {
        let value: Value =
            serde_json::from_str(&entry(&planned_entry("splr_9", Some("PROCESSING")), Format::Json)).unwrap();
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
        let value: Value = serde_json::from_str(&self::entry(&entry, Format::Json)).unwrap();
        assert_eq!(value["kind"], "extract");
    }

    #[test]
    fn not_found_has_no_run_and_is_not_settled() {
        let value: Value =
            serde_json::from_str(&entry(&Entry::Outcome("dpr_x".into(), Outcome::NotFound), Format::Json))
                .unwrap();
        assert_eq!(
            value,
            json!({"id": "dpr_x", "kind": "processor", "outcome": "not_found", "settled": false, "status": null,
                   "failureReason": null, "dashboardUrl": null, "corrections": [], "error": null})
        );
    }
}
