//! What a sandbox records of each request it answers.

use std::fmt;

/// A request the sandbox received, and how it answered; see [`Sandbox::requests`].
///
/// Its `Debug` output shows `Authorization` as `<redacted>`.
///
/// [`Sandbox::requests`]: crate::Sandbox::requests
#[derive(Clone)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The method, such as `POST`.
    pub method: String,
    /// The path as sent (still percent-encoded), such as `/extract_runs/exr_processing/cancel`.
    pub path: String,
    /// The query string as sent (still percent-encoded, without the `?`), such as
    /// `batchId=bpr_1&maxPageSize=100`; `None` if the request had none.
    pub query: Option<String>,
    /// The request headers, including `Authorization`, `x-extend-api-version` and
    /// `x-extend-workspace-id`.
    pub headers: http::HeaderMap,
    /// The status the sandbox answered with (with [`dropped`](Self::dropped), the status of the
    /// response it did not send).
    pub status: u16,
    /// Whether the response was dropped after the request was handled
    /// ([`Fault::DropAfterHandling`](crate::Fault::DropAfterHandling)).
    pub dropped: bool,
    /// The request id the sandbox gave the request (`x-extend-request-id`).
    pub request_id: String,
}

impl RecordedRequest {
    /// The path and query as sent, such as `/extract_runs?batchId=bpr_1`.
    pub fn path_and_query(&self) -> String {
        match &self.query {
            Some(query) => format!("{}?{query}", self.path),
            None => self.path.clone(),
        }
    }

    /// A request header as text, if it was sent and is visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }
}

impl fmt::Debug for RecordedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The key a client sent is not shown, even a wrong one (it may be a real key).
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                let shown = if name == http::header::AUTHORIZATION {
                    "<redacted>"
                } else {
                    value.to_str().unwrap_or("<not visible ASCII>")
                };
                (name.as_str(), shown)
            })
            .collect();
        f.debug_struct("RecordedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &headers)
            .field("status", &self.status)
            .field("dropped", &self.dropped)
            .field("request_id", &self.request_id)
            .finish()
    }
}
