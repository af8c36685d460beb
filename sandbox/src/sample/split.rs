//! The sample split run.

use super::parts::{created_at, dashboard_url, failure, file, metadata, parsed, tail, updated_at, usage};
use extend_cancel::{types, RunStatus, SplitBaseProcessor, UsageObjectType};

pub(super) fn split_classifications() -> Vec<types::SplitClassification> {
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

pub(super) fn split_output(id: &str) -> types::SplitOutput {
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
pub fn split_run(id: impl Into<String>, status: RunStatus) -> types::SplitRun {
    let id = id.into();
    let processed = status == RunStatus::Processed;
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
