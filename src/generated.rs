//! The client progenitor generates from `openapi/extend-cancel.yaml` at build time
//! (`build/generate.rs`; a copy is committed in `build/snapshot/client.rs`): `Client` with one
//! method per operation, and `types` with every schema. Its requests go through this crate's hooks (version header, retries,
//! body limit). Most callers want [`crate::Client`] instead.

#![allow(
    missing_docs,
    unused_imports,
    clippy::all,
    clippy::pedantic,
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags
)]

include!(concat!(env!("OUT_DIR"), "/client.rs"));

/// Values read from the spec at build time.
pub(crate) mod spec {
    include!(concat!(env!("OUT_DIR"), "/spec_defaults.rs"));
}
