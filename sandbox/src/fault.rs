//! The failures a sandbox can be told to serve.

use std::time::Duration;

/// A failure the sandbox serves instead of handling a request; see [`Sandbox::inject`].
///
/// JSON error bodies have the shape of the endpoint's API version, like every other error the
/// sandbox sends.
///
/// [`Sandbox::inject`]: crate::Sandbox::inject
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// 429 `RATE_LIMIT_EXCEEDED` (`retryable: true`), with `Retry-After: <seconds>` when
    /// `retry_after_secs` is set.
    RateLimited {
        /// The `Retry-After` header's value in seconds, or `None` for no header.
        retry_after_secs: Option<u64>,
    },
    /// This status (500, 502, 503, 504, or any other) with a JSON `INTERNAL_ERROR` body
    /// (`retryable: true`). A status outside 100..=999 is served as 500.
    ServerError {
        /// The HTTP status to answer with.
        status: u16,
    },
    /// This status with a `text/html` page and no JSON, as a proxy or load balancer sends it.
    HtmlPage {
        /// The HTTP status to answer with.
        status: u16,
    },
    /// Wait this long, then handle the request normally (for testing timeouts and deadlines).
    Delay(Duration),
    /// Handle the request normally (a cancel takes effect), then close the connection without
    /// sending the response: the client sees a transport error although the server acted.
    /// The recorded request has the status that was not sent and
    /// [`dropped`](crate::RecordedRequest::dropped) set.
    DropAfterHandling,
}
