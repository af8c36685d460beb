//! Layer 7, batches: many runs under one set of limits. Cancelling or retrieving by id
//! ([`crate::CancelMany`], [`crate::GetMany`]), cancelling what a filter matches
//! ([`crate::CancelMatching`]), and each run's definitive [`crate::Outcome`].

pub(crate) mod breaker;
pub(crate) mod by_id;
pub(crate) mod follow;
pub(crate) mod limits;
pub(crate) mod matching;
pub(crate) mod outcome;
pub(crate) mod settle;
pub(crate) mod settling;
pub(crate) mod summary;
