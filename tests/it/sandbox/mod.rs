//! The sandbox (the workspace crate `extend-cancel-sandbox`), exercised through the crate's own
//! client and through raw HTTP: every behaviour its documentation promises, and every body it
//! serves checked against the spec's schemas.

mod batches;
mod cancel_rules;
mod cancels;
mod faults;
mod kind_lists;
mod list;
mod paging;
mod requests;
mod retrieve;
mod runs;
mod seeding;
mod spec;
mod support;
