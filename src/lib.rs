#![doc = include_str!("../README.md")]
#![deny(missing_docs, missing_debug_implementations)]
#![forbid(unsafe_code)]

mod api_error;
mod attempts;
mod batch;
mod bulk;
mod client;
mod config;
mod correction;
mod error;
mod filter;
pub mod generated;
mod headers;
mod kinds;
mod list;
#[cfg(feature = "test-util")]
pub mod mock;
mod open_enum;
mod outcome;
mod pacing;
mod response;
pub mod retry;
mod run;
mod run_body;
mod run_id;
mod salvage;
mod settle;
mod state;
mod summary;
mod sweep;
mod timestamp;
mod unions;

pub use api_error::ApiError;
pub use batch::DEFAULT_CONCURRENCY;
pub use bulk::{CancelMany, CancelOutcomes, GetMany};
pub use client::{CancelRequest, Client, RunRequest};
pub use config::{ClientBuilder, Environment, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT};
pub use correction::{Correction, Decoded, Problem};
pub use error::{ConfigError, DecodeError, Error, TimeoutLimit};
pub use filter::{ListMatching, RunFilter, RunSummary};
pub use generated::types;
pub use kinds::Runs;
pub use list::ListRuns;
pub use open_enum::{
    ClassifyBaseProcessor, ExtractBaseProcessor, ExtractionFieldType, FailureReason, FileType, InsightType,
    LegacyProcessorStatus, LegacyProcessorType, ProcessorRunStatus, RunSource, SortBy, SortDir,
    SplitBaseProcessor, UsageObjectType,
};
pub use outcome::Outcome;
pub use response::decode_response;
pub use retry::RetryPolicy;
pub use run::{CancelledRun, Run};
pub use run_body::RunBody;
pub use run_id::{validate_run_id, InvalidRunId, RunIdProblem, RunKind, MAX_RUN_ID_LEN};
pub use state::{ClientState, DEFAULT_MAX_RESPONSE_BYTES};
pub use summary::Summary;
pub use sweep::{CancelMatching, StopHandle};
pub use timestamp::Timestamp;
pub use types::{ClassifyRun, ExtractRun, LegacyProcessorRun, ProcessorRunCancelResponse, SplitRun};
pub use unions::{
    ExtractConfig, ExtractOutput, ExtractOutputJson, LegacyProcessorOutput, LegacyProcessorRunConfig,
};
