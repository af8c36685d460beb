//! The normal answer to a request: authentication, workspace, route, method, API version,
//! then the cancel, retrieve or list it asks for.

use crate::{
    list,
    reply::{Ask, Reply},
    route::Route,
    run::Run,
    state::Shared,
};
use extend_cancel::{types, RunKind, RunStatus, Timestamp};
use http::{header, HeaderMap, HeaderValue, Method, StatusCode};

/// The answer to a request that got no injected fault (or one that lets it be handled).
pub(crate) fn answer(
    shared: &Shared,
    method: &Method,
    headers: &HeaderMap,
    route: &Route,
    query: Option<&str>,
    request_id: &str,
) -> Reply {
    let ask = Ask { shared, request_id, shape: route.shape() };
    if let Some(refused) = refuse(&ask, method, headers, route) {
        return refused;
    }
    match route {
        Route::Cancel(kind, id) => cancel(&ask, *kind, id.as_deref()),
        Route::Retrieve(kind, id) => retrieve(&ask, *kind, id.as_deref()),
        Route::List(kind) => list::answer(&ask, *kind, query),
        // Refused above; answered the same way here rather than assumed away.
        Route::Unknown => no_such_endpoint(&ask),
    }
}

/// The error for a request that does not reach its endpoint: a missing or wrong key, another
/// workspace, an unknown path, another method, an API version the endpoint is not served
/// under.
fn refuse(ask: &Ask<'_>, method: &Method, headers: &HeaderMap, route: &Route) -> Option<Reply> {
    let unauthorized =
        |message: &str| ask.error(StatusCode::UNAUTHORIZED, "UNAUTHORIZED", message.to_owned());
    match bearer_token(headers) {
        None => {
            return Some(unauthorized("Missing API key: send the header `Authorization: Bearer <API key>`."))
        }
        Some(token) if token != ask.shared.api_key => return Some(unauthorized("Invalid API key.")),
        Some(_) => {}
    }
    if let Some(workspace) = headers.get("x-extend-workspace-id") {
        if workspace.as_bytes() != ask.shared.workspace_id.as_bytes() {
            let shown = String::from_utf8_lossy(workspace.as_bytes());
            let message = format!("The API key has no access to workspace {shown}.");
            return Some(ask.error(StatusCode::FORBIDDEN, "FORBIDDEN", message));
        }
    }
    let Some((allowed, action)) = route.method() else { return Some(no_such_endpoint(ask)) };
    if *method != allowed {
        let message = format!("Use {allowed} to {action}, not {method}.");
        let allow = if allowed == Method::POST {
            HeaderValue::from_static("POST")
        } else {
            HeaderValue::from_static("GET")
        };
        return Some(
            ask.error(StatusCode::METHOD_NOT_ALLOWED, "INVALID_REQUEST", message)
                .with_header(header::ALLOW, allow),
        );
    }
    let versions = route.versions();
    match headers.get("x-extend-api-version") {
        Some(version) if !versions.iter().any(|v| v.as_bytes() == version.as_bytes()) => {
            let shown = String::from_utf8_lossy(version.as_bytes());
            Some(ask.invalid(format!(
                "This endpoint is not served under x-extend-api-version {shown}; send {}.",
                versions.join(" or ")
            )))
        }
        // No header: the API key's default version, which serves every endpoint here.
        _ => None,
    }
}

fn no_such_endpoint(ask: &Ask<'_>) -> Reply {
    ask.error(StatusCode::NOT_FOUND, "NOT_FOUND", "No such endpoint.".to_owned())
}

/// `extract run`, `classify run`, `split run`, `processor run`.
fn noun(kind: RunKind) -> String {
    format!("{} run", kind.name())
}

fn not_found(ask: &Ask<'_>, kind: RunKind, id: &str) -> Reply {
    ask.error(StatusCode::NOT_FOUND, "NOT_FOUND", format!("No {} with id {id:?} was found.", noun(kind)))
}

const UNDECODABLE: &str = "(not valid percent-encoded UTF-8)";

/// `POST /{kind}_runs/{id}/cancel`: a `PROCESSING` run becomes `CANCELLED`; any other status
/// is refused.
fn cancel(ask: &Ask<'_>, kind: RunKind, id: Option<&str>) -> Reply {
    let Some(id) = id else { return not_found(ask, kind, UNDECODABLE) };
    let mut state = ask.shared.state();
    let Some(run) = state.store.get(id).map(|entry| &entry.run).filter(|run| run.kind() == kind) else {
        return not_found(ask, kind, id);
    };
    if run.status() != RunStatus::Processing.as_str() {
        let noun = noun(kind);
        return ask.invalid(format!(
            "Only {noun}s with a status of PROCESSING can be cancelled; {id} is {}.",
            run.status()
        ));
    }
    let now = Timestamp::from(std::time::SystemTime::now());
    match state.store.set_status(id, RunStatus::Cancelled, now) {
        Some(Run::Processor(run)) => Reply::json(
            StatusCode::OK,
            &types::ProcessorRunCancelResponse { success: Some(true), processor_run: run.clone() },
        ),
        Some(run) => run_reply(run),
        None => not_found(ask, kind, id),
    }
}

/// `GET /{kind}_runs/{id}`: the run as it is now.
fn retrieve(ask: &Ask<'_>, kind: RunKind, id: Option<&str>) -> Reply {
    let Some(id) = id else { return not_found(ask, kind, UNDECODABLE) };
    let state = ask.shared.state();
    match state.store.get(id).map(|entry| &entry.run).filter(|run| run.kind() == kind) {
        Some(run) => run_reply(run),
        None => not_found(ask, kind, id),
    }
}

/// 200 with the run object; a processor run in the `{success, processorRun}` wrapper of Get
/// Processor Run (the cancel's wrapper has the same shape, under its own schema).
fn run_reply(run: &Run) -> Reply {
    match run {
        Run::Extract(run) => Reply::json(StatusCode::OK, run),
        Run::Classify(run) => Reply::json(StatusCode::OK, run),
        Run::Split(run) => Reply::json(StatusCode::OK, run),
        Run::Processor(run) => Reply::json(
            StatusCode::OK,
            &types::ProcessorRunGetResponse { success: Some(true), processor_run: run.clone() },
        ),
    }
}

/// The token of an `Authorization: Bearer <token>` header (the scheme is case-insensitive).
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bearer_tokens() {
        let mut headers = HeaderMap::new();
        assert_eq!(bearer_token(&headers), None);
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("bearer sk_1"));
        assert_eq!(bearer_token(&headers), Some("sk_1"));
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic sk_1"));
        assert_eq!(bearer_token(&headers), None);
    }
}
