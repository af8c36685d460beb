#![doc = include_str!("../README.md")]
#![deny(missing_docs, missing_debug_implementations)]
#![forbid(unsafe_code)]

mod api_error;
mod attempts;
mod bulk;
mod cancel;
mod cancelled_run;
mod client;
mod config;
mod correction;
mod error;
pub mod generated;
mod headers;
#[cfg(feature = "test-util")]
pub mod mock;
mod open_enum;
mod response;
pub mod retry;
mod run_body;
mod run_id;
mod salvage;
mod state;
mod timestamp;
mod unions;

pub use api_error::ApiError;
pub use bulk::{CancelMany, DEFAULT_CONCURRENCY};
pub use cancelled_run::CancelledRun;
pub use client::{CancelRequest, Client, Runs};
pub use config::{ClientBuilder, Environment, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};
pub use correction::{Correction, Decoded, Problem};
pub use error::{ConfigError, DecodeError, Error, TimeoutLimit};
pub use generated::types;
pub use open_enum::{
    ClassifyBaseProcessor, ExtractBaseProcessor, ExtractionFieldType, FailureReason, FileType, InsightType,
    LegacyProcessorStatus, LegacyProcessorType, ProcessorRunStatus, RunSource, SortBy, SortDir,
    SplitBaseProcessor, UsageObjectType,
};
pub use response::decode_response;
pub use retry::RetryPolicy;
pub use run_body::RunBody;
pub use run_id::{validate_run_id, InvalidRunId, RunIdProblem, RunKind, MAX_RUN_ID_LEN};
pub use state::{ClientState, DEFAULT_MAX_RESPONSE_BYTES};
pub use timestamp::Timestamp;
pub use types::{ClassifyRun, ExtractRun, LegacyProcessorRun, ProcessorRunCancelResponse, SplitRun};
pub use unions::{
    ExtractConfig, ExtractOutput, ExtractOutputJson, LegacyProcessorOutput, LegacyProcessorRunConfig,
};
