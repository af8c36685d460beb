//! Layer 4, transport: one call on the wire. The client's settings, the retry policy and
//! its decisions, the attempt loop that sends a request the generated code built, and the
//! reading of its final response into the caller's result.

pub(crate) mod attempts;
pub(crate) mod hooks;
pub(crate) mod pacer;
pub(crate) mod response;
pub mod retry;
pub(crate) mod settings;
