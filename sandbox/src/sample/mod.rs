//! Complete sample runs, built from the generated types, for seeding a [`Sandbox`] and for
//! your own tests. Every field the spec requires is filled, and the optional fields are filled
//! the way the API fills them for the given status: a `PROCESSED` run has an output and usage,
//! a `FAILED` run has a failure reason and message. [`SampleRun`] makes one of any kind with
//! the file name, processor id and creation time that the list filters and orders look at.
//!
//! ```
//! use extend_cancel::RunStatus;
//! use extend_cancel_sandbox::sample;
//! let mut run = sample::extract_run("exr_mine", RunStatus::Processing);
//! run.metadata = None;
//! assert_eq!(run.dashboard_url.as_deref(), Some("https://dashboard.extend.ai/runs/exr_mine"));
//! ```
//!
//! [`Sandbox`]: crate::Sandbox

// One module per kind of run, each built from the shared `parts`; `builder` picks one by kind
// and sets the fields the list filters look at.
mod builder;
mod classify;
mod extract;
mod parse;
mod parts;
mod processor;
mod split;
mod verify;
mod workflow;

pub use builder::SampleRun;
pub use classify::classify_run;
pub use extract::extract_run;
pub use parse::parse_run;
pub(crate) use parts::created_at;
pub use parts::dashboard_url;
pub use processor::processor_run;
pub use split::split_run;
pub use verify::verify_run;
pub use workflow::workflow_run;
