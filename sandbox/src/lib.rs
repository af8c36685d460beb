//! An offline Extend look-alike: a real HTTP server on loopback that implements the cancel
//! endpoints of every kind of run (extract, classify, split, legacy processor, workflow, parse
//! and verify runs), and the retrieve, list and batch lookup endpoints that serve cancelling,
//! with state, for examples, demos and your own tests. It is a crate of its own so that users of
//! `extend-cancel` never compile it: add it as a dev-dependency.
//!
//! ```toml
//! [dev-dependencies]
//! extend-cancel-sandbox = "0.1"
//! ```
//!
//! [`Sandbox::start`] binds `127.0.0.1` on a free port and serves the endpoints the way the
//! spec (`openapi/extend-cancel.yaml`) describes them. Point any client at
//! [`Sandbox::base_url`] with [`Sandbox::api_key`]; the server stops when the `Sandbox` is
//! dropped.
//!
//! ```
//! use extend_cancel::{Run, Client, Error, RunStatus};
//! use extend_cancel_sandbox::Sandbox;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = Sandbox::start().await?;
//! let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
//!
//! // A PROCESSING run is cancelled and stays cancelled.
//! let run = client.extract_runs().cancel("exr_processing").await?;
//! assert_eq!(run.status, RunStatus::Cancelled);
//! assert_eq!(sandbox.run("exr_processing").unwrap().status(), "CANCELLED");
//!
//! // Any other status is refused with 400 INVALID_REQUEST.
//! let Err(Error::Api(api)) = client.cancel("splr_processed").await else { panic!() };
//! assert_eq!((api.status.as_u16(), api.code.as_deref()), (400, Some("INVALID_REQUEST")));
//!
//! // A workflow run is answered CANCELLING, and is CANCELLED after the cancelling delay.
//! let run = client.workflow_runs().cancel("workflow_run_processing").await?;
//! assert_eq!(run.status, RunStatus::Cancelling);
//! # Ok(()) }
//! ```
//!
//! # What it does
//!
//! | Request | Response |
//! |---|---|
//! | `POST /{kind}_runs/{id}/cancel` of a run that can be cancelled ([cancel rules](#cancel-rules)) | 200 with the complete run object as it is now (for processor runs the `{success, processorRun}` wrapper) |
//! | cancel a run in a status it cannot be cancelled in | 400 `INVALID_REQUEST` naming the statuses that can be (a verify run that already finished: 200, see below) |
//! | `GET /{extract,classify,split,workflow,parse,verify}_runs/{id}` | 200 with the complete run object as it is now |
//! | `GET /processor_runs/{id}` | 200 with `{success: true, processorRun}` |
//! | `GET /{extract,classify,split,workflow,parse,verify}_runs?...` | 200 with `{object: "list", data: [<kind>RunSummary...], nextPageToken}`: see [Listing](#listing) |
//! | `GET /processor_runs?...` | 200 with `{success: true, processorRuns: [LegacyProcessorRunSummary...], nextPageToken}` (API 2025-04-21) |
//! | `GET /batch_runs/{id}` | 200 with `{object: "batch_run", id, status, runCount, createdAt}`: see [Batches](#batches) |
//! | an id the sandbox does not hold (or a run of another kind), a batch it does not hold | 404 `NOT_FOUND` |
//! | no `Authorization: Bearer <key>`, or another key | 401 `UNAUTHORIZED` |
//! | an `x-extend-workspace-id` other than [`Sandbox::workspace_id`] | 403 `FORBIDDEN` (no header is fine: a workspace-scoped key) |
//! | another method on a known path | 405 `INVALID_REQUEST` with `Allow: POST` (cancel) or `Allow: GET` (retrieve, list, batch lookup) |
//! | an `x-extend-api-version` the endpoint is not served under | 400 `INVALID_REQUEST` naming the versions it takes: `2026-02-09` on the extract, classify, split, workflow, parse, verify and batch endpoints; `2025-04-21` or `2026-02-09` (which the official SDKs send) on the processor endpoints (cancel, retrieve, list), served in the 2025-04-21 shapes either way. No header is accepted |
//! | any other path | 404 `NOT_FOUND` |
//!
//! Error bodies have the shape of the endpoint's API version: the 2026-02-09 shape
//! `{"code", "message", "retryable", "requestId"}` on every endpoint but the processor ones,
//! the 2025-04-21 shape `{"success": false, "error": "..."}` on the processor endpoints (the
//! legacy list included). Every response carries an `x-extend-request-id` header
//! (`req_sandbox_<n>`), the same id as the body's `requestId`. Bodies are serialized from the
//! generated types in [`extend_cancel::types`] (list summaries are made from the stored full
//! runs), so they follow the spec's schemas.
//!
//! ## Cancel rules
//!
//! As the official SDKs document them, per kind:
//!
//! | Kind | Status | Answer | The run then |
//! |---|---|---|---|
//! | extract, classify, split, processor, parse | `PROCESSING` | 200, the run `CANCELLED` | stays `CANCELLED` |
//! | | any other | 400 `INVALID_REQUEST` | unchanged |
//! | workflow | `PENDING` or `PROCESSING` | 200, the run `CANCELLING` | becomes `CANCELLED` after [`SandboxBuilder::cancelling_delay`] (default 300 ms), with `endTime` and `updatedAt` the end of the delay, and its unfinished steps `CANCELLED` |
//! | | `CANCELLING`, `NEEDS_REVIEW`, `REJECTED`, `PROCESSED`, `FAILED`, `CANCELLED` | 400 `INVALID_REQUEST` | unchanged |
//! | verify | `PROCESSING` | 200, the run `CANCELLED` | stays `CANCELLED` |
//! | | `PROCESSED`, `FAILED`, `CANCELLED` | **200 with the run unchanged** (the documented no-op: read the status, not the HTTP status) | unchanged |
//! | | any other | 400 `INVALID_REQUEST` | unchanged |
//!
//! A `CANCELLING` run changes to `CANCELLED` when the sandbox is next asked after its delay (a
//! request, or a call such as [`Sandbox::run`]), without a timer: a retrieve after the delay
//! shows it `CANCELLED`.
//!
//! # Listing
//!
//! Each list takes the query parameters of its kind in the official SDKs, and refuses any
//! other (such as `sortBy` on the parse list, or `batchId` on the verify list):
//!
//! | Query parameter | Lists | Effect |
//! |---|---|---|
//! | `status` | all | only runs in this status: one of the statuses the kind has ([`seeded_statuses`]: `PENDING`, `PROCESSING`, `PROCESSED`, `FAILED`, `CANCELLED`; workflow runs also `CANCELLING`, `NEEDS_REVIEW`, `REJECTED`; verify runs never `PENDING`) |
//! | `extractorId`, `classifierId`, `splitterId`, `workflowId`, `processorId` | extract, classify, split, workflow, processor (one each) | only runs of this extractor, classifier, splitter, workflow or processor ([`Run::processor_id`]) |
//! | `processorType` | processor | only runs of processors of this type (`EXTRACT`, `CLASSIFY`, `SPLITTER`) |
//! | `batchId` | extract, classify, split, workflow, parse | only runs of this batch ([`StoredRun::batch_id`]; a workflow or parse run's own `batchId`). On the parse list it takes precedence over `source`, which is then ignored, as the API documents |
//! | `source` | extract, classify, split, processor, parse, verify | only runs from this source ([`StoredRun::source`]): `ADMIN`, `BATCH_PROCESSOR_RUN`, `PLAYGROUND`, `WORKFLOW_CONFIGURATION`, `WORKFLOW_RUN`, `STUDIO`, `API`; on the parse list `API`, `STUDIO`, `WORKFLOW_RUN`, `ADMIN`, `BATCH_PARSER_RUN`, `EDIT_RUN`, `DOCUMENT_PROCESSOR_RUN`; on the verify list `API`, `STUDIO` (a verify run's own `source`) |
//! | `sourceId` | the same | only runs from this source id ([`StoredRun::source_id`]; a verify run's own `sourceId`) |
//! | `riskLevel` | verify | only runs whose result has this risk level (`LOW`, `MEDIUM`, `HIGH`: `output.riskLevel`, so only `PROCESSED` runs) |
//! | `fileNameContains` | all | only runs whose file name contains this text, ignoring case ([`Run::file_name`]) |
//! | `sortBy`, `sortDir` | all but parse | `updatedAt` (default) or `createdAt`; `desc` (default) or `asc`; ties ordered by id. The parse list is not sorted: newest first by creation |
//! | `maxPageSize` | all | 1 to [`MAX_PAGE_SIZE`] (1000) runs per page, default [`DEFAULT_PAGE_SIZE`] (10). The SDK types give no bounds; these are the sandbox's |
//! | `nextPageToken` | all | the page after the one that returned it; the last page has none |
//!
//! An unknown parameter (or one the list does not take), one given twice, an empty value, a
//! value outside its enumeration, a `maxPageSize` out of bounds, a garbage token, or a token of
//! another query (other filters, order or list; only `maxPageSize` may change between pages) is
//! refused with 400 `INVALID_REQUEST` naming the problem: a filter silently ignored would list
//! runs, for a caller to cancel, that it did not ask for.
//!
//! Workflow, parse and legacy processor runs have no `createdAt` and `updatedAt` of their own
//! (a workflow run has `initialRunAt`): their summaries show, and their lists order by, the
//! times the sandbox keeps. A run is created at its `initialRunAt`, else when its file was
//! created (the samples: [`SampleRun::created_at`](sample::SampleRun::created_at)), and updated
//! then if `PENDING`, else a minute later, and again at each change of status.
//!
//! Paging is by position, not offset, and stable while runs change: a listing orders runs as
//! they stood when its first page was served, so a run cancelled (its `updatedAt` moved) or
//! started between pages is neither skipped nor listed twice, and runs added after the first
//! page are not part of the listing. The filters and the summaries show each run as it is
//! now. A page costs about its size plus the runs the filters pass over (O(log n) to find its
//! start), so listing 10,000 runs page by page is linear in total.
//!
//! A token is opaque: the URL-safe base64 (no padding) of
//! `v1\n<sandbox tag>\n<orders version>\n<seconds>\n<nanoseconds>\n<query hash>\n<last id>`
//! (the sort field of the last run listed, as it stood, and its id; tag and hash keyed per
//! sandbox), so a token from another sandbox is refused too.
//!
//! # Batches
//!
//! `GET /batch_runs/{id}` answers for any batch id the sandbox's extract, classify, split,
//! processor and parse runs have ([`StoredRun::batch_id`]), such as `bpr_...` or `bpar_...`:
//!
//! | Field | Value |
//! |---|---|
//! | `runCount` | how many of those runs have this batch id, now |
//! | `status` | `PENDING` while every run is; `PROCESSING` while any is `PENDING`, `PROCESSING` or `CANCELLING`; once all have finished, `CANCELLED` if any was cancelled, `FAILED` if all failed, else `PROCESSED` |
//! | `createdAt` | when its first run was created |
//!
//! Workflow batches (`batch_...`) have no batch run, as on Extend, and verify runs no
//! batches: a batch id only they have gets 404 `NOT_FOUND`, like an unknown one.
//!
//! # Seeding
//!
//! A new sandbox holds one run of every kind in every status that kind has
//! ([`seeded_statuses`]), with the id `<prefix><status in lowercase>` ([`seeded_run_id`]):
//!
//! | | PENDING | PROCESSING | PROCESSED | FAILED | CANCELLED | others |
//! |---|---|---|---|---|---|---|
//! | extract | `exr_pending` | `exr_processing` | `exr_processed` | `exr_failed` | `exr_cancelled` | |
//! | classify | `clr_pending` | `clr_processing` | `clr_processed` | `clr_failed` | `clr_cancelled` | |
//! | split | `splr_pending` | `splr_processing` | `splr_processed` | `splr_failed` | `splr_cancelled` | |
//! | processor | `dpr_pending` | `dpr_processing` | `dpr_processed` | `dpr_failed` | `dpr_cancelled` | |
//! | workflow | `workflow_run_pending` | `workflow_run_processing` | `workflow_run_processed` | `workflow_run_failed` | `workflow_run_cancelled` | `workflow_run_cancelling`, `workflow_run_needs_review`, `workflow_run_rejected` |
//! | parse | `pr_pending` | `pr_processing` | `pr_processed` | `pr_failed` | `pr_cancelled` | |
//! | verify | | `vr_processing` | `vr_processed` | `vr_failed` | `vr_cancelled` | |
//!
//! Their owners and batches, for the filters: extract runs of `ex_sandbox_invoices`, classify
//! runs of `cl_sandbox_documents`, split runs of `spl_sandbox_batches`, processor runs of
//! `dp_sandbox_invoices` (type `EXTRACT`), none in a batch; workflow runs of
//! `workflow_sandbox_invoices` in the batch `batch_sandbox`; parse runs in the batch parse
//! `bpar_sandbox` (source `BATCH_PARSER_RUN`, source id `bpar_sandbox`: `GET
//! /batch_runs/bpar_sandbox` answers); verify runs from the source `API`, `vr_processed` with
//! the risk level `HIGH`. `workflow_run_cancelling` becomes `CANCELLED` after the
//! [cancelling delay](SandboxBuilder::cancelling_delay) from the sandbox's start (on the first
//! request or call after it).
//!
//! Start empty with [`SandboxBuilder::seeded`]`(false)`. Add your own with [`Sandbox::insert`]
//! (the [`sample`] module builds complete runs, [`sample::SampleRun`] with the file name,
//! processor id, creation time, risk level or processor type of your choice, and [`StoredRun`]
//! adds a batch, source and a delay), read a run's current state with [`Sandbox::run`] or
//! [`Sandbox::stored`].
//!
//! Seed many runs at once with [`Sandbox::seed_batch`] ([`BatchSeed`]: `count` runs of a
//! batch, of any kinds, the same every time), [`Sandbox::seed_demo`], or
//! [`Sandbox::seed_file`] / [`Sandbox::seed_json`]. The demo seed adds 552 runs:
//!
//! | Batch (`batchId`) | Runs | Owner | Source | Statuses (weights) |
//! |---|---|---|---|---|
//! | `bpr_demo_invoices` | 240 extract, `invoice-00001.pdf`... | `ex_demo_invoices` | `BATCH_PROCESSOR_RUN` | PROCESSING 6, PENDING 1, PROCESSED 2, FAILED 1 |
//! | `bpr_demo_intake` | 60 classify and 60 split, in turn, `intake-...` | the samples' | `BATCH_PROCESSOR_RUN` | PROCESSING 1, PROCESSED 2, CANCELLED 1 |
//! | `bpr_demo_receipts` | 60 extract, `receipt-...` | `ex_demo_misconfigured` | `WORKFLOW_RUN` (`workflow_run_demo_receipts`) | PROCESSING 4, FAILED 1 |
//! | `bpr_demo_legacy` | 20 processor, `legacy-...` | `dp_demo_legacy` | `BATCH_PROCESSOR_RUN` | PROCESSING 1, PROCESSED 1 |
//! | `batch_demo_claims` | 60 workflow, `claim-...` | `workflow_demo_claims` | | PENDING 2, PROCESSING 4, CANCELLING 1 (for 60 s), NEEDS_REVIEW 1, PROCESSED 3, FAILED 1 |
//! | `bpar_demo_scans` | 40 parse, `scan-...` | | `BATCH_PARSER_RUN` | PROCESSING 2, PENDING 1, PROCESSED 1 |
//! | none (source id `demo_checks`) | 12 verify, `vr_demo_checks_00001`..., `statement-...` | | `API` | PROCESSING 2, PROCESSED 1 (risk `HIGH`), CANCELLED 1 |
//!
//! `GET /batch_runs/{id}` answers for each of the `bpr_` batches and `bpar_demo_scans`.
//!
//! ## The seed file format
//!
//! One JSON array; each element is one run (or `count` alike):
//!
//! | Field | Type | Meaning |
//! |---|---|---|
//! | `status` | string, required | one of the statuses the kind has ([`seeded_statuses`]) |
//! | `kind` | string | `extract`, `classify`, `split`, `processor`, `workflow`, `parse` or `verify`; may be left out when `id` starts with `exr_`, `clr_`, `splr_`, `dpr_`, `workflow_run_`, `pr_` or `vr_` |
//! | `id` | string | the run id (default `<kind prefix>seed_<element number, from 1>`) |
//! | `batchId` | string | the batch (not for verify runs) |
//! | `source`, `sourceId` | string | the source (one of the kind's `source` values above) and source id (not for workflow runs) |
//! | `fileName` | string | the name of the run's file |
//! | `processorId` | string | the extractor, classifier, splitter, workflow or processor id (not for parse and verify runs) |
//! | `processorType` | string | a processor run's processor type: `EXTRACT`, `CLASSIFY` or `SPLITTER` |
//! | `riskLevel` | string | a `PROCESSED` verify run's risk level: `LOW`, `MEDIUM` or `HIGH` |
//! | `createdAt` | RFC 3339 string | when the run was created (default `2026-03-02T09:30:00Z`) |
//! | `pendingForMs` | integer | for a `PENDING` run, milliseconds until it starts `PROCESSING` |
//! | `cancellingForMs` | integer | for a `CANCELLING` run, milliseconds until it is `CANCELLED` |
//! | `count` | integer, 1 to 100000 | this many runs alike, the ids suffixed `_00001`, `_00002`..., each created a second after the previous |
//!
//! ```json
//! [
//!   {"id": "exr_march_1", "status": "PROCESSING", "batchId": "bpr_march", "fileName": "march.pdf"},
//!   {"kind": "split", "status": "PENDING", "pendingForMs": 2000, "count": 50, "source": "API"},
//!   {"kind": "workflow", "status": "CANCELLING", "batchId": "batch_march", "cancellingForMs": 5000}
//! ]
//! ```
//!
//! Any other field, an unknown value, a status or field the kind does not have, or an id used
//! twice is refused ([`SeedError`], naming the element), and nothing is added.
//!
//! # Runs that start later, and runs being cancelled
//!
//! With [`SandboxBuilder::pending_for`] (or [`StoredRun::pending_for`], [`BatchSeed::pending_for`],
//! `pendingForMs`), a `PENDING` run becomes `PROCESSING` once its wait is over, with the end of
//! the wait as its `updatedAt`: it can then be cancelled. Without a delay, a `PENDING` run stays
//! `PENDING`. Likewise a `CANCELLING` run becomes `CANCELLED` after
//! [`SandboxBuilder::cancelling_delay`] (default [`DEFAULT_CANCELLING_DELAY`], 300 ms; or
//! [`StoredRun::cancelling_for`], [`BatchSeed::cancelling_for`], `cancellingForMs`). The change
//! is made when the sandbox is next asked (a request, or a call such as [`Sandbox::run`]),
//! without a timer.
//!
//! # Faults
//!
//! [`Sandbox::inject`] makes the next N requests fail (or wait) before they are handled, so
//! that you can test your own retry handling: a 429 with `Retry-After`, a 5xx with a JSON
//! error body, a 5xx HTML page as a proxy sends it, a delay, or a response lost after the
//! server acted ([`Fault::DropAfterHandling`]: a cancel takes effect, then the connection
//! closes without a response). [`Sandbox::requests`] lists what the sandbox received and
//! answered (the most recent 10,000); [`SandboxBuilder::on_request`] is called with each
//! request as it is answered (one log line per request for a standalone server, on
//! [`SandboxBuilder::port`]), on the task serving it, so it must not block.
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
//!
//! # Limits
//!
//! A sandbox can serve without end (as `extend-cancel sandbox` does) in bounded memory and
//! without being wedged by its clients:
//!
//! | Limit | Default | Setting | When it is reached |
//! |---|---|---|---|
//! | requests kept by [`Sandbox::requests`] | [`DEFAULT_REQUEST_LOG_LIMIT`] (10,000) | [`SandboxBuilder::request_log_limit`] | the oldest is forgotten |
//! | changes to the runs remembered for paging | [`DEFAULT_PAGING_LOG_LIMIT`] (100,000) | [`SandboxBuilder::paging_log_limit`] | the oldest is forgotten; a listing begun before it gets 400 `INVALID_REQUEST` (`nextPageToken has expired`) for its next page |
//! | wait for the next request on a connection, or for a client to take a response | [`DEFAULT_IDLE_TIMEOUT`] (30 s) | [`SandboxBuilder::idle_timeout`] | the connection is closed |
//! | a request's arrival, head and body, from its first byte | [`DEFAULT_READ_TIMEOUT`] (10 s) | [`SandboxBuilder::read_timeout`] | the connection is closed without an answer |
//! | a request body | 64 KiB | | 413 `INVALID_REQUEST` in the endpoint's error shape, before the body is read (a declared `Content-Length` over it) or as soon as it passes the limit; the request is not acted on and the connection is closed |
//!
//! The runs themselves are kept for the sandbox's lifetime. [`Sandbox::shutdown`] stops
//! accepting, lets the requests in flight be answered (for a bounded time), and closes the
//! connections; dropping the `Sandbox` closes them at once.

#![deny(missing_docs)]
#![deny(missing_debug_implementations)]
#![forbid(unsafe_code)]

// The modules, from the data up: a module uses only those of its own layer and the layers
// before it (`cargo xtask modules` checks it; the layers are in xtask/src/layers.rs). `run`
// holds a run of any kind, `fault` and `recorded` what a test injects and reads back; `sample`
// builds complete runs; `stored` adds what the sandbox knows beyond the run object, `store`
// keeps them with their orders and change log, `state` shares the store with the faults and
// recorded requests; `seed`, `batch`, `demo` and `seed_file` make runs to store. On the HTTP
// side, `reply` builds the bodies and `route` reads paths, `list` (with `query`, `paging` and
// `summary`) pages through runs, `answer` checks, dispatches and applies the cancel rules, and `server` accepts and
// records requests. `handle` is the `Sandbox` users hold and `builder` starts one.
pub mod sample;

mod answer;
mod batch;
mod builder;
mod demo;
mod fault;
mod handle;
mod list;
mod paging;
mod query;
mod recorded;
mod reply;
mod route;
mod run;
mod seed;
mod seed_file;
mod server;
mod state;
mod store;
mod stored;
mod summary;
mod timed;

pub use batch::BatchSeed;
pub use builder::{
    SandboxBuilder, DEFAULT_API_KEY, DEFAULT_CANCELLING_DELAY, DEFAULT_IDLE_TIMEOUT, DEFAULT_READ_TIMEOUT,
    DEFAULT_REQUEST_LOG_LIMIT, DEFAULT_WORKSPACE_ID,
};
pub use fault::Fault;
pub use handle::Sandbox;
pub use query::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};
pub use recorded::RecordedRequest;
pub use run::Run;
pub use seed::{seeded_run_id, seeded_statuses};
pub use seed_file::SeedError;
pub use store::DEFAULT_PAGING_LOG_LIMIT;
pub use stored::StoredRun;
