//! The sample legacy processor run (API 2025-04-21).

use super::{
    classify::{classifications, classify_output},
    parts::{created_at, dashboard_url, metadata, object, tail},
    split::{split_classifications, split_output},
};
use extend_cancel::{
    types, ClassifyBaseProcessor, ExtractBaseProcessor, FileType, LegacyProcessorOutput,
    LegacyProcessorRunConfig, LegacyProcessorStatus, LegacyProcessorType, SplitBaseProcessor,
};
use serde_json::json;
use std::collections::HashMap;

/// A complete legacy processor run (`object: "document_processor_run"`, API 2025-04-21) of
/// an extraction processor, in `status`.
pub fn processor_run(id: impl Into<String>, status: LegacyProcessorStatus) -> types::LegacyProcessorRun {
    let id = id.into();
    let processed = status == LegacyProcessorStatus::Processed;
    let failed = status == LegacyProcessorStatus::Failed;
    let output = if processed {
        LegacyProcessorOutput::Extraction(types::LegacyExtractionOutput {
            value: Some(object(json!({ "invoice_number": "INV-1001", "total": 1250.5 }))),
            metadata: Some(HashMap::from([(
                "invoice_number".to_owned(),
                types::LegacyExtractionMetadataValue {
                    ocr_confidence: Some(0.99),
                    logprobs_confidence: Some(0.97),
                    review_agent_score: None,
                    citations: vec![types::LegacyCitation {
                        cell_range: None,
                        page: Some(1.0),
                        page_width: Some(612.0),
                        page_height: Some(792.0),
                        reference_text: Some("Invoice INV-1001".to_owned()),
                        polygon: Vec::new(),
                    }],
                    insights: Vec::new(),
                },
            )])),
        })
    } else {
        // What the API sends before there is an output (SEED-003's example): `{}`.
        LegacyProcessorOutput::Fields(types::ExtractOutputLegacy(HashMap::new()))
    };
    types::LegacyProcessorRun {
        object: Some("document_processor_run".to_owned()),
        processor_id: Some("dp_sandbox_invoices".to_owned()),
        processor_version_id: Some("dpv_sandbox_invoices_1".to_owned()),
        processor_name: Some("Invoices (legacy)".to_owned()),
        status: status.clone(),
        output: Some(output),
        failure_reason: failed.then(|| "FAILED_TO_PROCESS_FILE".to_owned()),
        failure_message: failed.then(|| "The file could not be read: it is password protected.".to_owned()),
        metadata: Some(metadata()),
        reviewed: Some(false),
        edited: Some(false),
        edits: Some(HashMap::new()),
        type_: Some(LegacyProcessorType::Extract),
        config: Some(LegacyProcessorRunConfig::Extract(Box::new(types::LegacyExtractionConfig {
            type_: Some(types::LegacyExtractionConfigType::Extract),
            base_processor: Some(ExtractBaseProcessor::ExtractionPerformance),
            base_version: Some("4.5.0".to_owned()),
            extraction_rules: None,
            schema: object(json!({
                "type": "object",
                "properties": { "invoice_number": { "type": "string" }, "total": { "type": "number" } }
            })),
            fields: Vec::new(),
            advanced_options: None,
            parser: None,
        }))),
        initial_output: None,
        reviewed_output: None,
        files: Some(vec![types::File {
            object: Some("file".to_owned()),
            id: Some(format!("file_{}", tail(&id))),
            name: Some("invoice.pdf".to_owned()),
            type_: Some(FileType::Pdf),
            presigned_url: None,
            parent_file_id: None,
            contents: None,
            metadata: Some(types::FileMetadata { page_count: Some(3.0), parent_split: None }),
            created_at: Some(created_at()),
            updated_at: Some(created_at()),
            usage: None,
        }]),
        merged_processors: Some(Vec::new()),
        url: Some(dashboard_url(&id)),
        usage: processed.then_some(types::Credits { credits: Some(3.5) }),
        id,
    }
}

/// Makes `run` a run of a processor of type `processor_type`: its `type`, its config and (once
/// `PROCESSED`) its output become those of a classifier or a splitter, as the API sends them.
pub(super) fn retype(run: &mut types::LegacyProcessorRun, processor_type: LegacyProcessorType) {
    let processed = run.status == LegacyProcessorStatus::Processed;
    match processor_type {
        LegacyProcessorType::Classify => {
            run.config =
                Some(LegacyProcessorRunConfig::Classify(Box::new(types::LegacyClassificationConfig {
                    type_: Some(types::LegacyClassificationConfigType::Classify),
                    base_processor: Some(ClassifyBaseProcessor::ClassificationPerformance),
                    base_version: Some("3.2.0".to_owned()),
                    classifications: Some(classifications()),
                    classification_rules: None,
                    advanced_options: None,
                    parser: None,
                })));
            if processed {
                run.output = Some(LegacyProcessorOutput::Classification(classify_output()));
            }
        }
        LegacyProcessorType::Splitter => {
            run.config = Some(LegacyProcessorRunConfig::Splitter(Box::new(types::LegacySplitterConfig {
                type_: Some(types::LegacySplitterConfigType::Splitter),
                base_processor: Some(SplitBaseProcessor::SplittingPerformance),
                base_version: Some("2.1.0".to_owned()),
                split_classifications: Some(split_classifications()),
                split_rules: None,
                advanced_options: None,
                parser: None,
            })));
            if processed {
                run.output = Some(LegacyProcessorOutput::Split(split_output(&run.id)));
            }
        }
        // EXTRACT is the sample's own; a type added later keeps the extraction config.
        _ => {}
    }
    run.type_ = Some(processor_type);
}
