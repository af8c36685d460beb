//! The normal answer to a request: authentication, workspace, route, method, API version,
//! then the cancel, retrieve, list or batch lookup it asks for.

use crate::{
    list,
    reply::{Ask, Reply},
    route::Route,
    run::Run,
    state::Shared,
    store::Entry,
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
        Route::BatchRun(id) => batch_run(&ask, id.as_deref()),
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

/// `extract run`, `classify run`, `split run`, `processor run`, `workflow run`...
fn noun(kind: RunKind) -> String {
    format!("{} run", kind.name())
}

fn not_found(ask: &Ask<'_>, kind: RunKind, id: &str) -> Reply {
    ask.error(StatusCode::NOT_FOUND, "NOT_FOUND", format!("No {} with id {id:?} was found.", noun(kind)))
}

const UNDECODABLE: &str = "(not valid percent-encoded UTF-8)";

/// What a cancel does to a run of `kind` in `status`.
#[derive(Debug, PartialEq, Eq)]
enum CancelRule {
    /// The run takes this status, answered 200.
    To(RunStatus),
    /// The run is answered 200 unchanged (a verify run that already finished).
    Unchanged,
    /// 400: the run cannot be cancelled in this status.
    Refused,
}

/// The cancel rules of each kind, from the official SDKs' documentation: a `PROCESSING` run is
/// `CANCELLED`; a workflow run `PENDING` or `PROCESSING` is `CANCELLING` (and `CANCELLED` after
/// the sandbox's cancelling delay); a verify run that already finished is answered unchanged;
/// any other status is refused.
fn cancel_rule(kind: RunKind, status: &RunStatus) -> CancelRule {
    match (kind, status) {
        (RunKind::Workflow, RunStatus::Pending | RunStatus::Processing) => {
            CancelRule::To(RunStatus::Cancelling)
        }
        (RunKind::Workflow, _) => CancelRule::Refused,
        (_, RunStatus::Processing) => CancelRule::To(RunStatus::Cancelled),
        (RunKind::Verify, RunStatus::Processed | RunStatus::Failed | RunStatus::Cancelled) => {
            CancelRule::Unchanged
        }
        _ => CancelRule::Refused,
    }
}

/// `POST /{kind}_runs/{id}/cancel`: the run changes as [`cancel_rule`] says, or the cancel is
/// refused.
fn cancel(ask: &Ask<'_>, kind: RunKind, id: Option<&str>) -> Reply {
    let Some(id) = id else { return not_found(ask, kind, UNDECODABLE) };
    let mut state = ask.shared.state();
    let Some(run) = state.store.get(id).map(|entry| &entry.run).filter(|run| run.kind() == kind) else {
        return not_found(ask, kind, id);
    };
    let status = match cancel_rule(kind, run.typed_status()) {
        CancelRule::To(status) => status,
        CancelRule::Unchanged => return run_reply(run),
        CancelRule::Refused => {
            let cancellable = if kind == RunKind::Workflow { "PENDING or PROCESSING" } else { "PROCESSING" };
            return ask.invalid(format!(
                "Only {}s with a status of {cancellable} can be cancelled; {id} is {}.",
                noun(kind),
                run.status()
            ));
        }
    };
    let now = Timestamp::from(std::time::SystemTime::now());
    let cancelling = status == RunStatus::Cancelling;
    if state.store.set_status(id, status, now).is_none() {
        return not_found(ask, kind, id);
    }
    if cancelling {
        state.store.wait(id, ask.shared.cancelling_delay);
    }
    match state.store.get(id).map(|entry| &entry.run) {
        Some(Run::Processor(run)) => Reply::json(
            StatusCode::OK,
            &types::ProcessorRunCancelResponse { success: Some(true), processor_run: run.clone() },
        ),
        Some(run) => run_reply(run),
        None => not_found(ask, kind, id),
    }
}

/// `GET /batch_runs/{id}`: the batch of the runs with this batch id, if any (workflow runs
/// aside: workflow batches have no batch run, and verify runs no batches).
fn batch_run(ask: &Ask<'_>, id: Option<&str>) -> Reply {
    let missing = |id: &str| {
        ask.error(StatusCode::NOT_FOUND, "NOT_FOUND", format!("No batch run with id {id:?} was found."))
    };
    let Some(id) = id else { return missing(UNDECODABLE) };
    let state = ask.shared.state();
    let runs: Vec<&Entry> = state
        .store
        .batch(id)
        .filter(|entry| !matches!(entry.run.kind(), RunKind::Workflow | RunKind::Verify))
        .collect();
    let Some(created) = runs.iter().map(|entry| entry.created).min() else { return missing(id) };
    let status = batch_status(runs.iter().map(|entry| entry.run.typed_status()));
    Reply::json(
        StatusCode::OK,
        &types::BatchRun {
            object: Some(types::BatchRunObject::BatchRun),
            id: id.to_owned(),
            status,
            run_count: Some(runs.len() as i64),
            created_at: Some(created),
        },
    )
}

/// A batch's status from its runs' (at least one): `PENDING` while every run is, `PROCESSING`
/// while any is `PENDING`, `PROCESSING` or `CANCELLING`; once all have finished, `CANCELLED` if
/// any was cancelled, `FAILED` if all failed, else `PROCESSED`.
fn batch_status<'a>(statuses: impl Iterator<Item = &'a RunStatus> + Clone) -> RunStatus {
    let any = |wanted: &[RunStatus]| statuses.clone().any(|status| wanted.contains(status));
    let all = |wanted: RunStatus| statuses.clone().all(|status| *status == wanted);
    if all(RunStatus::Pending) {
        RunStatus::Pending
    } else if any(&[RunStatus::Pending, RunStatus::Processing, RunStatus::Cancelling]) {
        RunStatus::Processing
    } else if any(&[RunStatus::Cancelled]) {
        RunStatus::Cancelled
    } else if all(RunStatus::Failed) {
        RunStatus::Failed
    } else {
        RunStatus::Processed
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
        Run::Workflow(run) => Reply::json(StatusCode::OK, run),
        Run::Parse(run) => Reply::json(StatusCode::OK, run),
        Run::Verify(run) => Reply::json(StatusCode::OK, run),
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
    fn each_kind_cancels_as_the_sdks_document() {
        use RunStatus::*;
        let to = CancelRule::To;
        for kind in [RunKind::Extract, RunKind::Classify, RunKind::Split, RunKind::Processor, RunKind::Parse]
        {
            assert_eq!(cancel_rule(kind, &Processing), to(Cancelled), "{kind}");
            for status in [Pending, Processed, Failed, Cancelled] {
                assert_eq!(cancel_rule(kind, &status), CancelRule::Refused, "{kind} {status}");
            }
        }
        for status in [Pending, Processing] {
            assert_eq!(cancel_rule(RunKind::Workflow, &status), to(Cancelling));
        }
        for status in [Processed, Failed, Cancelled, Cancelling, NeedsReview, Rejected] {
            assert_eq!(cancel_rule(RunKind::Workflow, &status), CancelRule::Refused, "{status}");
        }
        assert_eq!(cancel_rule(RunKind::Verify, &Processing), to(Cancelled));
        for status in [Processed, Failed, Cancelled] {
            assert_eq!(cancel_rule(RunKind::Verify, &status), CancelRule::Unchanged, "{status}");
        }
        assert_eq!(cancel_rule(RunKind::Verify, &Pending), CancelRule::Refused);
    }

    #[test]
    fn a_batch_status_follows_its_runs() {
        use RunStatus::*;
        let status = |statuses: &[RunStatus]| batch_status(statuses.iter());
        assert_eq!(status(&[Pending, Pending]), Pending);
        assert_eq!(status(&[Pending, Processed]), Processing);
        assert_eq!(status(&[Cancelling, Cancelled]), Processing);
        assert_eq!(status(&[Processed, Cancelled, Failed]), Cancelled);
        assert_eq!(status(&[Failed, Failed]), Failed);
        assert_eq!(status(&[Processed, Failed]), Processed);
    }

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
