//! Integration tests against real HTTP servers on loopback: httpmock for scripted exchanges,
//! small tokio listeners for servers that misbehave below HTTP, and the sandbox; and the
//! example program run as a newcomer runs it. One binary, so that they link once.
//!
//! `tests/tracing.rs` stays a binary of its own: tracing's per-callsite interest cache is
//! process-wide, so a subscriber set by one test while the tests here run in parallel threads
//! could miss events.

mod bulk;
mod decoding;
mod endpoints;
mod errors;
mod example;
mod ids;
mod kinds;
mod lookup;
mod mock_helpers;
mod raw_server;
mod resilience;
mod sandbox;
mod settings;
mod snapshot;
mod stopping;
mod support;
mod sweep;
mod sweep_kinds;
mod tolerant;
mod tolerant_bodies;
