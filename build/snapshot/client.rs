// Generated from openapi/extend-cancel.yaml by build/generate.rs; do not edit.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Agentic parsing options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AgenticOptions {
        ///Custom instructions.
        #[serde(
            rename = "customInstructions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_instructions: ::std::option::Option<::std::string::String>,
        ///Whether agentic parsing is on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
    }
    ///How large arrays are extracted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ArrayStrategy {
        ///`large_array_heuristics`, `large_array_max_context` or `large_array_overlap_context`.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    /**A batch run: a batch of files submitted by one of the batch endpoints
(`POST /extract_runs/batch`, `/classify_runs/batch`, `/split_runs/batch`,
`/parse_runs/batch`). Not used for workflow batches.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BatchRun {
        ///The time (in UTC) at which the batch run was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The unique identifier for this batch run (`bpr_...`).
        pub id: ::std::string::String,
        ///The type of object. Always "batch_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<BatchRunObject>,
        ///The number of individual runs in this batch.
        #[serde(
            rename = "runCount",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub run_count: ::std::option::Option<i64>,
        pub status: crate::RunStatus,
    }
    ///The type of object. Always "batch_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum BatchRunObject {
        #[serde(rename = "batch_run")]
        BatchRun,
    }
    impl ::std::fmt::Display for BatchRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::BatchRun => f.write_str("batch_run"),
            }
        }
    }
    impl ::std::str::FromStr for BatchRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "batch_run" => Ok(Self::BatchRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BatchRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A rectangle on a page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct BoundingBox {
        ///The bottom edge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bottom: ::std::option::Option<f64>,
        ///The left edge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub left: ::std::option::Option<f64>,
        ///The right edge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub right: ::std::option::Option<f64>,
        ///The top edge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub top: ::std::option::Option<f64>,
    }
    ///How a long document is chunked for extraction.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChunkingOptions {
        ///`intelligent`, `confidence`, `take_first` or `take_last`.
        #[serde(
            rename = "chunkSelectionStrategy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chunk_selection_strategy: ::std::option::Option<::std::string::String>,
        ///`standard`, `semantic` or `contextual`.
        #[serde(
            rename = "chunkingStrategy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chunking_strategy: ::std::option::Option<::std::string::String>,
        ///Custom rules for semantic chunking.
        #[serde(
            rename = "customSemanticChunkingRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_semantic_chunking_rules: ::std::option::Option<::std::string::String>,
        ///Pages per chunk.
        #[serde(
            rename = "pageChunkSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_chunk_size: ::std::option::Option<i64>,
    }
    ///Where in the document an extracted value was found.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Citation {
        /**The cited cell or range in A1 notation, for Excel and CSV files; returned instead of a
polygon when a cell reference is available.*/
        #[serde(
            rename = "cellRange",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cell_range: ::std::option::Option<::std::string::String>,
        ///The file the citation points into (multi-file runs).
        #[serde(
            rename = "fileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<CitationPage>,
        ///The outline of the cited region.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub polygon: ::std::vec::Vec<Point>,
        ///The text that was cited.
        #[serde(
            rename = "referenceText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_text: ::std::option::Option<::std::string::String>,
    }
    ///The page a citation points to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CitationPage {
        ///The height of the page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<f64>,
        ///The page number.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub number: ::std::option::Option<f64>,
        ///The width of the page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub width: ::std::option::Option<f64>,
    }
    ///One class a classifier can choose.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Classification {
        ///What documents of this class look like.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///A unique ID of the class.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The type of the class; one class must have type "other".
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    ///The classifier that was used for a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ClassifierSummary {
        ///The time (in UTC) at which the classifier was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The ID of the classifier (`cl_...`).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name of the classifier.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "classifier".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the classifier was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    ///The version of the classifier that was used for a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ClassifierVersionSummary {
        ///The ID of the classifier.
        #[serde(
            rename = "classifierId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub classifier_id: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the version was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        /**Who created this version: a user of the studio (`type: user`, with `email`) or an API
key (`type: api_key`, with `name`). Null for classifier versions created before
attribution was recorded.*/
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<CreatedBy>,
        ///The description of the version.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The ID of the classifier version (`clv_...`).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "classifier_version".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The version, such as "draft" or "1.0".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    ///Advanced options of a classification.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ClassifyAdvancedOptions {
        ///Whether advanced multimodal processing is on.
        #[serde(
            rename = "advancedMultimodalEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_multimodal_enabled: ::std::option::Option<bool>,
        ///`default` or `max`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        ///Deprecated page limit (legacy configs).
        #[serde(
            rename = "fixedPageLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fixed_page_limit: ::std::option::Option<i64>,
        ///Whether classifier memory is on.
        #[serde(
            rename = "memoryEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub memory_enabled: ::std::option::Option<bool>,
        ///Page ranges to process.
        #[serde(
            rename = "pageRanges",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub page_ranges: ::std::vec::Vec<PageRange>,
    }
    ///The configuration used for a classify run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ClassifyConfig {
        #[serde(
            rename = "advancedOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_options: ::std::option::Option<ClassifyAdvancedOptions>,
        #[serde(
            rename = "baseProcessor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_processor: ::std::option::Option<crate::ClassifyBaseProcessor>,
        ///The version of the base processor.
        #[serde(
            rename = "baseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_version: ::std::option::Option<::std::string::String>,
        ///Custom rules for the classification.
        #[serde(
            rename = "classificationRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub classification_rules: ::std::option::Option<::std::string::String>,
        ///The classes to choose from.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub classifications: ::std::option::Option<::std::vec::Vec<Classification>>,
        #[serde(
            rename = "parseConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_config: ::std::option::Option<ParseConfig>,
    }
    ///The output of a classify run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ClassifyOutput {
        ///The confidence, from 0 to 1.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub confidence: ::std::option::Option<f64>,
        ///The ID of the classification chosen.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Insights about the classification.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub insights: ::std::option::Option<::std::vec::Vec<Insight>>,
        ///The type of the classification chosen.
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    /**A classify run, as returned by Cancel Classify Run and Get Classify Run (API 2026-02-09).

Only what every response carries is required. A property the reference documents as
present only in some cases ("Present when ...") is optional and nullable: a client must
accept the key both absent and `null`.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ClassifyRun {
        /**The classifier that was used for this run. Present when a classifier reference was
provided; not present when using inline config.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub classifier: ::std::option::Option<ClassifierSummary>,
        ///The version of the classifier that was used for this run.
        #[serde(
            rename = "classifierVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub classifier_version: ::std::option::Option<ClassifierVersionSummary>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub config: ::std::option::Option<ClassifyConfig>,
        ///The time (in UTC) at which the object was created, in RFC 3339 format.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The URL to view the classify run in the Extend dashboard.
        #[serde(
            rename = "dashboardUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub dashboard_url: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run results have been edited during review.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub edited: ::std::option::Option<bool>,
        ///A detailed message about the failure. Present when status is "FAILED".
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure. Present when status is "FAILED".
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<crate::FailureReason>,
        ///The file that was processed. Null when file ingestion failed or for a multi-file batch run.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        ///The unique identifier for this classify run.
        pub id: ::std::string::String,
        ///The initial output from the classify run, before any review edits. Present when reviewed is true.
        #[serde(
            rename = "initialOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub initial_output: ::std::option::Option<ClassifyOutput>,
        ///Any metadata that was provided when creating the classify run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///The type of object. Will always be "classify_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ClassifyRunObject>,
        ///The final output, either reviewed or initial. Present when status is "PROCESSED".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output: ::std::option::Option<ClassifyOutput>,
        ///The ID of the parse run that was used for this classify run. Present when a parse run was created.
        #[serde(
            rename = "parseRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_run_id: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run has been reviewed by a human.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reviewed: ::std::option::Option<bool>,
        ///The output after human review. Present when reviewed is true.
        #[serde(
            rename = "reviewedOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reviewed_output: ::std::option::Option<ClassifyOutput>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the object was last updated, in RFC 3339 format.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        /**Usage credits consumed by this classify run. Present when status is "PROCESSED".
Will not be returned for runs created before October 7, 2025 or for customers on
legacy billing systems.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsage>,
    }
    ///The type of object. Will always be "classify_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ClassifyRunObject {
        #[serde(rename = "classify_run")]
        ClassifyRun,
    }
    impl ::std::fmt::Display for ClassifyRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ClassifyRun => f.write_str("classify_run"),
            }
        }
    }
    impl ::std::str::FromStr for ClassifyRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "classify_run" => Ok(Self::ClassifyRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ClassifyRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ClassifyRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Summary representation of a classify run, as listed by List Classify Runs (API 2026-02-09): the
run without `output`, `config` and the other large parts (retrieve the run by its ID for
those), and with `usage` without its breakdown.

Required as on the full run (ClassifyRun), which the reference documents; a property present
only in some cases is optional and nullable.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ClassifyRunSummary {
        /**The classifier that was used for this run. Present when a classifier reference was
provided; not present when using inline config.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub classifier: ::std::option::Option<ClassifierSummary>,
        /**The version of the classifier that was used for this run. Present when a classifier
reference was provided.*/
        #[serde(
            rename = "classifierVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub classifier_version: ::std::option::Option<ClassifierVersionSummary>,
        ///The time (in UTC) at which the object was created, in RFC 3339 format.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The URL to view the classify run in the Extend dashboard.
        #[serde(
            rename = "dashboardUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub dashboard_url: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run results have been edited during review.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub edited: ::std::option::Option<bool>,
        ///A detailed message about the failure. Present when status is "FAILED".
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure. Present when status is "FAILED".
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<crate::FailureReason>,
        ///The file that was processed. Null when file ingestion failed or for a multi-file batch run.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        ///The unique identifier for this classify run.
        pub id: ::std::string::String,
        /**Any metadata that was provided when creating the classify run. Present when metadata
was provided during creation.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///The type of object. Will always be "classify_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ClassifyRunSummaryObject>,
        ///The ID of the parse run that was used for this classify run. Present when a parse run was created.
        #[serde(
            rename = "parseRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_run_id: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run has been reviewed by a human.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reviewed: ::std::option::Option<bool>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the object was last updated, in RFC 3339 format.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        /**Usage credits consumed by this classify run, without the breakdown (retrieve the run by
its ID for that). Present when status is "PROCESSED". Will not be returned for runs
created before October 7, 2025 or for customers on legacy billing systems.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsageSummary>,
    }
    ///The type of object. Will always be "classify_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ClassifyRunSummaryObject {
        #[serde(rename = "classify_run")]
        ClassifyRun,
    }
    impl ::std::fmt::Display for ClassifyRunSummaryObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ClassifyRun => f.write_str("classify_run"),
            }
        }
    }
    impl ::std::str::FromStr for ClassifyRunSummaryObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "classify_run" => Ok(Self::ClassifyRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ClassifyRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ClassifyRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A page of classify runs, as returned by List Classify Runs (API 2026-02-09). Follow
`nextPageToken` for the next page; a page without one is the last.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ClassifyRunsListResponse {
        ///The runs of this page, as summaries.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub data: ::std::option::Option<::std::vec::Vec<ClassifyRunSummary>>,
        /**The token to pass as `nextPageToken` to fetch the next page. Absent (or null) on the
last page.*/
        #[serde(
            rename = "nextPageToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "list".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ClassifyRunsListResponseObject>,
    }
    ///The type of object. Will always be "list".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ClassifyRunsListResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ClassifyRunsListResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ClassifyRunsListResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ClassifyRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ClassifyRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**The actor that created a resource, tagged by `type`: `user` (created in the studio by a
logged-in user; the user's `email` is given) or `api_key` (created through the API; the
key's `name` is given).*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum CreatedBy {
        User(CreatedByUser),
        ApiKey(CreatedByApiKey),
    }
    impl ::std::convert::From<CreatedByUser> for CreatedBy {
        fn from(value: CreatedByUser) -> Self {
            Self::User(value)
        }
    }
    impl ::std::convert::From<CreatedByApiKey> for CreatedBy {
        fn from(value: CreatedByApiKey) -> Self {
            Self::ApiKey(value)
        }
    }
    ///A resource created through the API with an API key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreatedByApiKey {
        ///The name of the API key that created the resource.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Always "api_key".
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<CreatedByApiKeyType>,
    }
    ///Always "api_key".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CreatedByApiKeyType {
        #[serde(rename = "api_key")]
        ApiKey,
    }
    impl ::std::fmt::Display for CreatedByApiKeyType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ApiKey => f.write_str("api_key"),
            }
        }
    }
    impl ::std::str::FromStr for CreatedByApiKeyType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "api_key" => Ok(Self::ApiKey),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreatedByApiKeyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreatedByApiKeyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A resource created in the studio by a logged-in user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreatedByUser {
        ///The email address of the user who created the resource.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Always "user".
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<CreatedByUserType>,
    }
    ///Always "user".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CreatedByUserType {
        #[serde(rename = "user")]
        User,
    }
    impl ::std::fmt::Display for CreatedByUserType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::User => f.write_str("user"),
            }
        }
    }
    impl ::std::str::FromStr for CreatedByUserType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "user" => Ok(Self::User),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreatedByUserType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreatedByUserType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Credits consumed (parsing credits excluded for processor runs).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Credits {
        ///The number of credits.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub credits: ::std::option::Option<f64>,
    }
    ///An allowed value of an enum field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct EnumOption {
        ///What the value means.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The value.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    /**The body of an error response, read leniently: every property is optional because the
API sends several shapes. API 2026-02-09 sends `{code, message, retryable, requestId,
docUrl}`; API 2025-04-21 sends `{success: false, error: "..."}`; some services wrap the
2026 shape as `{error: {code, message, retryable, requestId}}`.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ErrorBody {
        /**A machine-readable error code, such as `INVALID_REQUEST`, `UNAUTHORIZED`,
`NOT_FOUND`, `RATE_LIMIT_EXCEEDED`, `USAGE_BLOCKED`, `ENDPOINT_REMOVED` or
`INTERNAL_ERROR`. Domain-specific codes are also returned.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///A link to documentation about this error.
        #[serde(
            rename = "docUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub doc_url: ::std::option::Option<::std::string::String>,
        ///API 2025-04-21 sends a message string here; the wrapped form sends an object with the 2026 fields.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::serde_json::Value>,
        ///A human-readable message. Its wording may change.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The ID of the request (`req_...`), for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///Whether retrying the same request may succeed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retryable: ::std::option::Option<bool>,
        ///API 2025-04-21 only; always false on an error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    ///Advanced options of an extraction. Option values are strings so that values added later are accepted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ExtractAdvancedOptions {
        ///Whether advanced figure parsing is on (legacy configs).
        #[serde(
            rename = "advancedFigureParsingEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_figure_parsing_enabled: ::std::option::Option<bool>,
        ///Whether advanced multimodal processing is on.
        #[serde(
            rename = "advancedMultimodalEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_multimodal_enabled: ::std::option::Option<bool>,
        ///`item` or `property`.
        #[serde(
            rename = "arrayCitationStrategy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub array_citation_strategy: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "arrayStrategy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub array_strategy: ::std::option::Option<ArrayStrategy>,
        #[serde(
            rename = "chunkingOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chunking_options: ::std::option::Option<ChunkingOptions>,
        ///`line` (default), `word` or `block`.
        #[serde(
            rename = "citationMode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub citation_mode: ::std::option::Option<::std::string::String>,
        ///Whether citations are returned.
        #[serde(
            rename = "citationsEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub citations_enabled: ::std::option::Option<bool>,
        ///Whether the current date is given to the model.
        #[serde(
            rename = "currentDateEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_date_enabled: ::std::option::Option<bool>,
        ///Deprecated (legacy configs).
        #[serde(
            rename = "documentKind",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub document_kind: ::std::option::Option<::std::string::String>,
        ///Sheet ranges to process (0-based).
        #[serde(
            rename = "excelSheetRanges",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub excel_sheet_ranges: ::std::vec::Vec<PageRange>,
        ///`intelligent`, `all`, `first` or `last`.
        #[serde(
            rename = "excelSheetSelectionStrategy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub excel_sheet_selection_strategy: ::std::option::Option<::std::string::String>,
        ///Deprecated page limit (legacy configs).
        #[serde(
            rename = "fixedPageLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fixed_page_limit: ::std::option::Option<i64>,
        ///Deprecated (legacy configs).
        #[serde(
            rename = "keyDefinitions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub key_definitions: ::std::option::Option<::std::string::String>,
        ///Whether the model adds reasoning insights.
        #[serde(
            rename = "modelReasoningInsightsEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub model_reasoning_insights_enabled: ::std::option::Option<bool>,
        ///Page ranges to process.
        #[serde(
            rename = "pageRanges",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub page_ranges: ::std::vec::Vec<PageRange>,
        #[serde(
            rename = "reviewAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_agent: ::std::option::Option<ReviewAgent>,
    }
    ///An extraction config with a JSON schema.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ExtractConfigJson {
        #[serde(
            rename = "advancedOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_options: ::std::option::Option<ExtractAdvancedOptions>,
        #[serde(
            rename = "baseProcessor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_processor: ::std::option::Option<crate::ExtractBaseProcessor>,
        ///The version of the base processor.
        #[serde(
            rename = "baseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_version: ::std::option::Option<::std::string::String>,
        ///Custom rules for the extraction.
        #[serde(
            rename = "extractionRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extraction_rules: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "parseConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_config: ::std::option::Option<ParseConfig>,
        ///The JSON schema of the output; optional when the schema is inferred.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///An extraction config with a fields array.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExtractConfigLegacy {
        #[serde(
            rename = "advancedOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_options: ::std::option::Option<ExtractAdvancedOptions>,
        #[serde(
            rename = "baseProcessor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_processor: ::std::option::Option<crate::ExtractBaseProcessor>,
        ///The version of the base processor.
        #[serde(
            rename = "baseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_version: ::std::option::Option<::std::string::String>,
        ///Custom rules for the extraction.
        #[serde(
            rename = "extractionRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extraction_rules: ::std::option::Option<::std::string::String>,
        ///The fields to extract.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub fields: ::std::option::Option<::std::vec::Vec<ExtractionField>>,
        #[serde(
            rename = "parseConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_config: ::std::option::Option<ParseConfig>,
    }
    ///An edit made to one field during review.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ExtractOutputEdit {
        ///The value after the edit, of any JSON type.
        #[serde(
            rename = "editedValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub edited_value: ::std::option::Option<::serde_json::Value>,
        ///The type of the field.
        #[serde(
            rename = "fieldType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub field_type: ::std::option::Option<::std::string::String>,
        ///The reviewer's notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///The value before the edit, of any JSON type.
        #[serde(
            rename = "originalValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub original_value: ::std::option::Option<::serde_json::Value>,
        ///The page the edit refers to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<f64>,
    }
    ///The output of a fields-array extraction, by field name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ExtractOutputLegacy(
        pub ::std::collections::HashMap<::std::string::String, ExtractionFieldResult>,
    );
    impl ::std::ops::Deref for ExtractOutputLegacy {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ExtractionFieldResult,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<::std::string::String, ExtractionFieldResult> {
            &self.0
        }
    }
    impl ::std::convert::From<ExtractOutputLegacy>
    for ::std::collections::HashMap<::std::string::String, ExtractionFieldResult> {
        fn from(value: ExtractOutputLegacy) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<::std::string::String, ExtractionFieldResult>,
    > for ExtractOutputLegacy {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ExtractionFieldResult,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///Confidence, citations and insights for one extracted value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ExtractOutputMetadataValue {
        ///Where the value was found.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub citations: ::std::vec::Vec<Citation>,
        ///Insights about the value.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub insights: ::std::vec::Vec<Insight>,
        ///The model's confidence; always null for extraction_light, and may be absent.
        #[serde(
            rename = "logprobsConfidence",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub logprobs_confidence: ::std::option::Option<f64>,
        ///The OCR confidence of the value.
        #[serde(
            rename = "ocrConfidence",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ocr_confidence: ::std::option::Option<f64>,
        ///The review agent's score, from 1 to 5.
        #[serde(
            rename = "reviewAgentScore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_agent_score: ::std::option::Option<i64>,
    }
    /**An extract run, as returned by Cancel Extract Run and Get Extract Run (API 2026-02-09).

Only what every response carries is required. A property the reference documents as
present only in some cases ("Present when ...") is optional and nullable: a client must
accept the key both absent and `null`.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExtractRun {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub config: ::std::option::Option<crate::ExtractConfig>,
        ///The time (in UTC) at which the object was created, in RFC 3339 format.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The URL to view the extract run in the Extend dashboard.
        #[serde(
            rename = "dashboardUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub dashboard_url: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run results have been edited during review.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub edited: ::std::option::Option<bool>,
        ///Details of edits made during review, by field path. Present when edited is true.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub edits: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::option::Option<ExtractOutputEdit>,
            >,
        >,
        /**The extractor that was used for this run. Present when an extractor reference was
provided; not present when using inline config.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extractor: ::std::option::Option<ExtractorSummary>,
        ///The version of the extractor that was used for this run.
        #[serde(
            rename = "extractorVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extractor_version: ::std::option::Option<ExtractorVersionSummary>,
        ///A detailed message about the failure. Present when status is "FAILED".
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure. Present when status is "FAILED".
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<crate::FailureReason>,
        ///The file that was processed. Null for multi-file runs and when file ingestion failed.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        /**The files of a multi-file run (created with a package). Not on the reference page;
optional.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub files: ::std::option::Option<::std::vec::Vec<FileSummary>>,
        ///The unique identifier for this extract run.
        pub id: ::std::string::String,
        ///The initial output from the extract run, before any review edits. Present when reviewed is true.
        #[serde(
            rename = "initialOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub initial_output: ::std::option::Option<crate::ExtractOutput>,
        ///Any metadata that was provided when creating the extract run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///The type of object. Will always be "extract_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ExtractRunObject>,
        ///The final output, either reviewed or initial. Present when status is "PROCESSED".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output: ::std::option::Option<crate::ExtractOutput>,
        ///The ID of the parse run that was used for this extract run. Present when a parse run was created.
        #[serde(
            rename = "parseRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_run_id: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run has been reviewed by a human.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reviewed: ::std::option::Option<bool>,
        ///The output after human review. Present when reviewed is true.
        #[serde(
            rename = "reviewedOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reviewed_output: ::std::option::Option<crate::ExtractOutput>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the object was last updated, in RFC 3339 format.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        /**Usage credits consumed by this extract run. Present when status is "PROCESSED".
Will not be returned for runs created before October 7, 2025 or for customers on
legacy billing systems.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsage>,
    }
    ///The type of object. Will always be "extract_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ExtractRunObject {
        #[serde(rename = "extract_run")]
        ExtractRun,
    }
    impl ::std::fmt::Display for ExtractRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ExtractRun => f.write_str("extract_run"),
            }
        }
    }
    impl ::std::str::FromStr for ExtractRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "extract_run" => Ok(Self::ExtractRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ExtractRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExtractRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Summary representation of an extract run, as listed by List Extract Runs (API 2026-02-09): the
run without `output`, `config` and the other large parts (retrieve the run by its ID for
those), and with `usage` without its breakdown.

Required as on the full run (ExtractRun), which the reference documents; a property present
only in some cases is optional and nullable.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExtractRunSummary {
        ///The time (in UTC) at which the object was created, in RFC 3339 format.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The URL to view the extract run in the Extend dashboard.
        #[serde(
            rename = "dashboardUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub dashboard_url: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run results have been edited during review.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub edited: ::std::option::Option<bool>,
        /**The extractor that was used for this run. Present when an extractor reference was
provided; not present when using inline config.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extractor: ::std::option::Option<ExtractorSummary>,
        /**The version of the extractor that was used for this run. Present when an extractor
reference was provided.*/
        #[serde(
            rename = "extractorVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extractor_version: ::std::option::Option<ExtractorVersionSummary>,
        ///A detailed message about the failure. Present when status is "FAILED".
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure. Present when status is "FAILED".
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<crate::FailureReason>,
        /**The file that was processed. Null for multi-file runs (use `files` instead) and when file
ingestion failed.*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        /**The files that were processed, in the order they were submitted. Only populated for
multi-file runs (created with a package); null for single-file runs.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub files: ::std::option::Option<::std::vec::Vec<FileSummary>>,
        ///The unique identifier for this extract run.
        pub id: ::std::string::String,
        /**Any metadata that was provided when creating the extract run. Present when metadata
was provided during creation.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///The type of object. Will always be "extract_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ExtractRunSummaryObject>,
        ///The ID of the parse run that was used for this extract run. Present when a parse run was created.
        #[serde(
            rename = "parseRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_run_id: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run has been reviewed by a human.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reviewed: ::std::option::Option<bool>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the object was last updated, in RFC 3339 format.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        /**Usage credits consumed by this extract run, without the breakdown (retrieve the run by
its ID for that). Present when status is "PROCESSED". Will not be returned for runs
created before October 7, 2025 or for customers on legacy billing systems.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsageSummary>,
    }
    ///The type of object. Will always be "extract_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ExtractRunSummaryObject {
        #[serde(rename = "extract_run")]
        ExtractRun,
    }
    impl ::std::fmt::Display for ExtractRunSummaryObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ExtractRun => f.write_str("extract_run"),
            }
        }
    }
    impl ::std::str::FromStr for ExtractRunSummaryObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "extract_run" => Ok(Self::ExtractRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ExtractRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExtractRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A page of extract runs, as returned by List Extract Runs (API 2026-02-09). Follow
`nextPageToken` for the next page; a page without one is the last.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExtractRunsListResponse {
        ///The runs of this page, as summaries.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub data: ::std::option::Option<::std::vec::Vec<ExtractRunSummary>>,
        /**The token to pass as `nextPageToken` to fetch the next page. Absent (or null) on the
last page.*/
        #[serde(
            rename = "nextPageToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "list".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ExtractRunsListResponseObject>,
    }
    ///The type of object. Will always be "list".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ExtractRunsListResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ExtractRunsListResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ExtractRunsListResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ExtractRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ExtractRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A field of a fields-array extraction config.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExtractionField {
        ///What to extract.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The allowed values of an enum field.
        #[serde(
            rename = "enum",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub enum_: ::std::vec::Vec<EnumOption>,
        ///The ID of the field.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name of the field.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Nested fields, for array and object fields.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub schema: ::std::vec::Vec<ExtractionField>,
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<crate::ExtractionFieldType>,
    }
    ///A place in the document that a field result refers to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ExtractionFieldReference {
        ///The regions on the page.
        #[serde(
            rename = "boundingBoxes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub bounding_boxes: ::std::vec::Vec<BoundingBox>,
        ///The name of the field.
        #[serde(
            rename = "fieldName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub field_name: ::std::option::Option<::std::string::String>,
        ///The ID of the reference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The page number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<f64>,
    }
    ///The result for one field of a fields-array extraction.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExtractionFieldResult {
        ///The confidence, from 0 to 1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confidence: ::std::option::Option<f64>,
        ///The allowed values of an enum field.
        #[serde(
            rename = "enum",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub enum_: ::std::vec::Vec<EnumOption>,
        ///The ID of the field.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Insights about the value.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub insights: ::std::vec::Vec<Insight>,
        ///Where the value was found.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub references: ::std::option::Option<::std::vec::Vec<ExtractionFieldReference>>,
        ///The schema of nested fields.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub schema: ::std::vec::Vec<ExtractionField>,
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<crate::ExtractionFieldType>,
        ///The extracted value, of any JSON type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::serde_json::Value>,
    }
    ///The extractor that was used for a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExtractorSummary {
        ///The time (in UTC) at which the extractor was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The ID of the extractor (`ex_...`).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name of the extractor.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "extractor".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the extractor was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    ///The version of the extractor that was used for a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ExtractorVersionSummary {
        ///The time (in UTC) at which the version was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        /**Who created this version: a user of the studio (`type: user`, with `email`) or an API
key (`type: api_key`, with `name`). Null for extractor versions created before
attribution was recorded.*/
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<CreatedBy>,
        ///The description of the version.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The ID of the extractor.
        #[serde(
            rename = "extractorId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub extractor_id: ::std::option::Option<::std::string::String>,
        ///The ID of the extractor version (`exv_...`).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "extractor_version".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The version, such as "draft" or "1.0".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    /**A file inside a legacy processor run. Holds the union of the 2025-04-21 and 2026-02-09
shapes; every property beyond the core ones is optional.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct File {
        ///The parsed contents of the file (deprecated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contents: ::std::option::Option<FileContents>,
        ///The time (in UTC) at which the file was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The ID of the file.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub metadata: ::std::option::Option<FileMetadata>,
        ///The name of the file.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "file".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The ID of the parent file, for files created by a splitter.
        #[serde(
            rename = "parentFileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_file_id: ::std::option::Option<::std::string::String>,
        ///A URL to download the file; expires after 15 minutes.
        #[serde(
            rename = "presignedUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub presigned_url: ::std::option::Option<::std::string::String>,
        ///The type of the file.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::FileType>,
        ///The time (in UTC) at which the file was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<Credits>,
    }
    ///The parsed contents of a file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct FileContents {
        ///The markdown of the whole file (API 2025-04-21).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub markdown: ::std::option::Option<::std::string::String>,
        ///The contents page by page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pages: ::std::vec::Vec<FilePageContents>,
        ///The raw text of the whole file.
        #[serde(
            rename = "rawText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub raw_text: ::std::option::Option<::std::string::String>,
        ///The contents section by section (API 2026-02-09).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sections: ::std::vec::Vec<FileSectionContents>,
        ///The contents of each spreadsheet sheet.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sheets: ::std::vec::Vec<FileSheetContents>,
    }
    ///Metadata about a file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct FileMetadata {
        ///The number of pages; only for PDF and DOCX files.
        #[serde(
            rename = "pageCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_count: ::std::option::Option<f64>,
        #[serde(
            rename = "parentSplit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_split: ::std::option::Option<ParentSplit>,
    }
    ///The contents of one page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FilePageContents {
        ///The html of the page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub html: ::std::option::Option<::std::string::String>,
        ///The markdown of the page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub markdown: ::std::option::Option<::std::string::String>,
        ///The height of the page.
        #[serde(
            rename = "pageHeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_height: ::std::option::Option<f64>,
        ///The page number, starting at 1.
        #[serde(
            rename = "pageNumber",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub page_number: ::std::option::Option<i64>,
        ///The width of the page.
        #[serde(
            rename = "pageWidth",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_width: ::std::option::Option<f64>,
        ///The raw text of the page.
        #[serde(
            rename = "rawText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub raw_text: ::std::option::Option<::std::string::String>,
    }
    ///The contents of a section of pages.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FileSectionContents {
        ///The last page of the section.
        #[serde(
            rename = "endPageNumber",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub end_page_number: ::std::option::Option<i64>,
        ///The markdown of the section.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub markdown: ::std::option::Option<::std::string::String>,
        ///The first page of the section.
        #[serde(
            rename = "startPageNumber",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub start_page_number: ::std::option::Option<i64>,
    }
    ///The contents of one spreadsheet sheet.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FileSheetContents {
        ///The raw text of the sheet.
        #[serde(
            rename = "rawText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub raw_text: ::std::option::Option<::std::string::String>,
        ///The name of the sheet.
        #[serde(
            rename = "sheetName",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub sheet_name: ::std::option::Option<::std::string::String>,
    }
    ///The file a run processed (API 2026-02-09).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FileSummary {
        ///The time (in UTC) at which the file was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The ID of the file (`file_...`).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub metadata: ::std::option::Option<FileMetadata>,
        ///The name of the file.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "file".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<FileSummaryObject>,
        ///The ID of the parent file, for files created by a splitter in a workflow.
        #[serde(
            rename = "parentFileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_file_id: ::std::option::Option<::std::string::String>,
        ///The type of the file, when it could be determined.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::FileType>,
        ///The time (in UTC) at which the file was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    ///The type of object. Will always be "file".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum FileSummaryObject {
        #[serde(rename = "file")]
        File,
    }
    impl ::std::fmt::Display for FileSummaryObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::File => f.write_str("file"),
            }
        }
    }
    impl ::std::str::FromStr for FileSummaryObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "file" => Ok(Self::File),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FileSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A kind of formatting to detect.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FormattingDetection {
        ///`change_tracking`.
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    ///An insight about an output value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Insight {
        ///The text of the insight.
        pub content: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: crate::InsightType,
    }
    ///Where a legacy extracted value was found; `page` is a number here.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct LegacyCitation {
        /**The cited cell or range in A1 notation, for Excel and CSV files; returned instead of a
polygon when a cell reference is available.*/
        #[serde(
            rename = "cellRange",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cell_range: ::std::option::Option<::std::string::String>,
        ///The page number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<f64>,
        ///The height of the page.
        #[serde(
            rename = "pageHeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_height: ::std::option::Option<f64>,
        ///The width of the page.
        #[serde(
            rename = "pageWidth",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_width: ::std::option::Option<f64>,
        ///The outline of the cited region.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub polygon: ::std::vec::Vec<Point>,
        ///The text that was cited.
        #[serde(
            rename = "referenceText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_text: ::std::option::Option<::std::string::String>,
    }
    ///The configuration of a legacy classification processor.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacyClassificationConfig {
        #[serde(
            rename = "advancedOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_options: ::std::option::Option<ClassifyAdvancedOptions>,
        #[serde(
            rename = "baseProcessor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_processor: ::std::option::Option<crate::ClassifyBaseProcessor>,
        ///The version of the base processor.
        #[serde(
            rename = "baseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_version: ::std::option::Option<::std::string::String>,
        ///Custom rules for the classification.
        #[serde(
            rename = "classificationRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub classification_rules: ::std::option::Option<::std::string::String>,
        ///The classes to choose from.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub classifications: ::std::option::Option<::std::vec::Vec<Classification>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parser: ::std::option::Option<ParseConfig>,
        ///Always "CLASSIFY".
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<LegacyClassificationConfigType>,
    }
    ///Always "CLASSIFY".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum LegacyClassificationConfigType {
        #[serde(rename = "CLASSIFY")]
        Classify,
    }
    impl ::std::fmt::Display for LegacyClassificationConfigType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Classify => f.write_str("CLASSIFY"),
            }
        }
    }
    impl ::std::str::FromStr for LegacyClassificationConfigType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CLASSIFY" => Ok(Self::Classify),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for LegacyClassificationConfigType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for LegacyClassificationConfigType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The configuration of a legacy extraction processor (one of `schema` or `fields` is given).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacyExtractionConfig {
        #[serde(
            rename = "advancedOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_options: ::std::option::Option<ExtractAdvancedOptions>,
        #[serde(
            rename = "baseProcessor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_processor: ::std::option::Option<crate::ExtractBaseProcessor>,
        ///The version of the base processor.
        #[serde(
            rename = "baseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_version: ::std::option::Option<::std::string::String>,
        ///Custom rules for the extraction.
        #[serde(
            rename = "extractionRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extraction_rules: ::std::option::Option<::std::string::String>,
        ///The fields to extract.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fields: ::std::vec::Vec<ExtractionField>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parser: ::std::option::Option<ParseConfig>,
        ///The JSON schema of the output.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Always "EXTRACT".
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<LegacyExtractionConfigType>,
    }
    ///Always "EXTRACT".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum LegacyExtractionConfigType {
        #[serde(rename = "EXTRACT")]
        Extract,
    }
    impl ::std::fmt::Display for LegacyExtractionConfigType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Extract => f.write_str("EXTRACT"),
            }
        }
    }
    impl ::std::str::FromStr for LegacyExtractionConfigType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "EXTRACT" => Ok(Self::Extract),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for LegacyExtractionConfigType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LegacyExtractionConfigType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Confidence, citations and insights for one extracted value (legacy).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacyExtractionMetadataValue {
        ///Where the value was found.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub citations: ::std::vec::Vec<LegacyCitation>,
        ///Insights about the value.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub insights: ::std::vec::Vec<Insight>,
        ///The model's confidence.
        #[serde(
            rename = "logprobsConfidence",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub logprobs_confidence: ::std::option::Option<f64>,
        ///The OCR confidence of the value.
        #[serde(
            rename = "ocrConfidence",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ocr_confidence: ::std::option::Option<f64>,
        ///The review agent's score, from 1 to 5.
        #[serde(
            rename = "reviewAgentScore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_agent_score: ::std::option::Option<i64>,
    }
    ///The output of a legacy JSON-Schema extraction.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacyExtractionOutput {
        ///Metadata by field path.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub metadata: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                LegacyExtractionMetadataValue,
            >,
        >,
        ///The extracted value.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub value: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }
    ///A document processor run (API 2025-04-21).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacyProcessorRun {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub config: ::std::option::Option<crate::LegacyProcessorRunConfig>,
        ///Whether the output was edited during review.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub edited: ::std::option::Option<bool>,
        ///Edits made during review, by field name; may be empty.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub edits: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ExtractOutputEdit>,
        >,
        ///A detailed message about the failure.
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure (free text). Present when status is "FAILED".
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        ///The files processed by this run; for a split sub-file, the sub-file.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub files: ::std::option::Option<::std::vec::Vec<File>>,
        ///The unique identifier for the processor run.
        pub id: ::std::string::String,
        #[serde(
            rename = "initialOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub initial_output: ::std::option::Option<crate::LegacyProcessorOutput>,
        ///Empty unless the run came from a MergeExtraction workflow step.
        #[serde(
            rename = "mergedProcessors",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub merged_processors: ::std::option::Option<::std::vec::Vec<MergedProcessor>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///The type of object. Always "document_processor_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub output: ::std::option::Option<crate::LegacyProcessorOutput>,
        ///The ID of the processor used for this run.
        #[serde(
            rename = "processorId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_id: ::std::option::Option<::std::string::String>,
        ///The name of the processor.
        #[serde(
            rename = "processorName",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_name: ::std::option::Option<::std::string::String>,
        ///The ID of the processor version used for this run.
        #[serde(
            rename = "processorVersionId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_version_id: ::std::option::Option<::std::string::String>,
        ///Whether the run has been reviewed by a human.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reviewed: ::std::option::Option<bool>,
        #[serde(
            rename = "reviewedOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reviewed_output: ::std::option::Option<crate::LegacyProcessorOutput>,
        pub status: crate::RunStatus,
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<crate::LegacyProcessorType>,
        ///The URL to view the run in the Extend dashboard.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<Credits>,
    }
    ///Summary representation of a legacy processor run (API 2025-04-21).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacyProcessorRunSummary {
        ///The time (in UTC) at which the processor run was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The ID of the processor run (`dpr_...`).
        pub id: ::std::string::String,
        ///The ID of the processor that was run (`ex_...`).
        #[serde(
            rename = "processorId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_id: ::std::option::Option<::std::string::String>,
        ///The name of the processor that was run.
        #[serde(
            rename = "processorName",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_name: ::std::option::Option<::std::string::String>,
        ///The ID of the processor version that was run (`exv_...`).
        #[serde(
            rename = "processorVersionId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_version_id: ::std::option::Option<::std::string::String>,
        pub status: crate::RunStatus,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::LegacyProcessorType>,
        ///The time (in UTC) at which the processor run was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<Credits>,
    }
    ///The configuration of a legacy splitter processor.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LegacySplitterConfig {
        #[serde(
            rename = "advancedOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_options: ::std::option::Option<SplitAdvancedOptions>,
        #[serde(
            rename = "baseProcessor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_processor: ::std::option::Option<crate::SplitBaseProcessor>,
        ///The version of the base processor.
        #[serde(
            rename = "baseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parser: ::std::option::Option<ParseConfig>,
        ///The classes of sub-documents to look for.
        #[serde(
            rename = "splitClassifications",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub split_classifications: ::std::option::Option<
            ::std::vec::Vec<SplitClassification>,
        >,
        ///Custom rules for splitting.
        #[serde(
            rename = "splitRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub split_rules: ::std::option::Option<::std::string::String>,
        ///Always "SPLITTER".
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<LegacySplitterConfigType>,
    }
    ///Always "SPLITTER".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum LegacySplitterConfigType {
        #[serde(rename = "SPLITTER")]
        Splitter,
    }
    impl ::std::fmt::Display for LegacySplitterConfigType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Splitter => f.write_str("SPLITTER"),
            }
        }
    }
    impl ::std::str::FromStr for LegacySplitterConfigType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SPLITTER" => Ok(Self::Splitter),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for LegacySplitterConfigType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for LegacySplitterConfigType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A processor whose output was merged into this run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MergedProcessor {
        ///The ID of the processor.
        #[serde(
            rename = "processorId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_id: ::std::option::Option<::std::string::String>,
        ///The name of the processor.
        #[serde(
            rename = "processorName",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_name: ::std::option::Option<::std::string::String>,
        ///The ID of the processor version.
        #[serde(
            rename = "processorVersionId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_version_id: ::std::option::Option<::std::string::String>,
    }
    ///A range of pages, inclusive.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PageRange {
        ///The last page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub end: ::std::option::Option<i64>,
        ///The first page.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub start: ::std::option::Option<i64>,
    }
    ///The split of a parent file that this file was created from.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ParentSplit {
        ///The last page of the split.
        #[serde(
            rename = "endPage",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub end_page: ::std::option::Option<i64>,
        ///The ID of the split.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The identifier of the split, such as an invoice number.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub identifier: ::std::option::Option<::std::string::String>,
        ///The first page of the split.
        #[serde(
            rename = "startPage",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub start_page: ::std::option::Option<i64>,
        ///The classification type of the split.
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    ///Advanced parsing options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseAdvancedOptions {
        ///Whether agentic OCR is on (API 2025-04-21).
        #[serde(
            rename = "agenticOcrEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub agentic_ocr_enabled: ::std::option::Option<bool>,
        ///Whether every file is converted to PDF first.
        #[serde(
            rename = "alwaysConvertToPdf",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub always_convert_to_pdf: ::std::option::Option<bool>,
        ///`xml` or `bracket`.
        #[serde(
            rename = "enrichmentFormat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enrichment_format: ::std::option::Option<::std::string::String>,
        ///Whether cell formatting is included.
        #[serde(
            rename = "excelIncludeCellFormatting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub excel_include_cell_formatting: ::std::option::Option<bool>,
        ///Whether cell metadata is included.
        #[serde(
            rename = "excelIncludeCellMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub excel_include_cell_metadata: ::std::option::Option<bool>,
        ///`basic` or `advanced`.
        #[serde(
            rename = "excelParsingMode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub excel_parsing_mode: ::std::option::Option<::std::string::String>,
        ///Whether formulas are left uncalculated.
        #[serde(
            rename = "excelSkipCalculation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub excel_skip_calculation: ::std::option::Option<bool>,
        ///Whether hidden spreadsheet content is skipped.
        #[serde(
            rename = "excelSkipHiddenContent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub excel_skip_hidden_content: ::std::option::Option<bool>,
        ///Whether raw cell values are used.
        #[serde(
            rename = "excelUseRawCellValues",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub excel_use_raw_cell_values: ::std::option::Option<bool>,
        ///Formatting to detect.
        #[serde(
            rename = "formattingDetection",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub formatting_detection: ::std::vec::Vec<FormattingDetection>,
        ///`high`, `medium` or `low`.
        #[serde(
            rename = "imageConversionQuality",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_conversion_quality: ::std::option::Option<::std::string::String>,
        ///Page ranges to parse.
        #[serde(
            rename = "pageRanges",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub page_ranges: ::std::vec::Vec<PageRange>,
        ///Whether pages are rotated upright.
        #[serde(
            rename = "pageRotationEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_rotation_enabled: ::std::option::Option<bool>,
        #[serde(
            rename = "returnOcr",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub return_ocr: ::std::option::Option<ReturnOcr>,
        ///Vertical grouping threshold, 0.1 to 5.0.
        #[serde(
            rename = "verticalGroupingThreshold",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vertical_grouping_threshold: ::std::option::Option<f64>,
    }
    ///Barcode parsing options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseBarcodeOptions {
        ///Whether barcode images are clipped.
        #[serde(
            rename = "imageClippingEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_clipping_enabled: ::std::option::Option<bool>,
        ///Whether barcodes are read.
        #[serde(
            rename = "readingEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reading_enabled: ::std::option::Option<bool>,
    }
    ///Options per kind of block.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseBlockOptions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub barcodes: ::std::option::Option<ParseBarcodeOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub figures: ::std::option::Option<ParseFigureOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub formulas: ::std::option::Option<ParseFormulaOptions>,
        #[serde(
            rename = "keyValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub key_value: ::std::option::Option<ParseKeyValueOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tables: ::std::option::Option<ParseTableOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<ParseTextOptions>,
    }
    ///Chunk size limits.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseChunkingOptions {
        ///The maximum characters per chunk.
        #[serde(
            rename = "maxCharacters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_characters: ::std::option::Option<i64>,
        ///The minimum characters per chunk.
        #[serde(
            rename = "minCharacters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub min_characters: ::std::option::Option<i64>,
    }
    ///How parsed output is chunked.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseChunkingStrategy {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub options: ::std::option::Option<ParseChunkingOptions>,
        ///`page`, `document` or `section`.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    /**How the document is parsed before processing (`parseConfig` in 2026-02-09 configs,
`parser` in legacy configs). Option values are strings so that values added later are
accepted.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseConfig {
        #[serde(
            rename = "advancedOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_options: ::std::option::Option<ParseAdvancedOptions>,
        #[serde(
            rename = "blockOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub block_options: ::std::option::Option<ParseBlockOptions>,
        #[serde(
            rename = "chunkingStrategy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub chunking_strategy: ::std::option::Option<ParseChunkingStrategy>,
        ///`parse_performance` or `parse_light`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub engine: ::std::option::Option<::std::string::String>,
        ///The engine version, such as `latest`.
        #[serde(
            rename = "engineVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engine_version: ::std::option::Option<::std::string::String>,
        ///`markdown` or `spatial`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
    }
    ///Figure parsing options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseFigureOptions {
        ///Whether charts are extracted in detail.
        #[serde(
            rename = "advancedChartExtractionEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_chart_extraction_enabled: ::std::option::Option<bool>,
        ///Custom instructions for figures.
        #[serde(
            rename = "customInstructions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_instructions: ::std::option::Option<::std::string::String>,
        ///Whether figures are parsed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Whether figure images are clipped.
        #[serde(
            rename = "figureImageClippingEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub figure_image_clipping_enabled: ::std::option::Option<bool>,
    }
    ///Formula parsing options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseFormulaOptions {
        ///Whether formulas are parsed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
    }
    ///Key-value parsing options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseKeyValueOptions {
        ///Whether blank fields are formatted.
        #[serde(
            rename = "blankFieldFormattingEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub blank_field_formatting_enabled: ::std::option::Option<bool>,
    }
    ///A parse run (API 2026-02-09), as Cancel Parse Run and Get Parse Run return it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ParseRun {
        ///The ID of the batch this run belongs to (`bpar_...`), if created via `POST /parse_runs/batch`.
        #[serde(
            rename = "batchId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub batch_id: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub config: ::std::option::Option<ParseConfig>,
        ///A human-readable description of the failure; present when `status` is `FAILED`.
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure, such as `OCR_ERROR`; present when `status` is `FAILED`.
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        /**The file that was parsed. Typed as always present in the SDKs, but documented as
possibly null for batch parse runs whose file ingestion failed.*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        ///A unique identifier for the parse run (`pr_...`).
        pub id: ::std::string::String,
        /**Any metadata that was provided when creating the parse run. Present when metadata was
provided during creation.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///Metrics about the parsing process. Present when status is "PROCESSED".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metrics: ::std::option::Option<ParseRunMetrics>,
        ///The type of object. Will always be "parse_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ParseRunObject>,
        /**The parse run output (the parsed chunks). Present when status is "PROCESSED" and the run
was retrieved without `responseType=url`.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output: ::std::option::Option<ParseRunOutput>,
        ///A presigned URL to the output as a JSON file, when requested with `responseType=url`.
        #[serde(
            rename = "outputUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_url: ::std::option::Option<::std::string::String>,
        pub status: crate::RunStatus,
        /**Usage credits consumed by this parse run. Present when status is "PROCESSED", the run
was created after October 7, 2025, and the customer is on the current billing system.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsage>,
    }
    ///Metrics about the parsing process; present when `status` is `PROCESSED`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ParseRunMetrics {
        ///The number of pages in the document.
        #[serde(
            rename = "pageCount",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub page_count: ::std::option::Option<f64>,
        ///Total processing time in milliseconds.
        #[serde(
            rename = "processingTimeMs",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processing_time_ms: ::std::option::Option<f64>,
    }
    ///The type of object. Will always be "parse_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ParseRunObject {
        #[serde(rename = "parse_run")]
        ParseRun,
    }
    impl ::std::fmt::Display for ParseRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ParseRun => f.write_str("parse_run"),
            }
        }
    }
    impl ::std::str::FromStr for ParseRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "parse_run" => Ok(Self::ParseRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ParseRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ParseRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**The parsed document (`chunks`, and `ocr` when requested); present when `status` is
`PROCESSED`. Any object is accepted: cancelling never reads it.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct ParseRunOutput(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for ParseRunOutput {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<ParseRunOutput>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: ParseRunOutput) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for ParseRunOutput {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Summary representation of a parse run, as listed by List Parse Runs (no output or config).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ParseRunSummary {
        ///The ID of the batch this run belongs to (`bpar_...`).
        #[serde(
            rename = "batchId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub batch_id: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the run was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///A human-readable description of the failure; present when `status` is `FAILED`.
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure; present when `status` is `FAILED`.
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        ///The file that was parsed (null for batch parse runs whose file ingestion failed).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        ///A unique identifier for the parse run (`pr_...`).
        pub id: ::std::string::String,
        /**Any metadata that was provided when creating the parse run. Present when metadata was
provided during creation.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///Metrics about the parsing process. Present when status is "PROCESSED".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metrics: ::std::option::Option<ParseRunMetrics>,
        ///The type of object. Will always be "parse_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ParseRunSummaryObject>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the run was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        /**Usage credits consumed by this parse run, without the breakdown (retrieve the run by its
ID for that). Present when status is "PROCESSED", the run was created after October 7,
2025, and the customer is on the current billing system.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsageSummary>,
    }
    ///The type of object. Will always be "parse_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ParseRunSummaryObject {
        #[serde(rename = "parse_run")]
        ParseRun,
    }
    impl ::std::fmt::Display for ParseRunSummaryObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ParseRun => f.write_str("parse_run"),
            }
        }
    }
    impl ::std::str::FromStr for ParseRunSummaryObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "parse_run" => Ok(Self::ParseRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ParseRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ParseRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A page of parse runs, as returned by List Parse Runs. Follow `nextPageToken` for the
next page; a page without one is the last.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ParseRunsListResponse {
        ///The runs of this page, as summaries.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub data: ::std::option::Option<::std::vec::Vec<ParseRunSummary>>,
        ///The token to pass as `nextPageToken` to fetch the next page. Absent (or null) on the last page.
        #[serde(
            rename = "nextPageToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "list".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<ParseRunsListResponseObject>,
    }
    ///The type of object. Will always be "list".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ParseRunsListResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ParseRunsListResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ParseRunsListResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ParseRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ParseRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Table parsing options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseTableOptions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agentic: ::std::option::Option<AgenticOptions>,
        ///Whether cell blocks are returned.
        #[serde(
            rename = "cellBlocksEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cell_blocks_enabled: ::std::option::Option<bool>,
        ///Deprecated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Whether headers continue across pages.
        #[serde(
            rename = "tableHeaderContinuationEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_header_continuation_enabled: ::std::option::Option<bool>,
        ///`markdown` or `html`.
        #[serde(
            rename = "targetFormat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_format: ::std::option::Option<::std::string::String>,
    }
    ///Text parsing options.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ParseTextOptions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agentic: ::std::option::Option<AgenticOptions>,
        ///Whether signatures are detected.
        #[serde(
            rename = "signatureDetectionEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_detection_enabled: ::std::option::Option<bool>,
    }
    ///A point on a page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Point {
        ///The horizontal coordinate.
        pub x: f64,
        ///The vertical coordinate.
        pub y: f64,
    }
    ///The response of Cancel Processor Run (API 2025-04-21). Get Processor Run answers the same shape (ProcessorRunGetResponse).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProcessorRunCancelResponse {
        #[serde(rename = "processorRun")]
        pub processor_run: LegacyProcessorRun,
        ///Whether the request succeeded.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub success: ::std::option::Option<bool>,
    }
    /**The response of Get Processor Run (API 2025-04-21). The same shape as
ProcessorRunCancelResponse, kept as a schema of its own (as the SDKs keep it) so that a
generated client names each operation's result.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProcessorRunGetResponse {
        #[serde(rename = "processorRun")]
        pub processor_run: LegacyProcessorRun,
        ///Whether the request succeeded.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub success: ::std::option::Option<bool>,
    }
    /**A page of legacy processor runs, as returned by List Processor Runs (API 2025-04-21).
Follow `nextPageToken` for the next page; a page without one is the last.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ProcessorRunsListResponse {
        ///The token to pass as `nextPageToken` to fetch the next page. Absent (or null) on the last page.
        #[serde(
            rename = "nextPageToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        ///The runs of this page, as summaries.
        #[serde(
            rename = "processorRuns",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processor_runs: ::std::option::Option<
            ::std::vec::Vec<LegacyProcessorRunSummary>,
        >,
        ///Whether the request succeeded.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub success: ::std::option::Option<bool>,
    }
    ///Which OCR data is returned.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ReturnOcr {
        ///Whether line-level OCR is returned (independent of `words`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lines: ::std::option::Option<bool>,
        ///Whether word-level OCR is returned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub words: ::std::option::Option<bool>,
    }
    ///The review agent settings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ReviewAgent {
        ///Whether the review agent runs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
    }
    /**Any metadata that was provided when creating the run (at most 10 KB). The key
`extend:usage_tags` (an array of strings) tags the run for billing.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct RunMetadata(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for RunMetadata {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<RunMetadata>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: RunMetadata) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for RunMetadata {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Usage credits consumed by a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RunUsage {
        ///The credits of each run this run caused; only on runs persisted from 2026-05-14.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub breakdown: ::std::vec::Vec<RunUsageBreakdownEntry>,
        ///The credits consumed by the run itself.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub credits: ::std::option::Option<f64>,
        ///The credits including dependent runs; only on runs persisted from 2026-05-14.
        #[serde(
            rename = "totalCredits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_credits: ::std::option::Option<f64>,
    }
    ///One charge of a usage breakdown entry.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RunUsageBreakdownCharge {
        ///The credits charged.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub credits: ::std::option::Option<f64>,
        ///The pages charged.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pages: ::std::vec::Vec<i64>,
        ///The product charged.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub product: ::std::option::Option<::std::string::String>,
        ///The quantity charged.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub quantity: ::std::option::Option<f64>,
        ///The unit of the quantity.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub unit: ::std::option::Option<::std::string::String>,
    }
    ///The credits of one run that contributed to the usage.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RunUsageBreakdownEntry {
        ///The individual charges; only from 2026-06-10.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub charges: ::std::vec::Vec<RunUsageBreakdownCharge>,
        ///The credits of that run.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub credits: ::std::option::Option<f64>,
        ///The ID of the run.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<crate::UsageObjectType>,
    }
    /**Usage credits consumed by a run, as run summaries carry it: RunUsage without its
breakdown (retrieve the run for that).*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RunUsageSummary {
        ///The credits consumed by the run itself.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub credits: ::std::option::Option<f64>,
        ///The credits including dependent runs; only on runs persisted from 2026-05-14.
        #[serde(
            rename = "totalCredits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_credits: ::std::option::Option<f64>,
    }
    /**One sub-document found by a splitter. The reference documents `observation`,
`identifier`, `id` and `fileId` as required but its own examples omit them, so only the
classification (`type`, `classificationId`) and page range are required here.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Split {
        ///The ID of the classification.
        #[serde(
            rename = "classificationId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub classification_id: ::std::option::Option<::std::string::String>,
        ///The last page.
        #[serde(
            rename = "endPage",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub end_page: ::std::option::Option<i64>,
        ///The ID of the file created for the split.
        #[serde(
            rename = "fileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_id: ::std::option::Option<::std::string::String>,
        ///The ID of the split (`splt_...`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///An identifier of the sub-document, such as an invoice number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub identifier: ::std::option::Option<::std::string::String>,
        ///The name of the sub-document.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Why the splitter chose this split.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub observation: ::std::option::Option<::std::string::String>,
        ///The first page.
        #[serde(
            rename = "startPage",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub start_page: ::std::option::Option<i64>,
        ///The classification type.
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    ///Advanced options of a split.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SplitAdvancedOptions {
        ///Deprecated page limit (legacy configs).
        #[serde(
            rename = "fixedPageLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fixed_page_limit: ::std::option::Option<i64>,
        ///Whether splits may overlap on a page.
        #[serde(
            rename = "pageOverlapEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_overlap_enabled: ::std::option::Option<bool>,
        ///Page ranges to process.
        #[serde(
            rename = "pageRanges",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub page_ranges: ::std::vec::Vec<PageRange>,
        ///Whether each sheet of a spreadsheet is its own document.
        #[serde(
            rename = "splitExcelDocumentsBySheetEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub split_excel_documents_by_sheet_enabled: ::std::option::Option<bool>,
        ///Deprecated on newer base versions.
        #[serde(
            rename = "splitIdentifierRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub split_identifier_rules: ::std::option::Option<::std::string::String>,
        ///Deprecated: `high_precision`, `basic_precision` or `low_latency`.
        #[serde(
            rename = "splitMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub split_method: ::std::option::Option<::std::string::String>,
        /**Whether adjacent candidate sub-documents that share a type and an identifier are
merged into one split.*/
        #[serde(
            rename = "strictIdentifierModeEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub strict_identifier_mode_enabled: ::std::option::Option<bool>,
    }
    ///One kind of sub-document a splitter looks for.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SplitClassification {
        ///What sub-documents of this class look like.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///A unique ID of the class.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///What identifies one sub-document of this class.
        #[serde(
            rename = "identifierKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub identifier_key: ::std::option::Option<::std::string::String>,
        ///The type of the class; one class must have type "other".
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    ///The configuration used for a split run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SplitConfig {
        #[serde(
            rename = "advancedOptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub advanced_options: ::std::option::Option<SplitAdvancedOptions>,
        #[serde(
            rename = "baseProcessor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_processor: ::std::option::Option<crate::SplitBaseProcessor>,
        ///The version of the base processor.
        #[serde(
            rename = "baseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub base_version: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "parseConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_config: ::std::option::Option<ParseConfig>,
        ///The classes of sub-documents to look for.
        #[serde(
            rename = "splitClassifications",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub split_classifications: ::std::option::Option<
            ::std::vec::Vec<SplitClassification>,
        >,
        ///Custom rules for splitting.
        #[serde(
            rename = "splitRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub split_rules: ::std::option::Option<::std::string::String>,
    }
    ///The output of a split run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SplitOutput {
        ///Undocumented flag.
        #[serde(
            rename = "isExternal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_external: ::std::option::Option<bool>,
        ///The sub-documents found.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub splits: ::std::option::Option<::std::vec::Vec<Split>>,
    }
    /**A split run, as returned by Cancel Split Run and Get Split Run (API 2026-02-09).

Only what every response carries is required. A property the reference documents as
present only in some cases ("Present when ...") is optional and nullable: a client must
accept the key both absent and `null`.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SplitRun {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub config: ::std::option::Option<SplitConfig>,
        ///The time (in UTC) at which the object was created, in RFC 3339 format.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The URL to view the split run in the Extend dashboard.
        #[serde(
            rename = "dashboardUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub dashboard_url: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run results have been edited during review.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub edited: ::std::option::Option<bool>,
        ///A detailed message about the failure. Present when status is "FAILED".
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure. Present when status is "FAILED".
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<crate::FailureReason>,
        ///The file that was processed. Null when file ingestion failed or for a multi-file batch run.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        ///The unique identifier for this split run.
        pub id: ::std::string::String,
        ///The initial output from the split run, before any review edits. Present when reviewed is true.
        #[serde(
            rename = "initialOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub initial_output: ::std::option::Option<SplitOutput>,
        ///Any metadata that was provided when creating the split run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///The type of object. Will always be "split_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<SplitRunObject>,
        ///The final output, either reviewed or initial. Present when status is "PROCESSED".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output: ::std::option::Option<SplitOutput>,
        ///The ID of the parse run that was used for this split run. Present when a parse run was created.
        #[serde(
            rename = "parseRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_run_id: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run has been reviewed by a human.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reviewed: ::std::option::Option<bool>,
        ///The output after human review. Present when reviewed is true.
        #[serde(
            rename = "reviewedOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reviewed_output: ::std::option::Option<SplitOutput>,
        /**The splitter that was used for this run. Present when a splitter reference was
provided; not present when using inline config.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub splitter: ::std::option::Option<SplitterSummary>,
        ///The version of the splitter that was used for this run.
        #[serde(
            rename = "splitterVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub splitter_version: ::std::option::Option<SplitterVersionSummary>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the object was last updated, in RFC 3339 format.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        ///Usage credits consumed by this run. Present when status is "PROCESSED".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsage>,
    }
    ///The type of object. Will always be "split_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SplitRunObject {
        #[serde(rename = "split_run")]
        SplitRun,
    }
    impl ::std::fmt::Display for SplitRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SplitRun => f.write_str("split_run"),
            }
        }
    }
    impl ::std::str::FromStr for SplitRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "split_run" => Ok(Self::SplitRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SplitRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SplitRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Summary representation of a split run, as listed by List Split Runs (API 2026-02-09): the
run without `output`, `config` and the other large parts (retrieve the run by its ID for
those), and with `usage` without its breakdown.

Required as on the full run (SplitRun), which the reference documents; a property present
only in some cases is optional and nullable.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SplitRunSummary {
        ///The time (in UTC) at which the object was created, in RFC 3339 format.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The URL to view the split run in the Extend dashboard.
        #[serde(
            rename = "dashboardUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub dashboard_url: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run results have been edited during review.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub edited: ::std::option::Option<bool>,
        ///A detailed message about the failure. Present when status is "FAILED".
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure. Present when status is "FAILED".
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<crate::FailureReason>,
        ///The file that was processed. Null when file ingestion failed or for a multi-file batch run.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        ///The unique identifier for this split run.
        pub id: ::std::string::String,
        /**Any metadata that was provided when creating the split run. Present when metadata
was provided during creation.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///The type of object. Will always be "split_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<SplitRunSummaryObject>,
        ///The ID of the parse run that was used for this split run. Present when a parse run was created.
        #[serde(
            rename = "parseRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parse_run_id: ::std::option::Option<::std::string::String>,
        ///Indicates whether the run has been reviewed by a human.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reviewed: ::std::option::Option<bool>,
        /**The splitter that was used for this run. Present when a splitter reference was
provided; not present when using inline config.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub splitter: ::std::option::Option<SplitterSummary>,
        /**The version of the splitter that was used for this run. Present when a splitter
reference was provided.*/
        #[serde(
            rename = "splitterVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub splitter_version: ::std::option::Option<SplitterVersionSummary>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the object was last updated, in RFC 3339 format.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        /**Usage credits consumed by this split run, without the breakdown (retrieve the run by
its ID for that). Present when status is "PROCESSED". Will not be returned for runs
created before October 7, 2025 or for customers on legacy billing systems.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsageSummary>,
    }
    ///The type of object. Will always be "split_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SplitRunSummaryObject {
        #[serde(rename = "split_run")]
        SplitRun,
    }
    impl ::std::fmt::Display for SplitRunSummaryObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SplitRun => f.write_str("split_run"),
            }
        }
    }
    impl ::std::str::FromStr for SplitRunSummaryObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "split_run" => Ok(Self::SplitRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SplitRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SplitRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A page of split runs, as returned by List Split Runs (API 2026-02-09). Follow
`nextPageToken` for the next page; a page without one is the last.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SplitRunsListResponse {
        ///The runs of this page, as summaries.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub data: ::std::option::Option<::std::vec::Vec<SplitRunSummary>>,
        /**The token to pass as `nextPageToken` to fetch the next page. Absent (or null) on the
last page.*/
        #[serde(
            rename = "nextPageToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "list".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<SplitRunsListResponseObject>,
    }
    ///The type of object. Will always be "list".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SplitRunsListResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for SplitRunsListResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for SplitRunsListResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SplitRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SplitRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The splitter that was used for a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SplitterSummary {
        ///The time (in UTC) at which the splitter was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The ID of the splitter (`spl_...`).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name of the splitter.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "splitter".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the splitter was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    ///The version of the splitter that was used for a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SplitterVersionSummary {
        ///The time (in UTC) at which the version was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        /**Who created this version: a user of the studio (`type: user`, with `email`) or an API
key (`type: api_key`, with `name`). Null for splitter versions created before
attribution was recorded.*/
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<CreatedBy>,
        ///The description of the version.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The ID of the splitter version (`splv_...`).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "splitter_version".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The ID of the splitter.
        #[serde(
            rename = "splitterId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub splitter_id: ::std::option::Option<::std::string::String>,
        ///The version, such as "draft" or "1.0".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    /**The run of one workflow step, tagged by `stepType` (`PARSE`, `EXTRACT`, `CLASSIFY`,
`SPLIT`, `MERGE_EXTRACT`, `CONDITIONAL_EXTRACT`, `RULE_VALIDATION`,
`EXTERNAL_DATA_VALIDATION`). Any object is accepted.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct StepRun(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for StepRun {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<StepRun>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: StepRun) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for StepRun {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    /**The configuration that ran, with defaults applied (`engine`, `engineVersion`,
`advancedOptions`). Any object is accepted: cancelling never reads it.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct VerifyConfig(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for VerifyConfig {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyConfig>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: VerifyConfig) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for VerifyConfig {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    /**The verification result (signals and evidence); present when `status` is `PROCESSED`.
Any object is accepted: cancelling never reads it.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct VerifyOutput(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for VerifyOutput {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyOutput>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: VerifyOutput) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for VerifyOutput {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    /**A verify run (API 2026-02-09; in the Python SDK only): a check of one document for
evidence of tampering, forgery or AI generation.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct VerifyRun {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub config: ::std::option::Option<VerifyConfig>,
        ///The time (in UTC) at which the run was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///A human-readable description of the failure; present when `status` is `FAILED`.
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure, such as `PARSE_FAILED`; present when `status` is `FAILED`.
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        ///The file that was verified; null once the input file has been deleted.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        ///A unique identifier for the verify run (`vr_...`).
        pub id: ::std::string::String,
        /**Any metadata that was provided when creating the verify run. Present when metadata was
provided during creation.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///Metrics about the verification process. Present when status is "PROCESSED".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metrics: ::std::option::Option<VerifyRunMetrics>,
        ///The type of object. Will always be "verify_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<VerifyRunObject>,
        /**The verification result. Present when status is "PROCESSED"; for a zero-retention run it
is delivered once and purged afterwards.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output: ::std::option::Option<VerifyOutput>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub source: ::std::option::Option<crate::RunSource>,
        ///An identifier for the request that created the run.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<::std::string::String>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the run was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        ///Usage credits consumed by this verify run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsage>,
    }
    ///Metrics about the verification process; present when `status` is `PROCESSED`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct VerifyRunMetrics {
        ///The number of pages in the document; null when it could not be determined.
        #[serde(
            rename = "pageCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_count: ::std::option::Option<i64>,
        ///Total processing time in milliseconds.
        #[serde(
            rename = "processingTimeMs",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub processing_time_ms: ::std::option::Option<f64>,
    }
    ///The type of object. Will always be "verify_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum VerifyRunObject {
        #[serde(rename = "verify_run")]
        VerifyRun,
    }
    impl ::std::fmt::Display for VerifyRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VerifyRun => f.write_str("verify_run"),
            }
        }
    }
    impl ::std::str::FromStr for VerifyRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "verify_run" => Ok(Self::VerifyRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Summary representation of a verify run, as listed by List Verify Runs (its `riskLevel`, not its `output`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct VerifyRunSummary {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub config: ::std::option::Option<VerifyConfig>,
        ///The time (in UTC) at which the run was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///A human-readable description of the failure; present when `status` is `FAILED`.
        #[serde(
            rename = "failureMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason for failure; present when `status` is `FAILED`.
        #[serde(
            rename = "failureReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        ///The file that was verified; null once the input file has been deleted.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub file: ::std::option::Option<FileSummary>,
        ///A unique identifier for the verify run (`vr_...`).
        pub id: ::std::string::String,
        /**Any metadata that was provided when creating the verify run. Present when metadata was
provided during creation.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///Metrics about the verification process. Present when status is "PROCESSED".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metrics: ::std::option::Option<VerifyRunMetrics>,
        ///The type of object. Will always be "verify_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<VerifyRunSummaryObject>,
        ///The risk level of the run's result; null until the run is `PROCESSED`.
        #[serde(
            rename = "riskLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub risk_level: ::std::option::Option<crate::VerifyRiskLevel>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub source: ::std::option::Option<crate::RunSource>,
        ///An identifier for the request that created the run.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<::std::string::String>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the run was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        ///Usage credits consumed by this verify run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsage>,
    }
    ///The type of object. Will always be "verify_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum VerifyRunSummaryObject {
        #[serde(rename = "verify_run")]
        VerifyRun,
    }
    impl ::std::fmt::Display for VerifyRunSummaryObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VerifyRun => f.write_str("verify_run"),
            }
        }
    }
    impl ::std::str::FromStr for VerifyRunSummaryObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "verify_run" => Ok(Self::VerifyRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A page of verify runs, as returned by List Verify Runs. Follow `nextPageToken` for the
next page; a page without one is the last.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct VerifyRunsListResponse {
        ///The runs of this page, as summaries.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub data: ::std::option::Option<::std::vec::Vec<VerifyRunSummary>>,
        ///The token to pass as `nextPageToken` to fetch the next page. Absent (or null) on the last page.
        #[serde(
            rename = "nextPageToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "list".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<VerifyRunsListResponseObject>,
    }
    ///The type of object. Will always be "list".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum VerifyRunsListResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for VerifyRunsListResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for VerifyRunsListResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VerifyRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A workflow run (API 2026-02-09), as Cancel Workflow Run and Get Workflow Run return it.
Every key is present (most may be null). It has no `createdAt`: `initialRunAt` is the
time it was created.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkflowRun {
        /**The batch ID of the run (`batch_...`): all runs created from one batch of files have
the same one.*/
        #[serde(
            rename = "batchId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub batch_id: ::std::option::Option<::std::string::String>,
        ///A URL to view this workflow run in the Extend dashboard.
        #[serde(
            rename = "dashboardUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub dashboard_url: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the run finished executing; null if it has not.
        #[serde(
            rename = "endTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub end_time: ::std::option::Option<crate::Timestamp>,
        ///A more detailed message about the failure; only when its status is `FAILED`.
        #[serde(
            rename = "failureMessage",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///The reason the workflow run failed; only when its status is `FAILED`.
        #[serde(
            rename = "failureReason",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        ///The input files of the run.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub files: ::std::option::Option<::std::vec::Vec<FileSummary>>,
        ///The ID of the workflow run (`workflow_run_...`).
        pub id: ::std::string::String,
        ///The time (in UTC) at which the workflow run was created; null if it has not started yet.
        #[serde(
            rename = "initialRunAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub initial_run_at: ::std::option::Option<crate::Timestamp>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub metadata: ::std::option::Option<RunMetadata>,
        ///The type of object. Will always be "workflow_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<WorkflowRunObject>,
        ///A note added when the workflow run was rejected.
        #[serde(
            rename = "rejectionNote",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub rejection_note: ::std::option::Option<::std::string::String>,
        ///Whether the workflow run has been reviewed.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reviewed: ::std::option::Option<bool>,
        ///The time (in UTC) at which the run was reviewed; null if not reviewed.
        #[serde(
            rename = "reviewedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub reviewed_at: ::std::option::Option<crate::Timestamp>,
        ///The email address of the person who reviewed the run; null if not reviewed.
        #[serde(
            rename = "reviewedByUser",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub reviewed_by_user: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the run started executing; null if it has not.
        #[serde(
            rename = "startTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub start_time: ::std::option::Option<crate::Timestamp>,
        pub status: crate::RunStatus,
        /**The runs of the workflow's steps (tagged by `stepType`: `PARSE`, `EXTRACT`,
`CLASSIFY`, `SPLIT`, ...), each with its own run object. Kept as JSON objects here:
cancelling never reads them.*/
        #[serde(
            rename = "stepRuns",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub step_runs: ::std::option::Option<::std::vec::Vec<StepRun>>,
        /**Usage credits consumed by this workflow run, including a breakdown of every contributing
child run. Will not be returned for runs created before October 7, 2025 or for customers
on legacy billing systems.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsage>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub workflow: ::std::option::Option<WorkflowSummary>,
        #[serde(
            rename = "workflowVersion",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub workflow_version: ::std::option::Option<WorkflowVersionSummary>,
    }
    ///The type of object. Will always be "workflow_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum WorkflowRunObject {
        #[serde(rename = "workflow_run")]
        WorkflowRun,
    }
    impl ::std::fmt::Display for WorkflowRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WorkflowRun => f.write_str("workflow_run"),
            }
        }
    }
    impl ::std::str::FromStr for WorkflowRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "workflow_run" => Ok(Self::WorkflowRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WorkflowRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WorkflowRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Summary representation of a workflow run, as listed by List Workflow Runs: the run
without its step runs, with `createdAt` and `updatedAt`, and with `usage` without its
breakdown.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkflowRunSummary {
        ///The batch ID of the run (`batch_...`), when it was created from a batch of files.
        #[serde(
            rename = "batchId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub batch_id: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the run was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///A URL to view this workflow run in the Extend dashboard.
        #[serde(
            rename = "dashboardUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub dashboard_url: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the run finished; null if not finished.
        #[serde(
            rename = "endTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub end_time: ::std::option::Option<crate::Timestamp>,
        ///The input files of the run.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub files: ::std::option::Option<::std::vec::Vec<FileSummary>>,
        ///The ID of the workflow run (`workflow_run_...`).
        pub id: ::std::string::String,
        ///The time (in UTC) at which the run was created; null if it has not started yet.
        #[serde(
            rename = "initialRunAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub initial_run_at: ::std::option::Option<crate::Timestamp>,
        ///The type of object. Will always be "workflow_run".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<WorkflowRunSummaryObject>,
        ///The note added when the run was rejected.
        #[serde(
            rename = "rejectionNote",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub rejection_note: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the run was reviewed; null if not reviewed.
        #[serde(
            rename = "reviewedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub reviewed_at: ::std::option::Option<crate::Timestamp>,
        ///Who reviewed the run; null if not reviewed.
        #[serde(
            rename = "reviewedByUser",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub reviewed_by_user: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the run started executing; null if not started.
        #[serde(
            rename = "startTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub start_time: ::std::option::Option<crate::Timestamp>,
        pub status: crate::RunStatus,
        ///The time (in UTC) at which the run was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
        /**Usage credits consumed by this workflow run, without the breakdown (retrieve the run by
its ID for that). Will not be returned for runs created before October 7, 2025 or for
customers on legacy billing systems.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<RunUsageSummary>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub workflow: ::std::option::Option<WorkflowSummary>,
        #[serde(
            rename = "workflowVersion",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub workflow_version: ::std::option::Option<WorkflowVersionSummary>,
    }
    ///The type of object. Will always be "workflow_run".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum WorkflowRunSummaryObject {
        #[serde(rename = "workflow_run")]
        WorkflowRun,
    }
    impl ::std::fmt::Display for WorkflowRunSummaryObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WorkflowRun => f.write_str("workflow_run"),
            }
        }
    }
    impl ::std::str::FromStr for WorkflowRunSummaryObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "workflow_run" => Ok(Self::WorkflowRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WorkflowRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WorkflowRunSummaryObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A page of workflow runs, as returned by List Workflow Runs. Follow `nextPageToken` for
the next page; a page without one is the last.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkflowRunsListResponse {
        ///The runs of this page, as summaries.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub data: ::std::option::Option<::std::vec::Vec<WorkflowRunSummary>>,
        ///The token to pass as `nextPageToken` to fetch the next page. Absent (or null) on the last page.
        #[serde(
            rename = "nextPageToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_token: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "list".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<WorkflowRunsListResponseObject>,
    }
    ///The type of object. Will always be "list".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum WorkflowRunsListResponseObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for WorkflowRunsListResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for WorkflowRunsListResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WorkflowRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WorkflowRunsListResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The workflow a run belongs to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkflowSummary {
        ///The time (in UTC) at which the workflow was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Who created the workflow; null when not recorded.
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<CreatedBy>,
        ///The ID of the workflow (`workflow_...`).
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name of the workflow.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "workflow".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The time (in UTC) at which the workflow was last updated.
        #[serde(
            rename = "updatedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    ///The version of the workflow that ran.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WorkflowVersionSummary {
        ///The time (in UTC) at which the version was created.
        #[serde(
            rename = "createdAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Who created the version; null when not recorded.
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<CreatedBy>,
        ///The ID of the workflow version.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name of the version.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The type of object. Will always be "workflow_version".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The version, such as "draft" or "1".
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Extend cancel-run API

The endpoints of the Extend document-processing API that cancel a run: extract, classify,
split, workflow, parse and verify runs (API version 2026-02-09) and the legacy processor
run (API version 2025-04-21), with the complete run objects they return.

Extract, classify, split, parse, verify and processor runs can be cancelled while
`PROCESSING`; workflow runs while `PENDING` or `PROCESSING`, and their cancel may answer
`CANCELLING` (being cancelled), which ends as `CANCELLED`. Cancelling a verify run that has
already finished answers 200 with the run unchanged: read the run's status, not the HTTP
status.

The spec also describes the endpoints that serve cancelling (tag `lookup`), and only
those: the list endpoints of every kind, to find the runs to cancel (by status, owner,
batch, source or file name), the retrieve endpoints, to learn a run's final state after a
cancel (cancelling is best-effort, and the cancel response may still show `PROCESSING`),
and the batch lookup (`GET /batch_runs/{id}`).

Enumerations that the API documents as growing are written as
`anyOf: [{type: string, enum: [...]}, {type: string}]`, so that a client generated from this
file accepts a value added later. Unknown properties are always allowed.

Version: 2026-02-09*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::ClientState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::ClientState) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::ClientState> for Client {
    fn api_version() -> &'static str {
        "2026-02-09"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::ClientState {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::ClientState>,
    {}
};
#[allow(clippy::all)]
impl Client {
    /**Cancel Extract Run

Cancel an in-progress extract run.

Note: Only extract runs with a status of "PROCESSING" can be cancelled. Extractor runs
that have already completed, failed, or been cancelled cannot be cancelled again.

Sends a `POST` request to `/extract_runs/{id}/cancel`

Arguments:
- `id`: The ID of the extract run to cancel.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn cancel_extract_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ExtractRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/extract_runs/{}/cancel", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "cancel_extract_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Cancel Classify Run

Cancel an in-progress classify run.

Note: Only classify runs with a status of "PROCESSING" can be cancelled. Classifier runs
that have already completed, failed, or been cancelled cannot be cancelled again.

Sends a `POST` request to `/classify_runs/{id}/cancel`

Arguments:
- `id`: The ID of the classify run to cancel.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn cancel_classify_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ClassifyRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/classify_runs/{}/cancel", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "cancel_classify_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Cancel Split Run

Cancel an in-progress split run.

Note: Only split runs with a status of "PROCESSING" can be cancelled. Splitter runs that
have already completed, failed, or been cancelled cannot be cancelled again.

Sends a `POST` request to `/split_runs/{id}/cancel`

Arguments:
- `id`: The ID of the split run to cancel.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn cancel_split_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::SplitRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/split_runs/{}/cancel", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "cancel_split_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Cancel Processor Run

Cancel a running processor run by its ID. This endpoint allows you to stop a processor
run that is currently in progress.

Note: Only processor runs with a status of "PROCESSING" can be cancelled. Processor runs
that have already completed, failed, or been cancelled cannot be cancelled again.

This is the legacy endpoint of API version 2025-04-21. API version 2026-02-09 still
serves it for backward compatibility and marks it deprecated.

Both versions are served. This operation is described at, and defaults to, 2025-04-21
(its reference page), whose response is the `{success, processorRun}` shape below. The
official SDKs (extend-ai 1.x for Python and TypeScript, and the Go and Java SDKs) send
`x-extend-api-version: 2026-02-09` here instead; a client that does the same gets the
same wrapper, and the files inside `processorRun` in their 2026-02-09 shape, which the
`File` schema also covers.

Sends a `POST` request to `/processor_runs/{id}/cancel`

Arguments:
- `id`: The unique identifier for the processor run to cancel.
- `x_extend_api_version`: API version to use for the request. If you do not specify a version, you will
either receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn cancel_processor_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<
        ResponseValue<types::ProcessorRunCancelResponse>,
        Error<types::ErrorBody>,
    > {
        let url = format!(
            "{}/processor_runs/{}/cancel", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "cancel_processor_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List Extract Runs

List all extract runs.

Returns a summary of each run. Use `GET /extract_runs/{id}` to retrieve the full object
including `output` and `config`.

Here, to find the runs to cancel: filter by `status` (`PROCESSING`), by extractor, by batch,
by source or by file name, and follow `nextPageToken` until a page has none.

Sends a `GET` request to `/extract_runs`

Arguments:
- `batch_id`: Filters runs by the batch they belong to. Only returns runs created as part of the
specified batch.
- `extractor_id`: Filters extract runs by the extractor ID. If not provided, all extract runs are returned.
- `file_name_contains`: Filters runs by the name of the file. Only returns runs where the file name contains
this string.
- `max_page_size`: The maximum number of results to return in the response. You may receive less than this
number if there are fewer results than the maximum. The official SDK types give no bounds
(an integer).
- `next_page_token`: The token used to fetch the page of results from a previous request. We use cursor based
pagination and will return a `nextPageToken` in the response if there are more results.

Note that if other parameters are changed in subsequent requests, you may receive
inconsistent data.
- `sort_by`: Sort by the given field.
- `sort_dir`: Sort in ascending or descending order. Ascending order means the earliest result is
returned first.
- `source`: Filters runs by the source that created them. If not provided, runs from all sources are
returned.
- `source_id`: Filters runs by the source ID: the ID of the entity that created the run (for example
a workflow run).
- `status`: Filters runs by their status. `PROCESSING` lists the runs that can still be cancelled.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn list_extract_runs<'a>(
        &'a self,
        batch_id: Option<&'a str>,
        extractor_id: Option<&'a str>,
        file_name_contains: Option<&'a str>,
        max_page_size: Option<i64>,
        next_page_token: Option<&'a str>,
        sort_by: Option<&'a crate::SortBy>,
        sort_dir: Option<&'a crate::SortDir>,
        source: Option<&'a crate::RunSource>,
        source_id: Option<&'a str>,
        status: Option<&'a crate::RunStatus>,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ExtractRunsListResponse>, Error<types::ErrorBody>> {
        let url = format!("{}/extract_runs", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("batchId", &batch_id))
            .query(&progenitor_client::QueryParam::new("extractorId", &extractor_id))
            .query(
                &progenitor_client::QueryParam::new(
                    "fileNameContains",
                    &file_name_contains,
                ),
            )
            .query(&progenitor_client::QueryParam::new("maxPageSize", &max_page_size))
            .query(
                &progenitor_client::QueryParam::new("nextPageToken", &next_page_token),
            )
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .query(&progenitor_client::QueryParam::new("sortDir", &sort_dir))
            .query(&progenitor_client::QueryParam::new("source", &source))
            .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_extract_runs",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List Classify Runs

List all classify runs.

Returns a summary of each run. Use `GET /classify_runs/{id}` to retrieve the full object
including `output` and `config`.

Here, to find the runs to cancel: filter by `status` (`PROCESSING`), by classifier, by batch,
by source or by file name, and follow `nextPageToken` until a page has none.

Sends a `GET` request to `/classify_runs`

Arguments:
- `batch_id`: Filters runs by the batch they belong to. Only returns runs created as part of the
specified batch.
- `classifier_id`: Filters classify runs by the classifier ID. If not provided, all classify runs are returned.
- `file_name_contains`: Filters runs by the name of the file. Only returns runs where the file name contains
this string.
- `max_page_size`: The maximum number of results to return in the response. You may receive less than this
number if there are fewer results than the maximum. The official SDK types give no bounds
(an integer).
- `next_page_token`: The token used to fetch the page of results from a previous request. We use cursor based
pagination and will return a `nextPageToken` in the response if there are more results.

Note that if other parameters are changed in subsequent requests, you may receive
inconsistent data.
- `sort_by`: Sort by the given field.
- `sort_dir`: Sort in ascending or descending order. Ascending order means the earliest result is
returned first.
- `source`: Filters runs by the source that created them. If not provided, runs from all sources are
returned.
- `source_id`: Filters runs by the source ID: the ID of the entity that created the run (for example
a workflow run).
- `status`: Filters runs by their status. `PROCESSING` lists the runs that can still be cancelled.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn list_classify_runs<'a>(
        &'a self,
        batch_id: Option<&'a str>,
        classifier_id: Option<&'a str>,
        file_name_contains: Option<&'a str>,
        max_page_size: Option<i64>,
        next_page_token: Option<&'a str>,
        sort_by: Option<&'a crate::SortBy>,
        sort_dir: Option<&'a crate::SortDir>,
        source: Option<&'a crate::RunSource>,
        source_id: Option<&'a str>,
        status: Option<&'a crate::RunStatus>,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<
        ResponseValue<types::ClassifyRunsListResponse>,
        Error<types::ErrorBody>,
    > {
        let url = format!("{}/classify_runs", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("batchId", &batch_id))
            .query(&progenitor_client::QueryParam::new("classifierId", &classifier_id))
            .query(
                &progenitor_client::QueryParam::new(
                    "fileNameContains",
                    &file_name_contains,
                ),
            )
            .query(&progenitor_client::QueryParam::new("maxPageSize", &max_page_size))
            .query(
                &progenitor_client::QueryParam::new("nextPageToken", &next_page_token),
            )
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .query(&progenitor_client::QueryParam::new("sortDir", &sort_dir))
            .query(&progenitor_client::QueryParam::new("source", &source))
            .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_classify_runs",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List Split Runs

List all split runs.

Returns a summary of each run. Use `GET /split_runs/{id}` to retrieve the full object
including `output` and `config`.

Here, to find the runs to cancel: filter by `status` (`PROCESSING`), by splitter, by batch,
by source or by file name, and follow `nextPageToken` until a page has none.

Sends a `GET` request to `/split_runs`

Arguments:
- `batch_id`: Filters runs by the batch they belong to. Only returns runs created as part of the
specified batch.
- `file_name_contains`: Filters runs by the name of the file. Only returns runs where the file name contains
this string.
- `max_page_size`: The maximum number of results to return in the response. You may receive less than this
number if there are fewer results than the maximum. The official SDK types give no bounds
(an integer).
- `next_page_token`: The token used to fetch the page of results from a previous request. We use cursor based
pagination and will return a `nextPageToken` in the response if there are more results.

Note that if other parameters are changed in subsequent requests, you may receive
inconsistent data.
- `sort_by`: Sort by the given field.
- `sort_dir`: Sort in ascending or descending order. Ascending order means the earliest result is
returned first.
- `source`: Filters runs by the source that created them. If not provided, runs from all sources are
returned.
- `source_id`: Filters runs by the source ID: the ID of the entity that created the run (for example
a workflow run).
- `splitter_id`: Filters split runs by the splitter ID. If not provided, all split runs are returned.
- `status`: Filters runs by their status. `PROCESSING` lists the runs that can still be cancelled.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn list_split_runs<'a>(
        &'a self,
        batch_id: Option<&'a str>,
        file_name_contains: Option<&'a str>,
        max_page_size: Option<i64>,
        next_page_token: Option<&'a str>,
        sort_by: Option<&'a crate::SortBy>,
        sort_dir: Option<&'a crate::SortDir>,
        source: Option<&'a crate::RunSource>,
        source_id: Option<&'a str>,
        splitter_id: Option<&'a str>,
        status: Option<&'a crate::RunStatus>,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::SplitRunsListResponse>, Error<types::ErrorBody>> {
        let url = format!("{}/split_runs", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("batchId", &batch_id))
            .query(
                &progenitor_client::QueryParam::new(
                    "fileNameContains",
                    &file_name_contains,
                ),
            )
            .query(&progenitor_client::QueryParam::new("maxPageSize", &max_page_size))
            .query(
                &progenitor_client::QueryParam::new("nextPageToken", &next_page_token),
            )
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .query(&progenitor_client::QueryParam::new("sortDir", &sort_dir))
            .query(&progenitor_client::QueryParam::new("source", &source))
            .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
            .query(&progenitor_client::QueryParam::new("splitterId", &splitter_id))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_split_runs",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get Extract Run

Retrieve details about a specific extract run, including its status, outputs, and any
edits made during review.

Here, to learn a run's final state after a cancel: the cancel response may still show
`PROCESSING`, since cancelling is best-effort; retrieving the run later shows whether
it ended `CANCELLED` or finished first.

Sends a `GET` request to `/extract_runs/{id}`

Arguments:
- `id`: The unique identifier for this extract run.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn retrieve_extract_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ExtractRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/extract_runs/{}", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_extract_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get Classify Run

Retrieve details about a specific classify run, including its status and outputs.

Here, to learn a run's final state after a cancel: the cancel response may still show
`PROCESSING`, since cancelling is best-effort; retrieving the run later shows whether
it ended `CANCELLED` or finished first.

Sends a `GET` request to `/classify_runs/{id}`

Arguments:
- `id`: The unique identifier for this classify run.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn retrieve_classify_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ClassifyRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/classify_runs/{}", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_classify_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get Split Run

Retrieve details about a specific split run, including its status and outputs.

Here, to learn a run's final state after a cancel: the cancel response may still show
`PROCESSING`, since cancelling is best-effort; retrieving the run later shows whether
it ended `CANCELLED` or finished first.

Sends a `GET` request to `/split_runs/{id}`

Arguments:
- `id`: The unique identifier for this split run.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn retrieve_split_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::SplitRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/split_runs/{}", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_split_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get Processor Run

Retrieve details about a specific processor run, including its status, outputs, and
any edits made during review.

Here, to learn a legacy run's final state after a cancel: the cancel response may still
show `PROCESSING`, since cancelling is best-effort; retrieving the run later shows
whether it ended `CANCELLED` or finished first.

The legacy endpoint of API version 2025-04-21, described at and defaulting to that
version like Cancel Processor Run (its response is the same `{success, processorRun}`
wrapper). The official SDKs send `x-extend-api-version: 2026-02-09` here instead, and get
the same wrapper with the files in their 2026-02-09 shape, which the `File` schema also
covers.

Sends a `GET` request to `/processor_runs/{id}`

Arguments:
- `id`: The unique identifier for this processor run.
- `x_extend_api_version`: API version to use for the request. If you do not specify a version, you will
either receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn retrieve_processor_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ProcessorRunGetResponse>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/processor_runs/{}", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_processor_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Cancel Workflow Run

Cancel a running workflow run.

Note: Only workflow runs with a status of `PENDING` or `PROCESSING` can be cancelled.
Workflow runs that are completed, failed, in review, rejected, or already cancelled cannot be
cancelled.

Cancelling is not immediate: the run answered may be `CANCELLING` (being cancelled), which
ends as `CANCELLED`. Retrieve the run to learn when it has stopped.

Sends a `POST` request to `/workflow_runs/{id}/cancel`

Arguments:
- `id`: The ID of the workflow run to cancel.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn cancel_workflow_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::WorkflowRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/workflow_runs/{}/cancel", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "cancel_workflow_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List Workflow Runs

List runs of a Workflow. Workflows are sequences of steps that process files and data in a
specific order to achieve a desired outcome.

Here, to find the runs to cancel: filter by `status` (`PENDING` and `PROCESSING` can be
cancelled), by workflow, by batch (`batch_...`) or by file name, and follow `nextPageToken`
until a page has none.

Sends a `GET` request to `/workflow_runs`

Arguments:
- `batch_id`: Filters workflow runs by the batch ID: the runs created together by Batch Run Workflow
(`POST /workflow_runs/batch`).
- `file_name_contains`: Filters runs by the name of the file. Only returns runs where the file name contains
this string.
- `max_page_size`: The maximum number of results to return in the response. You may receive less than this
number if there are fewer results than the maximum. The official SDK types give no bounds
(an integer).
- `next_page_token`: The token used to fetch the page of results from a previous request. We use cursor based
pagination and will return a `nextPageToken` in the response if there are more results.

Note that if other parameters are changed in subsequent requests, you may receive
inconsistent data.
- `sort_by`: Sort by the given field.
- `sort_dir`: Sort in ascending or descending order. Ascending order means the earliest result is
returned first.
- `status`: Filters workflow runs by their status. If not provided, no filter is applied.
- `workflow_id`: Filters workflow runs by the workflow ID. If not provided, runs for all workflows are returned.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn list_workflow_runs<'a>(
        &'a self,
        batch_id: Option<&'a str>,
        file_name_contains: Option<&'a str>,
        max_page_size: Option<i64>,
        next_page_token: Option<&'a str>,
        sort_by: Option<&'a crate::SortBy>,
        sort_dir: Option<&'a crate::SortDir>,
        status: Option<&'a crate::RunStatus>,
        workflow_id: Option<&'a str>,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<
        ResponseValue<types::WorkflowRunsListResponse>,
        Error<types::ErrorBody>,
    > {
        let url = format!("{}/workflow_runs", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("batchId", &batch_id))
            .query(
                &progenitor_client::QueryParam::new(
                    "fileNameContains",
                    &file_name_contains,
                ),
            )
            .query(&progenitor_client::QueryParam::new("maxPageSize", &max_page_size))
            .query(
                &progenitor_client::QueryParam::new("nextPageToken", &next_page_token),
            )
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .query(&progenitor_client::QueryParam::new("sortDir", &sort_dir))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .query(&progenitor_client::QueryParam::new("workflowId", &workflow_id))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_workflow_runs",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get Workflow Run

Once a workflow has been run, you can check the status and output of a specific WorkflowRun.

Here, to learn a run's final state after a cancel: a cancel may answer `CANCELLING`, and the
run is retrieved until it is `CANCELLED` (or finished first).

Sends a `GET` request to `/workflow_runs/{id}`

Arguments:
- `id`: The ID of the workflow run.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn retrieve_workflow_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::WorkflowRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/workflow_runs/{}", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_workflow_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Cancel Parse Run

Cancel an in-progress parse run.

Note: Only parse runs with a status of `PROCESSING` can be cancelled. Parse runs that have
already completed, failed, or been cancelled cannot be cancelled again. The published status
enumerations have no `CANCELLED`, although the 2026-06-09 changelog says a cancel sets it;
the status is an open enumeration, so a client generated from this file keeps it.

Sends a `POST` request to `/parse_runs/{id}/cancel`

Arguments:
- `id`: The ID of the parse run to cancel.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn cancel_parse_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ParseRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/parse_runs/{}/cancel", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "cancel_parse_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List Parse Runs

List parse runs, as summaries (retrieve a run for its output and config). There is no
sorting.

Here, to find the runs to cancel: filter by `status` (`PROCESSING`), by batch (`bpar_...`),
by source or by file name, and follow `nextPageToken` until a page has none.

Sends a `GET` request to `/parse_runs`

Arguments:
- `batch_id`: Filter parse runs by the batch they belong to (`POST /parse_runs/batch`). When given,
it takes precedence over `source`.
- `file_name_contains`: Filters runs by the name of the file. Only returns runs where the file name contains
this string.
- `max_page_size`: The maximum number of results to return in the response. You may receive less than this
number if there are fewer results than the maximum. The official SDK types give no bounds
(an integer).
- `next_page_token`: The token used to fetch the page of results from a previous request. We use cursor based
pagination and will return a `nextPageToken` in the response if there are more results.

Note that if other parameters are changed in subsequent requests, you may receive
inconsistent data.
- `source`: Filters parse runs by the source that created them. If not provided, runs from all
sources are returned. Ignored when `batchId` is given.
- `source_id`: Filters runs by the source ID: the ID of the entity that created the run (for example
a workflow run).
- `status`: Filter parse runs by status.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn list_parse_runs<'a>(
        &'a self,
        batch_id: Option<&'a str>,
        file_name_contains: Option<&'a str>,
        max_page_size: Option<i64>,
        next_page_token: Option<&'a str>,
        source: Option<&'a crate::RunSource>,
        source_id: Option<&'a str>,
        status: Option<&'a crate::RunStatus>,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ParseRunsListResponse>, Error<types::ErrorBody>> {
        let url = format!("{}/parse_runs", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("batchId", &batch_id))
            .query(
                &progenitor_client::QueryParam::new(
                    "fileNameContains",
                    &file_name_contains,
                ),
            )
            .query(&progenitor_client::QueryParam::new("maxPageSize", &max_page_size))
            .query(
                &progenitor_client::QueryParam::new("nextPageToken", &next_page_token),
            )
            .query(&progenitor_client::QueryParam::new("source", &source))
            .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_parse_runs",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get Parse Run

Retrieve the status and results of a parse run.

Here, to learn a run's final state after a cancel: the cancel response may still show
`PROCESSING`, since cancelling is best-effort.

Sends a `GET` request to `/parse_runs/{id}`

Arguments:
- `id`: The ID of the parse run.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn retrieve_parse_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::ParseRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/parse_runs/{}", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_parse_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Cancel Verify Run

Cancel a verify run that is still `PROCESSING`.

Cancelling a run that has already reached a terminal status (`PROCESSED`, `FAILED` or
`CANCELLED`) is a no-op: the response is 200 with the run unchanged. A 200 is therefore not
proof of a cancel: read the run's `status`.

Verify runs exist in API version 2026-02-09 and, among the official SDKs, only in the
Python one (PyPI extend-ai 1.20.0).

Sends a `POST` request to `/verify_runs/{id}/cancel`

Arguments:
- `id`: The ID of the verify run to cancel.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn cancel_verify_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::VerifyRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/verify_runs/{}/cancel", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "cancel_verify_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List Verify Runs

List verify runs, as summaries (retrieve a run for its output). Verify runs have no batches.

Here, to find the runs to cancel: filter by `status` (`PROCESSING`), by source or by file
name, and follow `nextPageToken` until a page has none.

Sends a `GET` request to `/verify_runs`

Arguments:
- `file_name_contains`: Filters runs by the name of the file. Only returns runs where the file name contains
this string.
- `max_page_size`: The maximum number of results to return in the response. You may receive less than this
number if there are fewer results than the maximum. The official SDK types give no bounds
(an integer).
- `next_page_token`: The token used to fetch the page of results from a previous request. We use cursor based
pagination and will return a `nextPageToken` in the response if there are more results.

Note that if other parameters are changed in subsequent requests, you may receive
inconsistent data.
- `risk_level`: Filters verify runs by the risk level of their result.
- `sort_by`: Sort by the given field.
- `sort_dir`: Sort in ascending or descending order. Ascending order means the earliest result is
returned first.
- `source`: Filters verify runs by how they were created.
- `source_id`: Filters runs by the source ID: the ID of the entity that created the run (for example
a workflow run).
- `status`: Filters verify runs by their status.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn list_verify_runs<'a>(
        &'a self,
        file_name_contains: Option<&'a str>,
        max_page_size: Option<i64>,
        next_page_token: Option<&'a str>,
        risk_level: Option<&'a crate::VerifyRiskLevel>,
        sort_by: Option<&'a crate::SortBy>,
        sort_dir: Option<&'a crate::SortDir>,
        source: Option<&'a crate::RunSource>,
        source_id: Option<&'a str>,
        status: Option<&'a crate::RunStatus>,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::VerifyRunsListResponse>, Error<types::ErrorBody>> {
        let url = format!("{}/verify_runs", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(
                &progenitor_client::QueryParam::new(
                    "fileNameContains",
                    &file_name_contains,
                ),
            )
            .query(&progenitor_client::QueryParam::new("maxPageSize", &max_page_size))
            .query(
                &progenitor_client::QueryParam::new("nextPageToken", &next_page_token),
            )
            .query(&progenitor_client::QueryParam::new("riskLevel", &risk_level))
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .query(&progenitor_client::QueryParam::new("sortDir", &sort_dir))
            .query(&progenitor_client::QueryParam::new("source", &source))
            .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_verify_runs",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get Verify Run

Retrieve a verify run: its status and, once `PROCESSED`, its result.

Sends a `GET` request to `/verify_runs/{id}`

Arguments:
- `id`: The ID of the verify run.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn retrieve_verify_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::VerifyRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/verify_runs/{}", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_verify_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            422u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List Processor Runs

List runs of a Processor (API version 2025-04-21, like Cancel Processor Run), as summaries.
There is no batch filter.

Here, to find the legacy runs to cancel: filter by `status` (`PROCESSING`), by processor, by
processor type, by source or by file name, and follow `nextPageToken` until a page has none.

Sends a `GET` request to `/processor_runs`

Arguments:
- `file_name_contains`: Filters runs by the name of the file. Only returns runs where the file name contains
this string.
- `max_page_size`: The maximum number of results to return in the response. You may receive less than this
number if there are fewer results than the maximum. The official SDK types give no bounds
(an integer).
- `next_page_token`: The token used to fetch the page of results from a previous request. We use cursor based
pagination and will return a `nextPageToken` in the response if there are more results.

Note that if other parameters are changed in subsequent requests, you may receive
inconsistent data.
- `processor_id`: Filters processor runs by the processor ID. If not provided, runs for all processors are
returned.
- `processor_type`: Filters processor runs by the processor type. If not provided, runs for all processor
types are returned.
- `sort_by`: Sort by the given field.
- `sort_dir`: Sort in ascending or descending order. Ascending order means the earliest result is
returned first.
- `source`: Filters runs by the source that created them. If not provided, runs from all sources are
returned.
- `source_id`: Filters runs by the source ID: the ID of the entity that created the run (for example
a workflow run).
- `status`: Filters processor runs by their status. If not provided, no filter is applied.
- `x_extend_api_version`: API version to use for the request. If you do not specify a version, you will
either receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn list_processor_runs<'a>(
        &'a self,
        file_name_contains: Option<&'a str>,
        max_page_size: Option<i64>,
        next_page_token: Option<&'a str>,
        processor_id: Option<&'a str>,
        processor_type: Option<&'a crate::LegacyProcessorType>,
        sort_by: Option<&'a crate::SortBy>,
        sort_dir: Option<&'a crate::SortDir>,
        source: Option<&'a crate::RunSource>,
        source_id: Option<&'a str>,
        status: Option<&'a crate::RunStatus>,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<
        ResponseValue<types::ProcessorRunsListResponse>,
        Error<types::ErrorBody>,
    > {
        let url = format!("{}/processor_runs", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(
                &progenitor_client::QueryParam::new(
                    "fileNameContains",
                    &file_name_contains,
                ),
            )
            .query(&progenitor_client::QueryParam::new("maxPageSize", &max_page_size))
            .query(
                &progenitor_client::QueryParam::new("nextPageToken", &next_page_token),
            )
            .query(&progenitor_client::QueryParam::new("processorId", &processor_id))
            .query(&progenitor_client::QueryParam::new("processorType", &processor_type))
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .query(&progenitor_client::QueryParam::new("sortDir", &sort_dir))
            .query(&progenitor_client::QueryParam::new("source", &source))
            .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_processor_runs",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get Batch Run

Retrieve a batch run: the batch of files submitted by one of the batch endpoints
(`POST /extract_runs/batch`, `/classify_runs/batch`, `/split_runs/batch`,
`/parse_runs/batch`), with its status and the number of runs in it.

Here, to check a batch before cancelling its runs (list them with `batchId`). Workflow
batches (`batch_...`) have no batch run.

Sends a `GET` request to `/batch_runs/{id}`

Arguments:
- `id`: The ID of the batch run.
- `x_extend_api_version`: API version to use for the request. If you're using an SDK, you can ignore this
parameter. If you are not using an SDK and do not specify a version, you will either
receive a 400 Bad Request or be set to a previous legacy version.
- `x_extend_workspace_id`: The workspace ID to target. Required when using an organization-scoped API key;
optional for workspace-scoped keys (the key is already tied to a workspace).
*/
    pub async fn retrieve_batch_run<'a>(
        &'a self,
        id: &'a str,
        x_extend_api_version: Option<&'a str>,
        x_extend_workspace_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::BatchRun>, Error<types::ErrorBody>> {
        let url = format!(
            "{}/batch_runs/{}", self.baseurl, encode_path(& id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = x_extend_api_version {
            header_map.append("x-extend-api-version", value.to_string().try_into()?);
        }
        if let Some(value) = x_extend_workspace_id {
            header_map.append("x-extend-workspace-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "retrieve_batch_run",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            402u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            429u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
