//! The sample verify run.

use super::parts::{created_at, file, metadata, object, updated_at};
use extend_cancel::{types, RunSource, RunStatus, VerifyRiskLevel};
use serde_json::json;

/// The result of a processed verify run whose document-level risk is `level`: one signal of
/// that risk.
pub(crate) fn verify_output(level: &VerifyRiskLevel) -> types::VerifyOutput {
    types::VerifyOutput(object(json!({
        "riskLevel": level.as_str(),
        "summary": "The total on page 1 was covered over and retyped.",
        "signals": [{
            "id": "vs_sandbox_1",
            "type": "PDF_LAYERS_TEXT_AND_FORMS",
            "riskAssessment": { "type": "LEVEL", "level": level.as_str() },
            "summary": "The total was covered over and retyped in another typeface.",
            "evidence": []
        }]
    })))
}

/// A complete verify run (`object: "verify_run"`, source `API`) of a three-page invoice, in
/// `status`: with its result (risk level `HIGH`), metrics and usage when `PROCESSED`, a failure
/// when `FAILED`.
pub fn verify_run(id: impl Into<String>, status: RunStatus) -> types::VerifyRun {
    let id = id.into();
    let processed = status == RunStatus::Processed;
    let failed = status == RunStatus::Failed;
    types::VerifyRun {
        object: Some(types::VerifyRunObject::VerifyRun),
        file: Some(file(&id, "invoice.pdf")),
        status: status.clone(),
        output: processed.then(|| verify_output(&VerifyRiskLevel::High)),
        failure_reason: failed.then(|| "PARSE_FAILED".to_owned()),
        failure_message: failed.then(|| "The file could not be parsed: it is password protected.".to_owned()),
        metadata: Some(metadata()),
        metrics: processed
            .then_some(types::VerifyRunMetrics { processing_time_ms: Some(5200.0), page_count: Some(3) }),
        config: Some(types::VerifyConfig(object(json!({
            "engine": "verify_agentic",
            "engineVersion": "0.1.0",
            "advancedOptions": { "requireParsing": false }
        })))),
        usage: processed.then(|| types::RunUsage {
            credits: Some(2.0),
            total_credits: Some(2.0),
            breakdown: Vec::new(),
        }),
        source: Some(RunSource::Api),
        source_id: None,
        created_at: Some(created_at()),
        updated_at: Some(updated_at(&status)),
        id,
    }
}
