//! The sample parse run.

use super::parts::{file, metadata, object, tail, usage};
use extend_cancel::{types, RunStatus, UsageObjectType};
use serde_json::{json, Value};

/// A block of page 1 of the sample scan (US Letter, in points), as the API sends it: `kind`
/// `heading` or `text` (both with `text_details`), bounded by the rectangle from `(left, top)`
/// to `(right, bottom)`.
fn block(id: String, kind: &str, content: &str, (left, top, right, bottom): (f64, f64, f64, f64)) -> Value {
    json!({
        "object": "block",
        "id": id,
        "type": kind,
        "content": content,
        "details": { "type": "text_details" },
        "metadata": { "page": { "number": 1, "width": 612.0, "height": 792.0 } },
        "polygon": [
            { "x": left, "y": top },
            { "x": right, "y": top },
            { "x": right, "y": bottom },
            { "x": left, "y": bottom }
        ],
        "boundingBox": { "left": left, "top": top, "right": right, "bottom": bottom }
    })
}

/// The parsed document of a processed parse run: one page chunk, made of its blocks (the
/// official SDKs' `Chunk` requires `blocks`, a list of `Block`).
fn parse_output(id: &str) -> types::ParseRunOutput {
    let (heading, total) = ("# Invoice INV-1001", "Total due: $1,250.50");
    types::ParseRunOutput(object(json!({
        "chunks": [{
            "object": "chunk",
            "type": "page",
            "content": format!("{heading}\n\n{total}"),
            "metadata": { "pageRange": { "start": 1, "end": 1 } },
            "blocks": [
                block(format!("block_{}_1", tail(id)), "heading", heading, (72.0, 72.0, 300.0, 96.0)),
                block(format!("block_{}_2", tail(id)), "text", total, (72.0, 640.0, 260.0, 656.0)),
            ]
        }]
    })))
}

/// A complete parse run (`object: "parse_run"`) of a three-page scan, in `status`: with its
/// chunks (one page chunk of two blocks), metrics and usage when `PROCESSED`, a failure when
/// `FAILED`.
///
/// ```
/// use extend_cancel::RunStatus;
/// use extend_cancel_sandbox::sample;
/// let run = sample::parse_run("pr_mine", RunStatus::Processed);
/// let chunk = &run.output.as_ref().unwrap().0["chunks"][0];
/// let blocks = chunk["blocks"].as_array().unwrap();
/// assert_eq!(blocks.len(), 2);
/// for block in blocks {
///     assert_eq!(block["object"], "block");
///     assert!(chunk["content"].as_str().unwrap().contains(block["content"].as_str().unwrap()));
/// }
/// assert_eq!(sample::parse_run("pr_mine", RunStatus::Processing).output, None);
/// ```
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
        output: processed.then(|| parse_output(&id)),
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
