//! Layer 2, the model: what the API sends and takes, in Rust. The open enumerations and
//! unions that replace the generated ones, timestamps, run ids and their kinds, the headers
//! the API defines, and [`crate::Run`], a run of any kind.

pub(crate) mod headers;
pub(crate) mod open_enum;
pub(crate) mod run;
pub(crate) mod run_body;
pub(crate) mod run_id;
pub(crate) mod timestamp;
pub(crate) mod unions;
