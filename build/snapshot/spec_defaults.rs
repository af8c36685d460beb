// Generated from openapi/extend-cancel.yaml by build/generate.rs; do not edit.
/// `(operationId, progenitor's snake_case operation id, default x-extend-api-version)`
/// for every operation, from the spec.
pub(crate) const API_VERSION_DEFAULTS: &[(&str, &str, &str)] = &[
    ("cancelExtractRun", "cancel_extract_run", "2026-02-09"),
    ("cancelClassifyRun", "cancel_classify_run", "2026-02-09"),
    ("cancelSplitRun", "cancel_split_run", "2026-02-09"),
    ("cancelProcessorRun", "cancel_processor_run", "2025-04-21"),
    ("listExtractRuns", "list_extract_runs", "2026-02-09"),
    ("listClassifyRuns", "list_classify_runs", "2026-02-09"),
    ("listSplitRuns", "list_split_runs", "2026-02-09"),
    ("retrieveExtractRun", "retrieve_extract_run", "2026-02-09"),
    ("retrieveClassifyRun", "retrieve_classify_run", "2026-02-09"),
    ("retrieveSplitRun", "retrieve_split_run", "2026-02-09"),
    ("retrieveProcessorRun", "retrieve_processor_run", "2025-04-21"),
    ("cancelWorkflowRun", "cancel_workflow_run", "2026-02-09"),
    ("listWorkflowRuns", "list_workflow_runs", "2026-02-09"),
    ("retrieveWorkflowRun", "retrieve_workflow_run", "2026-02-09"),
    ("cancelParseRun", "cancel_parse_run", "2026-02-09"),
    ("listParseRuns", "list_parse_runs", "2026-02-09"),
    ("retrieveParseRun", "retrieve_parse_run", "2026-02-09"),
    ("cancelVerifyRun", "cancel_verify_run", "2026-02-09"),
    ("listVerifyRuns", "list_verify_runs", "2026-02-09"),
    ("retrieveVerifyRun", "retrieve_verify_run", "2026-02-09"),
    ("listProcessorRuns", "list_processor_runs", "2025-04-21"),
    ("retrieveBatchRun", "retrieve_batch_run", "2026-02-09"),
];

/// The `servers` of the spec, in order.
pub(crate) const SERVERS: &[&str] = &[
    "https://api.extend.ai",
    "https://api.us2.extend.app",
    "https://api.eu1.extend.ai",
];

/// `(schema, paths)`: the strings that identify a response of that schema (build/settings.rs,
/// `IDENTITY`).
#[allow(dead_code)]
pub(crate) const IDENTITY_PATHS: &[(&str, &[&[&str]])] = &[
    ("ExtractRun", &[&["id"], &["status"]]),
    ("ClassifyRun", &[&["id"], &["status"]]),
    ("SplitRun", &[&["id"], &["status"]]),
    ("ProcessorRunCancelResponse", &[&["processorRun", "id"], &["processorRun", "status"]]),
    ("ProcessorRunGetResponse", &[&["processorRun", "id"], &["processorRun", "status"]]),
    ("LegacyProcessorRun", &[&["id"], &["status"]]),
    ("WorkflowRun", &[&["id"], &["status"]]),
    ("ParseRun", &[&["id"], &["status"]]),
    ("VerifyRun", &[&["id"], &["status"]]),
    ("BatchRun", &[&["id"], &["status"]]),
    ("ExtractRunSummary", &[&["id"], &["status"]]),
    ("ClassifyRunSummary", &[&["id"], &["status"]]),
    ("SplitRunSummary", &[&["id"], &["status"]]),
    ("WorkflowRunSummary", &[&["id"], &["status"]]),
    ("ParseRunSummary", &[&["id"], &["status"]]),
    ("VerifyRunSummary", &[&["id"], &["status"]]),
    ("LegacyProcessorRunSummary", &[&["id"], &["status"]]),
];
