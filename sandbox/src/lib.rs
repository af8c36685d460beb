//! An offline Extend look-alike: a real HTTP server on loopback that implements the four cancel
//! endpoints with state, for examples, demos and your own tests. It is a crate of its own so that
//! users of `extend-cancel` never compile it: add it as a dev-dependency.
//!
//! ```toml
//! [dev-dependencies]
//! extend-cancel-sandbox = "0.1"
//! ```
//!
//! [`Sandbox::start`] binds `127.0.0.1` on a free port and serves
//! `POST /{extract,classify,split,processor}_runs/{id}/cancel` the way the spec
//! (`openapi/extend-cancel.yaml`) describes them. Point any client at [`Sandbox::base_url`]
//! with [`Sandbox::api_key`]; the server stops when the `Sandbox` is dropped.
//!
//! ```
//! use extend_cancel::{CancelledRun, Client, Error, ProcessorRunStatus};
//! use extend_cancel_sandbox::Sandbox;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = Sandbox::start().await?;
//! let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
//!
//! // A PROCESSING run is cancelled and stays cancelled.
//! let run = client.extract_runs().cancel("exr_processing").await?;
//! assert_eq!(run.status, ProcessorRunStatus::Cancelled);
//! assert_eq!(sandbox.run("exr_processing").unwrap().status(), "CANCELLED");
//!
//! // Any other status is refused with 400 INVALID_REQUEST.
//! let Err(Error::Api(api)) = client.cancel("splr_processed").await else { panic!() };
//! assert_eq!((api.status.as_u16(), api.code.as_deref()), (400, Some("INVALID_REQUEST")));
//! # Ok(()) }
//! ```
//!
//! # What it does
//!
//! | Request | Response |
//! |---|---|
//! | cancel a `PROCESSING` run | 200 with the complete run object, now `CANCELLED` (for processor runs the `{success, processorRun}` wrapper); the run stays `CANCELLED` |
//! | cancel a run in any other status | 400 `INVALID_REQUEST` |
//! | an id the sandbox does not hold (or a run of another kind) | 404 `NOT_FOUND` |
//! | no `Authorization: Bearer <key>`, or another key | 401 `UNAUTHORIZED` |
//! | an `x-extend-workspace-id` other than [`Sandbox::workspace_id`] | 403 `FORBIDDEN` (no header is fine: a workspace-scoped key) |
//! | another method on a cancel path | 405 with `Allow: POST` |
//! | any other path | 404 `NOT_FOUND` |
//!
//! Error bodies have the shape of the endpoint's API version: the 2026-02-09 shape
//! `{"code", "message", "retryable", "requestId"}` on the extract, classify and split
//! endpoints, the 2025-04-21 shape `{"success": false, "error": "..."}` on the processor
//! endpoint. Every response carries an `x-extend-request-id` header (`req_sandbox_<n>`), the
//! same id as the body's `requestId`. Bodies are serialized from the generated types in
//! [`extend_cancel::types`], so they follow the spec's schemas.
//!
//! # Seeded runs
//!
//! A new sandbox holds one run of every kind in every status, with the id
//! `<prefix><status in lowercase>` ([`seeded_run_id`]):
//!
//! | | PENDING | PROCESSING | PROCESSED | FAILED | CANCELLED |
//! |---|---|---|---|---|---|
//! | extract | `exr_pending` | `exr_processing` | `exr_processed` | `exr_failed` | `exr_cancelled` |
//! | classify | `clr_pending` | `clr_processing` | `clr_processed` | `clr_failed` | `clr_cancelled` |
//! | split | `splr_pending` | `splr_processing` | `splr_processed` | `splr_failed` | `splr_cancelled` |
//! | processor | `dpr_pending` | `dpr_processing` | `dpr_processed` | `dpr_failed` | `dpr_cancelled` |
//!
//! Add your own with [`Sandbox::insert`] (the [`sample`] module builds complete runs), read a
//! run's current state with [`Sandbox::run`], and start empty with
//! [`SandboxBuilder::seeded`]`(false)`.
//!
//! # Faults
//!
//! [`Sandbox::inject`] makes the next N requests fail (or wait) before they are handled, so
//! that you can test your own retry handling: a 429 with `Retry-After`, a 5xx with a JSON
//! error body, a 5xx HTML page as a proxy sends it, or a delay. [`Sandbox::requests`] lists
//! what the sandbox received and answered.
//!
//! ```
//! use extend_cancel::{Client, RetryPolicy};
//! use extend_cancel_sandbox::{Fault, Sandbox};
//! use std::time::Duration;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = Sandbox::start().await?;
//! let client = sandbox
//!     .client_builder()
//!     .retry_policy(RetryPolicy::default().initial_backoff(Duration::from_millis(10)))
//!     .build()?;
//! sandbox.inject(Fault::ServerError { status: 503 }, 2);
//! let run = client.classify_runs().cancel("clr_processing").await?; // 503, 503, then 200
//! assert_eq!(run.status.as_str(), "CANCELLED");
//! let statuses: Vec<u16> = sandbox.requests().iter().map(|r| r.status).collect();
//! assert_eq!(statuses, [503, 503, 200]);
//! # Ok(()) }
//! ```

#![deny(missing_docs)]
#![deny(missing_debug_implementations)]
#![forbid(unsafe_code)]

// No two modules use each other: `run` builds on `sample`, `seed` on `run`; `state` holds the
// runs, faults and recorded requests; `server` answers from `state`; `handle` (the `Sandbox`
// and its builder) seeds a `state` and starts `server` on it.
pub mod sample;

mod fault;
mod handle;
mod recorded;
mod run;
mod seed;
mod server;
mod state;

pub use fault::Fault;
pub use handle::{Sandbox, SandboxBuilder, DEFAULT_API_KEY, DEFAULT_WORKSPACE_ID};
pub use recorded::RecordedRequest;
pub use run::Run;
pub use seed::seeded_run_id;
