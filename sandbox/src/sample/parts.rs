//! The parts every sample run is built from: timestamps, ids derived from the run's, the file,
//! usage, metadata, failure and insights.

use chrono::{TimeZone, Utc};
use extend_cancel::{
    types, FailureReason, FileType, InsightType, RunKind, RunStatus, Timestamp, UsageObjectType,
};
use serde_json::{json, Map, Value};

/// The page of a run in the Extend dashboard, as the API forms it.
pub fn dashboard_url(id: &str) -> String {
    format!("https://dashboard.extend.ai/runs/{id}")
}

/// When every sample run was created (unless chosen otherwise).
pub(crate) fn created_at() -> Timestamp {
    Timestamp(Utc.with_ymd_and_hms(2026, 3, 2, 9, 30, 0).single().expect("a valid date"))
}

/// When a sample run was last updated: a minute after creation once it left the queue.
pub(super) fn updated_at(status: &RunStatus) -> Timestamp {
    updated_at_from(created_at(), status)
}

/// When a run created at `created` was last updated: a minute later once it left the queue.
pub(super) fn updated_at_from(created: Timestamp, status: &RunStatus) -> Timestamp {
    match status {
        RunStatus::Pending => created,
        _ => created + chrono::TimeDelta::seconds(60),
    }
}

pub(super) fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// The id's tail after its prefix, to derive related ids (`file_...`, `pr_...`).
pub(super) fn tail(id: &str) -> &str {
    RunKind::from_id(id).map_or(id, |kind| &id[kind.prefix().len()..])
}

pub(super) fn metadata() -> types::RunMetadata {
    types::RunMetadata(object(json!({ "source": "extend-cancel sandbox" })))
}

pub(super) fn file(id: &str, name: &str) -> types::FileSummary {
    types::FileSummary {
        object: Some(types::FileSummaryObject::File),
        id: Some(format!("file_{}", tail(id))),
        name: Some(name.to_owned()),
        type_: Some(FileType::Pdf),
        parent_file_id: None,
        metadata: Some(types::FileMetadata { page_count: Some(3.0), parent_split: None }),
        created_at: Some(created_at()),
        updated_at: Some(created_at()),
    }
}

pub(super) fn usage(object: UsageObjectType, id: &str, credits: f64) -> types::RunUsage {
    types::RunUsage {
        credits: Some(credits),
        total_credits: Some(credits + 1.0),
        breakdown: vec![
            types::RunUsageBreakdownEntry {
                object: Some(object),
                id: Some(id.to_owned()),
                credits: Some(credits),
                charges: vec![types::RunUsageBreakdownCharge {
                    product: Some("processing".to_owned()),
                    unit: Some("page".to_owned()),
                    quantity: Some(3.0),
                    credits: Some(credits),
                    pages: vec![1, 2, 3],
                }],
            },
            types::RunUsageBreakdownEntry {
                object: Some(UsageObjectType::ParseRun),
                id: Some(format!("pr_{}", tail(id))),
                credits: Some(1.0),
                charges: Vec::new(),
            },
        ],
    }
}

pub(super) fn failure(status: &RunStatus) -> (Option<FailureReason>, Option<String>) {
    match status {
        RunStatus::Failed => (
            Some(FailureReason::FailedToProcessFile),
            Some("The file could not be read: it is password protected.".to_owned()),
        ),
        _ => (None, None),
    }
}

/// Whether the run got as far as parsing its file.
pub(super) fn parsed(status: &RunStatus) -> bool {
    !matches!(status, RunStatus::Pending)
}

pub(super) fn insight(content: &str) -> types::Insight {
    types::Insight { type_: InsightType::Reasoning, content: content.to_owned() }
}
