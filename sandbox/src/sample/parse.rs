//! The sample parse run.

use super::parts::{file, metadata, object, usage};
use extend_cancel::{types, RunStatus, UsageObjectType};
use serde_json::json;

/// A complete parse run (`object: "parse_run"`) of a three-page scan, in `status`: with its
/// chunks, metrics and usage when `PROCESSED`, a failure when `FAILED`.
pub fn parse_run(id: impl Into<String>, status: RunStatus) -> types::ParseRun {
    let id = id.into();
    let processed = status == RunStatus::Processed;
    let failed = status == RunStatus::Failed;
    types::ParseRun {
        object: Some(types::ParseRunObject::ParseRun),
        batch_id: None,
        file: Some(file(&id, "scan.pdf")),
        status: status.clone(),
        failure_reason: failed.then(|| "OCR_ERROR".to_owned()),
        failure_message: failed.then(|| "The pages could not be read: the scan is blank.".to_owned()),
        metadata: Some(metadata()),
        output: processed.then(|| {
            types::ParseRunOutput(object(json!({
                "chunks": [{
                    "object": "chunk",
                    "type": "page",
                    "content": "# Invoice INV-1001\n\nTotal due: $1,250.50",
                    "metadata": { "pageRange": { "start": 1, "end": 1 } }
                }]
            })))
        }),
        output_url: None,
        metrics: processed
            .then_some(types::ParseRunMetrics { processing_time_ms: Some(1840.0), page_count: Some(3.0) }),
        config: Some(types::ParseConfig {
            target: Some("markdown".to_owned()),
            chunking_strategy: Some(types::ParseChunkingStrategy {
                type_: Some("page".to_owned()),
                ..Default::default()
            }),
            engine: Some("parse_performance".to_owned()),
            engine_version: Some("latest".to_owned()),
            block_options: None,
            advanced_options: None,
        }),
        usage: processed.then(|| {
            let mut usage = usage(UsageObjectType::ParseRun, &id, 1.0);
            usage.breakdown.truncate(1);
            usage
        }),
        id,
    }
}
