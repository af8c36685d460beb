//! The sample classify run.

use super::parts::{
    created_at, dashboard_url, failure, file, insight, metadata, parsed, tail, updated_at, usage,
};
use extend_cancel::{types, ClassifyBaseProcessor, RunStatus, UsageObjectType};

pub(super) fn classifications() -> Vec<types::Classification> {
    [("invoice", "An invoice from a supplier."), ("receipt", "A till receipt."), ("other", "Anything else.")]
        .into_iter()
        .map(|(kind, description)| types::Classification {
            id: Some(format!("class_{kind}")),
            type_: Some(kind.to_owned()),
            description: Some(description.to_owned()),
        })
        .collect()
}

pub(super) fn classify_output() -> types::ClassifyOutput {
    types::ClassifyOutput {
        id: Some("class_invoice".to_owned()),
        type_: Some("invoice".to_owned()),
        confidence: Some(0.97),
        insights: Some(vec![insight("The document has an invoice number and a total due.")]),
    }
}

/// A complete classify run (`object: "classify_run"`) in `status`.
pub fn classify_run(id: impl Into<String>, status: RunStatus) -> types::ClassifyRun {
    let id = id.into();
    let processed = status == RunStatus::Processed;
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
