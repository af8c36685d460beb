//! Forward-compatible enums: the values the spec lists, plus `Other(String)` for any value the
//! API adds later. An `Other` value serializes back to exactly the string it was read from.

/// Defines an enum of known wire strings with an `Other(String)` fallback, and its serde,
/// `Display`, `FromStr` and `as_str` implementations.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version of the crate does not know, kept exactly as received.
            Other(String),
        }

        impl $name {
            /// Every value this version of the crate knows, in the spec's order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The wire string of this value.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Other(value) => value,
                }
            }

            /// Whether this value is one the crate does not know (`Other`).
            pub fn is_unknown(&self) -> bool {
                matches!(self, $name::Other(_))
            }
        }

        impl $name {
            /// The known value with this wire string, if any.
            fn known(value: &str) -> Option<Self> {
                match value {
                    $( $wire => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::known(value).unwrap_or_else(|| $name::Other(value.to_owned()))
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self::known(&value).unwrap_or($name::Other(value))
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // Borrow when the input allows it, so known values cost no allocation.
                let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                Ok(match value {
                    std::borrow::Cow::Borrowed(s) => Self::from(s),
                    std::borrow::Cow::Owned(s) => Self::from(s),
                })
            }
        }
    };
}

open_enum! {
    /// The status of a run of any kind, or of a batch run: one set of values for every kind, so
    /// that a batch decides each run's outcome the same way. Each kind uses some of them
    /// (workflow runs alone are `NEEDS_REVIEW`, `REJECTED` or `CANCELLING`; verify runs are never
    /// `PENDING`).
    RunStatus {
        /// The run has been created and is waiting to be processed. Workflow runs can be
        /// cancelled while pending; other kinds cannot.
        Pending => "PENDING",
        /// The run is in progress; such runs can be cancelled.
        Processing => "PROCESSING",
        /// The run completed successfully.
        Processed => "PROCESSED",
        /// The run failed.
        Failed => "FAILED",
        /// The run was cancelled.
        Cancelled => "CANCELLED",
        /// A workflow run waits for a manual review (it is no longer processing and cannot be
        /// cancelled).
        NeedsReview => "NEEDS_REVIEW",
        /// A workflow run was rejected during review.
        Rejected => "REJECTED",
        /// A workflow run is being cancelled: not finished yet, it ends `CANCELLED`.
        Cancelling => "CANCELLING",
    }
}

/// The status of a legacy processor run: the same values as [`RunStatus`].
pub type LegacyProcessorStatus = RunStatus;

open_enum! {
    /// The source that created a run (a filter of the list endpoints). Parse runs and verify
    /// runs have sources of their own; this enum knows them all.
    RunSource {
        /// Created by admin.
        Admin => "ADMIN",
        /// Created from a batch run.
        BatchProcessorRun => "BATCH_PROCESSOR_RUN",
        /// Created from the playground.
        Playground => "PLAYGROUND",
        /// Created from a workflow configuration.
        WorkflowConfiguration => "WORKFLOW_CONFIGURATION",
        /// Created from a workflow run.
        WorkflowRun => "WORKFLOW_RUN",
        /// Created from Studio.
        Studio => "STUDIO",
        /// Created via the API.
        Api => "API",
        /// A parse run created by a batch parse (`POST /parse_runs/batch`).
        BatchParserRun => "BATCH_PARSER_RUN",
        /// A parse run created by an edit run.
        EditRun => "EDIT_RUN",
        /// A parse run created by a document processor run.
        DocumentProcessorRun => "DOCUMENT_PROCESSOR_RUN",
    }
}

open_enum! {
    /// The document-level risk level of a verify run's result (a filter of the verify list).
    VerifyRiskLevel {
        /// Low risk.
        Low => "LOW",
        /// Medium risk.
        Medium => "MEDIUM",
        /// High risk.
        High => "HIGH",
    }
}

open_enum! {
    /// The field a list is sorted by.
    SortBy {
        /// The time of the last update.
        UpdatedAt => "updatedAt",
        /// The time of creation.
        CreatedAt => "createdAt",
    }
}

open_enum! {
    /// The direction a list is sorted in.
    SortDir {
        /// The earliest first.
        Asc => "asc",
        /// The latest first.
        Desc => "desc",
    }
}

open_enum! {
    /// Why a run failed. The API documents that reasons are added over time.
    FailureReason {
        /// The run was aborted by the user.
        Aborted => "ABORTED",
        /// An unexpected internal error occurred.
        InternalError => "INTERNAL_ERROR",
        /// The file could not be processed (OCR failure, file access issues).
        FailedToProcessFile => "FAILED_TO_PROCESS_FILE",
        /// The processor configuration is invalid.
        InvalidProcessor => "INVALID_PROCESSOR",
        /// The configuration is incompatible with the selected model.
        InvalidConfiguration => "INVALID_CONFIGURATION",
        /// The model output could not be parsed.
        ParsingError => "PARSING_ERROR",
        /// An error occurred during preprocessing.
        PreProcessingFailure => "PRE_PROCESSING_FAILURE",
        /// An error occurred during postprocessing.
        PostProcessingFailure => "POST_PROCESSING_FAILURE",
        /// Insufficient credits.
        OutOfCredits => "OUT_OF_CREDITS",
        /// Automatic schema inference failed (extract runs only).
        SchemaGenerationFailed => "SCHEMA_GENERATION_FAILED",
    }
}

open_enum! {
    /// The type of a file.
    FileType {
        /// PDF.
        Pdf => "PDF",
        /// CSV.
        Csv => "CSV",
        /// An image.
        Img => "IMG",
        /// Plain text.
        Txt => "TXT",
        /// Word document.
        Docx => "DOCX",
        /// Spreadsheet.
        Excel => "EXCEL",
        /// XML.
        Xml => "XML",
        /// HTML.
        Html => "HTML",
    }
}

open_enum! {
    /// The base model of an extractor.
    ExtractBaseProcessor {
        /// The default, most accurate model.
        ExtractionPerformance => "extraction_performance",
        /// The faster, cheaper model.
        ExtractionLight => "extraction_light",
        /// The Operator model.
        ExtractionOperator => "extraction_operator",
    }
}

open_enum! {
    /// The base model of a classifier.
    ClassifyBaseProcessor {
        /// The most accurate model.
        ClassificationPerformance => "classification_performance",
        /// The faster, cheaper model.
        ClassificationLight => "classification_light",
        /// The lowest-latency model.
        ClassificationInstant => "classification_instant",
        /// The standard model.
        ClassificationStandard => "classification_standard",
    }
}

open_enum! {
    /// The base model of a splitter.
    SplitBaseProcessor {
        /// The most accurate model.
        SplittingPerformance => "splitting_performance",
        /// The faster, cheaper model.
        SplittingLight => "splitting_light",
    }
}

open_enum! {
    /// The kind of an insight.
    InsightType {
        /// The model's reasoning.
        Reasoning => "reasoning",
        /// An issue the review agent found.
        Issue => "issue",
        /// The review agent's summary.
        ReviewSummary => "review_summary",
    }
}

open_enum! {
    /// The kind of a legacy processor (and of its config).
    LegacyProcessorType {
        /// A classifier.
        Classify => "CLASSIFY",
        /// An extractor.
        Extract => "EXTRACT",
        /// A splitter.
        Splitter => "SPLITTER",
    }
}

open_enum! {
    /// The kind of run a usage breakdown entry charges for.
    UsageObjectType {
        /// An extract run.
        ExtractRun => "extract_run",
        /// A classify run.
        ClassifyRun => "classify_run",
        /// A split run.
        SplitRun => "split_run",
        /// A parse run.
        ParseRun => "parse_run",
        /// An edit run.
        EditRun => "edit_run",
        /// A form detection run.
        FormDetectionRun => "form_detection_run",
    }
}

open_enum! {
    /// The type of a field in a fields-array extraction.
    ExtractionFieldType {
        /// Text.
        String => "string",
        /// A number.
        Number => "number",
        /// An amount of money.
        Currency => "currency",
        /// True or false.
        Boolean => "boolean",
        /// A date.
        Date => "date",
        /// One of a list of values.
        Enum => "enum",
        /// A list.
        Array => "array",
        /// Nested fields.
        Object => "object",
        /// A signature.
        Signature => "signature",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_round_trip() {
        for status in RunStatus::KNOWN {
            let json = serde_json::to_string(status).unwrap();
            assert_eq!(serde_json::from_str::<RunStatus>(&json).unwrap(), *status);
        }
        assert_eq!(serde_json::from_str::<RunStatus>("\"CANCELLED\"").unwrap(), RunStatus::Cancelled);
    }

    #[test]
    fn unknown_values_are_kept_and_written_back_verbatim() {
        let reason: FailureReason = serde_json::from_str("\"QUOTA_\\u00e9XCEEDED\"").unwrap();
        assert_eq!(reason, FailureReason::Other("QUOTA_éXCEEDED".into()));
        assert!(reason.is_unknown());
        assert_eq!(serde_json::to_string(&reason).unwrap(), "\"QUOTA_éXCEEDED\"");
        assert_eq!(reason.to_string(), "QUOTA_éXCEEDED");
    }

    #[test]
    fn non_strings_are_rejected() {
        assert!(serde_json::from_str::<FileType>("3").is_err());
        assert!(serde_json::from_str::<FileType>("null").is_err());
    }
}
