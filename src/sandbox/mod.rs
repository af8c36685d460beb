//! placeholder: the sandbox module
