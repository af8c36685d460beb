#![doc = include_str!("../README.md")]
#![deny(missing_docs, missing_debug_implementations)]
#![forbid(unsafe_code)]

// The layers, lowest first; each imports only from its own and those above it in this list
// (`cargo xtask modules` checks it, and that the list keeps this order).
// 1: the tolerant decoding.
mod decode;
// 2: what the API sends (`generated` is build.rs's output).
pub mod generated;
mod model;
// 3: the one error type.
mod error;
// 4: one call on the wire.
mod transport;
// 5: the client and each kind's calls.
mod client;
// 6: listing.
mod listing;
// 7: batches.
mod batch;
// 8: test helpers (feature `test-util`).
#[cfg(feature = "test-util")]
pub mod mock;

pub use batch::{
    breaker::DEFAULT_STOP_AFTER_FAILURES,
    by_id::{CancelMany, CancelOutcomes, GetMany},
    limits::{DEFAULT_CANCELLING_WAIT, DEFAULT_CONCURRENCY},
    matching::{CancelMatching, StopHandle},
    outcome::Outcome,
    summary::Summary,
};
pub use client::{
    builder::{ClientBuilder, Environment, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT},
    calls::Runs,
    request::{Client, RunRequest},
};
pub use decode::correction::{Correction, Decoded, Problem};
pub use error::{
    api::ApiError, BatchStop, ConfigError, DecodeError, Error, StopReason, TimeoutLimit, TransportCause,
};
pub use generated::types;
pub use listing::{
    filter::{ListMatching, RunFilter},
    listed::ListedRun,
    pages::ListRuns,
};
pub use model::{
    open_enum::{
        ClassifyBaseProcessor, ExtractBaseProcessor, ExtractionFieldType, FailureReason, FileType,
        InsightType, LegacyProcessorStatus, LegacyProcessorType, RunSource, RunStatus, SortBy, SortDir,
        SplitBaseProcessor, UsageObjectType, VerifyRiskLevel,
    },
    run::Run,
    run_body::RunBody,
    run_id::{validate_run_id, InvalidRunId, RunIdProblem, RunKind, MAX_RUN_ID_LEN},
    timestamp::Timestamp,
    unions::{
        ExtractConfig, ExtractOutput, ExtractOutputJson, LegacyProcessorOutput, LegacyProcessorRunConfig,
    },
};
pub use transport::{
    response::decode_response,
    retry::{self, RetryPolicy},
    settings::{ClientState, DEFAULT_MAX_RESPONSE_BYTES},
};
pub use types::{ClassifyRun, ExtractRun, LegacyProcessorRun, ProcessorRunCancelResponse, SplitRun};
