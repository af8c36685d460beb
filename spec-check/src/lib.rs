//! placeholder: owned by the spec-check helper
