//! Integration tests against real HTTP servers on loopback: httpmock for scripted exchanges,
//! and small tokio listeners for servers that misbehave below HTTP.

mod bulk;
mod decoding;
mod endpoints;
mod errors;
mod ids;
mod resilience;
mod support;
mod tolerant;
