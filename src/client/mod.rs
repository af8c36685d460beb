//! Layer 5, the client: [`crate::ClientBuilder`], [`crate::Client`], one call before it is
//! sent ([`crate::RunRequest`]) and each kind's calls ([`crate::Runs`]).

pub(crate) mod builder;
pub(crate) mod calls;
pub(crate) mod request;
