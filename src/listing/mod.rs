//! Layer 6, listing: one kind's paged list ([`crate::ListRuns`]) and a filter across kinds
//! ([`crate::RunFilter`]).

pub(crate) mod filter;
pub(crate) mod kinds;
pub(crate) mod listed;
pub(crate) mod pages;
