//! Complete sample runs, built from the generated types, for seeding a [`Sandbox`] and for
//! your own tests. Every field the spec requires is filled, and the optional fields are filled
//! the way the API fills them for the given status: a `PROCESSED` run has an output and usage,
//! a `FAILED` run has a failure reason and message.
//!
//! ```
//! use extend_cancel::{sandbox::sample, ProcessorRunStatus};
//! let mut run = sample::extract_run("exr_mine", ProcessorRunStatus::Processing);
//! run.metadata = None;
//! assert_eq!(run.dashboard_url.as_deref(), Some("https://dashboard.extend.ai/runs/exr_mine"));
//! ```
//!
//! [`Sandbox`]: super::Sandbox

use crate::{
    types, ClassifyBaseProcessor, ExtractBaseProcessor, ExtractConfig, ExtractOutput, ExtractOutputJson,
    FailureReason, FileType, InsightType, LegacyProcessorOutput, LegacyProcessorRunConfig,
    LegacyProcessorStatus, LegacyProcessorType, ProcessorRunStatus, RunKind, SplitBaseProcessor, Timestamp,
    UsageObjectType,
};
use chrono::{TimeZone, Utc};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// The page of a run in the Extend dashboard, as the API forms it.
pub fn dashboard_url(id: &str) -> String {
    format!("https://dashboard.extend.ai/runs/{id}")
}

/// When every sample run was created.
fn created_at() -> Timestamp {
    Timestamp(Utc.with_ymd_and_hms(2026, 3, 2, 9, 30, 0).single().expect("a valid date"))
}

/// When a sample run was last updated: a minute after creation once it left the queue.
fn updated_at(status: &ProcessorRunStatus) -> Timestamp {
    match status {
        ProcessorRunStatus::Pending => created_at(),
        _ => created_at() + chrono::TimeDelta::seconds(60),
    }
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// The id's tail after its prefix, to derive related ids (`file_...`, `pr_...`).
fn tail(id: &str) -> &str {
    RunKind::from_id(id).map_or(id, |kind| &id[kind.prefix().len()..])
}

fn metadata() -> types::RunMetadata {
    types::RunMetadata(object(json!({ "source": "extend-cancel sandbox" })))
}

fn file(id: &str, name: &str) -> types::FileSummary {
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

fn usage(object: UsageObjectType, id: &str, credits: f64) -> types::RunUsage {
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

fn failure(status: &ProcessorRunStatus) -> (Option<FailureReason>, Option<String>) {
    match status {
        ProcessorRunStatus::Failed => (
            Some(FailureReason::FailedToProcessFile),
            Some("The file could not be read: it is password protected.".to_owned()),
        ),
        _ => (None, None),
    }
}

/// Whether the run got as far as parsing its file.
fn parsed(status: &ProcessorRunStatus) -> bool {
    !matches!(status, ProcessorRunStatus::Pending)
}

fn insight(content: &str) -> types::Insight {
    types::Insight { type_: InsightType::Reasoning, content: content.to_owned() }
}

/// A complete extract run (`object: "extract_run"`) with a JSON-Schema config, in `status`.
pub fn extract_run(id: impl Into<String>, status: ProcessorRunStatus) -> types::ExtractRun {
    let id = id.into();
    let processed = status == ProcessorRunStatus::Processed;
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

fn classifications() -> Vec<types::Classification> {
    [("invoice", "An invoice from a supplier."), ("receipt", "A till receipt."), ("other", "Anything else.")]
        .into_iter()
        .map(|(kind, description)| types::Classification {
            id: Some(format!("class_{kind}")),
            type_: Some(kind.to_owned()),
            description: Some(description.to_owned()),
        })
        .collect()
}

fn classify_output() -> types::ClassifyOutput {
    types::ClassifyOutput {
        id: Some("class_invoice".to_owned()),
        type_: Some("invoice".to_owned()),
        confidence: Some(0.97),
        insights: Some(vec![insight("The document has an invoice number and a total due.")]),
    }
}

/// A complete classify run (`object: "classify_run"`) in `status`.
pub fn classify_run(id: impl Into<String>, status: ProcessorRunStatus) -> types::ClassifyRun {
    let id = id.into();
    let processed = status == ProcessorRunStatus::Processed;
    let (failure_reason, failure_message) = failure(&status);
    types::ClassifyRun {
        object: Some(types::ClassifyRunObject::ClassifyRun),
        status: status.clone(),
        output: processed.then(classify_output),
        classifier: Some(types::ClassifierSummary {
            object: Some("classifier".to_owned()),
            id: Some("cl_sandbox_documents".to_owned()),
            name: Some("Incoming documents".to_owned()),
            created_at: Some(created_at()),
            updated_at: Some(created_at()),
        }),
        classifier_version: Some(types::ClassifierVersionSummary {
            object: Some("classifier_version".to_owned()),
            id: Some("clv_sandbox_documents_1".to_owned()),
            description: Some("First published version.".to_owned()),
            version: Some("1.0".to_owned()),
            classifier_id: Some("cl_sandbox_documents".to_owned()),
            created_at: Some(created_at()),
            created_by: None,
        }),
        initial_output: None,
        reviewed_output: None,
        failure_reason,
        failure_message,
        metadata: Some(metadata()),
        reviewed: Some(false),
        edited: Some(false),
        config: Some(types::ClassifyConfig {
            base_processor: Some(ClassifyBaseProcessor::ClassificationPerformance),
            base_version: Some("3.2.0".to_owned()),
            classifications: Some(classifications()),
            classification_rules: None,
            advanced_options: None,
            parse_config: None,
        }),
        file: Some(file(&id, "scan.pdf")),
        parse_run_id: parsed(&status).then(|| format!("pr_{}", tail(&id))),
        dashboard_url: Some(dashboard_url(&id)),
        usage: processed.then(|| usage(UsageObjectType::ClassifyRun, &id, 1.5)),
        created_at: Some(created_at()),
        updated_at: Some(updated_at(&status)),
        id,
    }
}

fn split_classifications() -> Vec<types::SplitClassification> {
    [("invoice", "One invoice.", Some("invoice_number")), ("other", "Any other pages.", None)]
        .into_iter()
        .map(|(kind, description, key)| types::SplitClassification {
            id: Some(format!("split_class_{kind}")),
            type_: Some(kind.to_owned()),
            description: Some(description.to_owned()),
            identifier_key: key.map(str::to_owned),
        })
        .collect()
}

fn split_output(id: &str) -> types::SplitOutput {
    types::SplitOutput {
        is_external: None,
        splits: Some(vec![
            types::Split {
                type_: Some("invoice".to_owned()),
                observation: Some("Pages 1-2 are invoice INV-1001.".to_owned()),
                identifier: Some("INV-1001".to_owned()),
                start_page: Some(1),
                end_page: Some(2),
                name: Some("Invoice INV-1001".to_owned()),
                classification_id: Some("split_class_invoice".to_owned()),
                id: Some(format!("splt_{}_1", tail(id))),
                file_id: Some(format!("file_{}_1", tail(id))),
            },
            types::Split {
                type_: Some("other".to_owned()),
                observation: Some("Page 3 is a cover letter.".to_owned()),
                identifier: Some("cover".to_owned()),
                start_page: Some(3),
                end_page: Some(3),
                name: None,
                classification_id: Some("split_class_other".to_owned()),
                id: Some(format!("splt_{}_2", tail(id))),
                file_id: Some(format!("file_{}_2", tail(id))),
            },
        ]),
    }
}

/// A complete split run (`object: "split_run"`) in `status`.
pub fn split_run(id: impl Into<String>, status: ProcessorRunStatus) -> types::SplitRun {
    let id = id.into();
    let processed = status == ProcessorRunStatus::Processed;
    let (failure_reason, failure_message) = failure(&status);
    types::SplitRun {
        object: Some(types::SplitRunObject::SplitRun),
        status: status.clone(),
        output: processed.then(|| split_output(&id)),
        splitter: Some(types::SplitterSummary {
            object: Some("splitter".to_owned()),
            id: Some("spl_sandbox_batches".to_owned()),
            name: Some("Scanned batches".to_owned()),
            created_at: Some(created_at()),
            updated_at: Some(created_at()),
        }),
        splitter_version: Some(types::SplitterVersionSummary {
            object: Some("splitter_version".to_owned()),
            id: Some("splv_sandbox_batches_1".to_owned()),
            description: None,
            version: Some("draft".to_owned()),
            splitter_id: Some("spl_sandbox_batches".to_owned()),
            created_at: Some(created_at()),
            created_by: None,
        }),
        initial_output: None,
        reviewed_output: None,
        failure_reason,
        failure_message,
        metadata: Some(metadata()),
        reviewed: Some(false),
        edited: Some(false),
        config: Some(types::SplitConfig {
            base_processor: Some(SplitBaseProcessor::SplittingPerformance),
            base_version: Some("2.1.0".to_owned()),
            split_classifications: Some(split_classifications()),
            split_rules: Some("Start a new invoice at every page with an invoice number.".to_owned()),
            advanced_options: None,
            parse_config: None,
        }),
        file: Some(file(&id, "batch.pdf")),
        parse_run_id: parsed(&status).then(|| format!("pr_{}", tail(&id))),
        dashboard_url: Some(dashboard_url(&id)),
        usage: processed.then(|| usage(UsageObjectType::SplitRun, &id, 2.0)),
        created_at: Some(created_at()),
        updated_at: Some(updated_at(&status)),
        id,
    }
}

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
