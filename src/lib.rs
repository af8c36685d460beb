#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod bulk;
mod client;
mod config;
mod correction;
mod decode;
mod error;
pub mod generated;
mod hooks;
#[cfg(feature = "test-util")]
pub mod mock;
mod open_enum;
pub mod retry;
mod run_id;
mod salvage;
mod timestamp;
mod unions;

pub use bulk::{CancelMany, DEFAULT_CONCURRENCY};
pub use client::{CallOptions, CancelRequest, CancelledRun, Client, Endpoint, Runs};
pub use config::{
    ClientBuilder, ClientState, Environment, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
};
pub use correction::{Correction, Decoded, Problem};
pub use decode::{decode_response, RunBody};
pub use error::{ApiError, ConfigError, DecodeError, Error};
pub use generated::types;
pub use open_enum::{
    ClassifyBaseProcessor, ExtractBaseProcessor, ExtractionFieldType, FailureReason, FileType, InsightType,
    LegacyProcessorStatus, LegacyProcessorType, ProcessorRunStatus, SplitBaseProcessor, UsageObjectType,
};
pub use retry::RetryPolicy;
pub use run_id::{validate_run_id, InvalidRunId, RunIdProblem, RunKind, MAX_RUN_ID_LEN};
pub use timestamp::Timestamp;
pub use types::{ClassifyRun, ExtractRun, LegacyProcessorRun, ProcessorRunCancelResponse, SplitRun};
pub use unions::{
    ExtractConfig, ExtractOutput, ExtractOutputJson, LegacyProcessorOutput, LegacyProcessorRunConfig,
};
