//! Integration tests against real HTTP servers on loopback: httpmock for scripted exchanges,
//! and small tokio listeners for servers that misbehave below HTTP. One binary, so the crate
//! and its dev-dependencies are linked once; only `tests/tracing.rs` is apart, because it
//! installs a process-wide tracing subscriber.

mod bulk;
mod decoding;
mod endpoints;
mod errors;
mod ids;
mod mock_helpers;
mod resilience;
mod snapshot;
mod support;
mod tolerant;
