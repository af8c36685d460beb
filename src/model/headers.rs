//! The headers the API defines, by name.

use reqwest::header::HeaderName;

/// The header that selects the API version.
pub(crate) const API_VERSION_HEADER: &str = "x-extend-api-version";
/// The header that selects the workspace for an organization-scoped key.
pub(crate) const WORKSPACE_HEADER: &str = "x-extend-workspace-id";

// Names parsed once: a `&str` name is validated again on every lookup.
/// [`API_VERSION_HEADER`], parsed.
pub(crate) const API_VERSION: HeaderName = HeaderName::from_static(API_VERSION_HEADER);
/// The header in which the API names each request for its support.
pub(crate) const REQUEST_ID: HeaderName = HeaderName::from_static("x-extend-request-id");
/// The version header progenitor adds to every request, which Extend does not read.
pub(crate) const PROGENITOR_VERSION: HeaderName = HeaderName::from_static("api-version");
