//! The sample extract run.

use super::parts::{
    created_at, dashboard_url, failure, file, insight, metadata, object, parsed, tail, updated_at, usage,
};
use extend_cancel::{
    types, ExtractBaseProcessor, ExtractConfig, ExtractOutput, ExtractOutputJson, RunStatus, UsageObjectType,
};
use serde_json::json;
use std::collections::HashMap;

/// A complete extract run (`object: "extract_run"`) with a JSON-Schema config, in `status`.
pub fn extract_run(id: impl Into<String>, status: RunStatus) -> types::ExtractRun {
    let id = id.into();
    let processed = status == RunStatus::Processed;
    let (failure_reason, failure_message) = failure(&status);
    let output = processed.then(|| {
        ExtractOutput::Json(ExtractOutputJson {
            value: serde_json::value::to_raw_value(&json!({ "invoice_number": "INV-1001", "total": 1250.5 }))
                .expect("a JSON object serializes"),
            metadata: HashMap::from([
                (
                    "invoice_number".to_owned(),
                    types::ExtractOutputMetadataValue {
                        ocr_confidence: Some(0.99),
                        logprobs_confidence: Some(0.97),
                        review_agent_score: Some(5),
                        citations: vec![types::Citation {
                            file_id: None,
                            cell_range: None,
                            page: Some(types::CitationPage {
                                number: Some(1.0),
                                width: Some(612.0),
                                height: Some(792.0),
                            }),
                            reference_text: Some("Invoice INV-1001".to_owned()),
                            polygon: vec![
                                types::Point { x: 72.0, y: 90.0 },
                                types::Point { x: 200.0, y: 90.0 },
                                types::Point { x: 200.0, y: 104.0 },
                                types::Point { x: 72.0, y: 104.0 },
                            ],
                        }],
                        insights: vec![insight("The invoice number is printed in the header.")],
                    },
                ),
                (
                    "total".to_owned(),
                    types::ExtractOutputMetadataValue {
                        ocr_confidence: Some(0.95),
                        logprobs_confidence: Some(0.93),
                        ..Default::default()
                    },
                ),
            ]),
        })
    });
    types::ExtractRun {
        object: Some(types::ExtractRunObject::ExtractRun),
        status: status.clone(),
        output,
        initial_output: None,
        reviewed_output: None,
        failure_reason,
        failure_message,
        metadata: Some(metadata()),
        reviewed: Some(false),
        edited: Some(false),
        edits: None,
        config: Some(ExtractConfig::Json(Box::new(types::ExtractConfigJson {
            base_processor: Some(ExtractBaseProcessor::ExtractionPerformance),
            base_version: Some("4.5.0".to_owned()),
            extraction_rules: Some("Amounts are in US dollars.".to_owned()),
            schema: object(json!({
                "type": "object",
                "properties": {
                    "invoice_number": { "type": "string" },
                    "total": { "type": "number" }
                },
                "required": ["invoice_number", "total"]
            })),
            advanced_options: None,
            parse_config: None,
        }))),
        extractor: Some(types::ExtractorSummary {
            object: Some("extractor".to_owned()),
            id: Some("ex_sandbox_invoices".to_owned()),
            name: Some("Invoices".to_owned()),
            created_at: Some(created_at()),
            updated_at: Some(created_at()),
        }),
        extractor_version: Some(types::ExtractorVersionSummary {
            object: Some("extractor_version".to_owned()),
            id: Some("exv_sandbox_invoices_1".to_owned()),
            description: None,
            version: Some("1.0".to_owned()),
            extractor_id: Some("ex_sandbox_invoices".to_owned()),
            created_at: Some(created_at()),
            created_by: None,
        }),
        file: Some(file(&id, "invoice.pdf")),
        files: None,
        parse_run_id: parsed(&status).then(|| format!("pr_{}", tail(&id))),
        dashboard_url: Some(dashboard_url(&id)),
        usage: processed.then(|| usage(UsageObjectType::ExtractRun, &id, 3.5)),
        created_at: Some(created_at()),
        updated_at: Some(updated_at(&status)),
        id,
    }
}
