//! Layer 1, decoding: the tolerant pass over a success body that the typed decode refused,
//! the traced decode it decides its corrections from, and the corrections it reports.
//! Generic over the target type; knows no run or endpoint.

pub(crate) mod correction;
pub(crate) mod salvage;
pub(crate) mod trace;
