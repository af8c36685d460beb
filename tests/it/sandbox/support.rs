//! What the sandbox tests share: a fast-retrying client, raw HTTP requests and their paths.

use extend_cancel::{ApiError, Client, Error, RetryPolicy, RunKind, RunStatus};
use extend_cancel_sandbox::Sandbox;
use reqwest::{header::HeaderMap, Method};
use serde_json::Value;
use std::time::Duration;

pub(super) const OTHER_STATUSES: [RunStatus; 4] =
    [RunStatus::Pending, RunStatus::Processed, RunStatus::Failed, RunStatus::Cancelled];

/// A client for `sandbox` with millisecond back-off and two retries.
pub(super) fn client(sandbox: &Sandbox) -> Client {
    Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .retry_policy(fast_retries(2))
        .build()
        .expect("a valid client")
}

fn fast_retries(max_retries: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_retries(max_retries)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(50))
}

/// The API error inside `result`, or a panic that shows what came instead.
pub(super) fn api_error<T: std::fmt::Debug>(result: Result<T, Error>) -> Box<ApiError> {
    match result {
        Err(Error::Api(api)) => api,
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// A raw response: status, headers and the body as JSON (`Value::Null` if it is not JSON)
/// and as text.
pub(super) struct Raw {
    pub(super) status: u16,
    pub(super) headers: HeaderMap,
    pub(super) json: Value,
    pub(super) text: String,
}

/// Sends `method path` to the sandbox with `Authorization: Bearer <auth>` (none if `auth` is
/// `None`) and the extra headers.
pub(super) async fn raw(
    sandbox: &Sandbox,
    method: Method,
    path: &str,
    auth: Option<&str>,
    headers: &[(&str, &str)],
) -> Raw {
    let mut request = reqwest::Client::new().request(method, format!("{}{path}", sandbox.base_url()));
    if let Some(key) = auth {
        request = request.bearer_auth(key);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("the sandbox answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().await.expect("a readable body");
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    Raw { status, headers, json, text }
}

/// `/extract_runs`, `/classify_runs`, `/split_runs`, `/processor_runs`, `/workflow_runs`,
/// `/parse_runs` or `/verify_runs`.
pub(super) fn collection(kind: RunKind) -> &'static str {
    match kind {
        RunKind::Extract => "/extract_runs",
        RunKind::Classify => "/classify_runs",
        RunKind::Split => "/split_runs",
        RunKind::Processor => "/processor_runs",
        RunKind::Workflow => "/workflow_runs",
        RunKind::Parse => "/parse_runs",
        RunKind::Verify => "/verify_runs",
        _ => unreachable!("no other kinds exist"),
    }
}

pub(super) fn cancel_path(kind: RunKind, id: &str) -> String {
    format!("{}/{id}/cancel", collection(kind))
}

/// `GET path` (with its query) with the sandbox's key.
pub(super) async fn get(sandbox: &Sandbox, path: &str) -> Raw {
    raw(sandbox, Method::GET, path, Some(sandbox.api_key()), &[]).await
}

/// The ids of a list page's `data` (of a legacy processor list page, `processorRuns`), in
/// order.
pub(super) fn ids(page: &Raw) -> Vec<String> {
    let data = page.json["data"].as_array().or_else(|| page.json["processorRuns"].as_array());
    let data = data.unwrap_or_else(|| panic!("not a list page: {}", page.text));
    data.iter().map(|run| run["id"].as_str().expect("a string id").to_owned()).collect()
}

/// The ids of every page of `GET <list path>?<query>`, following `nextPageToken` until a page
/// has none (a page without one is the last); panics on anything but 200.
pub(super) async fn all_pages(sandbox: &Sandbox, list: &str, query: &str) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut path = format!("{list}?{query}");
        if let Some(token) = &token {
            path.push_str(&format!("&nextPageToken={token}"));
        }
        let page = get(sandbox, &path).await;
        assert_eq!(page.status, 200, "{path}: {}", page.text);
        pages.push(ids(&page));
        match page.json.get("nextPageToken").and_then(Value::as_str) {
            Some(next) => token = Some(next.to_owned()),
            None => return pages,
        }
        assert!(pages.len() < 10_000, "paging does not end");
    }
}

pub(super) fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}
