//! What a request's path asks for, and the method each path takes.

use crate::reply::Shape;
use extend_cancel::RunKind;
use http::Method;

/// What the path asks for. Ids are percent-decoded (`None` if they do not decode).
#[derive(Debug)]
pub(crate) enum Route {
    /// `POST /{kind}_runs/{id}/cancel`.
    Cancel(RunKind, Option<String>),
    /// `GET /{kind}_runs/{id}`.
    Retrieve(RunKind, Option<String>),
    /// `GET /{kind}_runs`.
    List(RunKind),
    /// `GET /batch_runs/{id}`.
    BatchRun(Option<String>),
    /// Anything else.
    Unknown,
}

impl Route {
    pub(crate) fn parse(path: &str) -> Route {
        let mut segments = path.strip_prefix('/').unwrap_or(path).split('/');
        let kind = match segments.next() {
            Some("extract_runs") => RunKind::Extract,
            Some("classify_runs") => RunKind::Classify,
            Some("split_runs") => RunKind::Split,
            Some("processor_runs") => RunKind::Processor,
            Some("workflow_runs") => RunKind::Workflow,
            Some("parse_runs") => RunKind::Parse,
            Some("verify_runs") => RunKind::Verify,
            Some("batch_runs") => {
                return match (segments.next(), segments.next()) {
                    (Some(id), None) if !id.is_empty() => Route::BatchRun(percent_decode(id)),
                    _ => Route::Unknown,
                }
            }
            _ => return Route::Unknown,
        };
        match (segments.next(), segments.next(), segments.next()) {
            (None, ..) => Route::List(kind),
            (Some(id), None, _) if !id.is_empty() => Route::Retrieve(kind, percent_decode(id)),
            (Some(id), Some("cancel"), None) => Route::Cancel(kind, percent_decode(id)),
            _ => Route::Unknown,
        }
    }

    /// The error body shape of the endpoint's API version.
    pub(crate) fn shape(&self) -> Shape {
        match self {
            Route::Cancel(RunKind::Processor, _)
            | Route::Retrieve(RunKind::Processor, _)
            | Route::List(RunKind::Processor) => Shape::V2025,
            _ => Shape::V2026,
        }
    }

    /// The one method the path takes, and what it does, for the 405 message.
    pub(crate) fn method(&self) -> Option<(Method, &'static str)> {
        match self {
            Route::Cancel(..) => Some((Method::POST, "cancel a run")),
            Route::Retrieve(..) => Some((Method::GET, "retrieve a run")),
            Route::List(_) => Some((Method::GET, "list runs")),
            Route::BatchRun(_) => Some((Method::GET, "retrieve a batch run")),
            Route::Unknown => None,
        }
    }

    /// The `x-extend-api-version` values the endpoint is served under: the processor
    /// endpoints under their own 2025-04-21 and, as on Extend (deprecated there), 2026-02-09,
    /// which the official SDKs send; the others under 2026-02-09.
    pub(crate) fn versions(&self) -> &'static [&'static str] {
        match self.shape() {
            Shape::V2025 => &["2025-04-21", "2026-02-09"],
            Shape::V2026 => &["2026-02-09"],
        }
    }
}

/// Decodes `%XX` escapes; `None` for a malformed escape or a result that is not UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_cancel_retrieve_and_list_paths_and_decodes_ids() {
        let cases = [
            ("/extract_runs/exr_1/cancel", RunKind::Extract, "exr_1"),
            ("/classify_runs/clr_1/cancel", RunKind::Classify, "clr_1"),
            ("/split_runs/splr_1/cancel", RunKind::Split, "splr_1"),
            ("/processor_runs/dpr_%C3%BC/cancel", RunKind::Processor, "dpr_ü"),
            ("/workflow_runs/workflow_run_1/cancel", RunKind::Workflow, "workflow_run_1"),
            ("/parse_runs/pr_1/cancel", RunKind::Parse, "pr_1"),
            ("/verify_runs/vr_1/cancel", RunKind::Verify, "vr_1"),
        ];
        for (path, kind, id) in cases {
            match Route::parse(path) {
                Route::Cancel(k, Some(i)) => assert_eq!((k, i.as_str()), (kind, id), "{path}"),
                other => panic!("{path}: {other:?}"),
            }
            let retrieve = path.trim_end_matches("/cancel");
            match Route::parse(retrieve) {
                Route::Retrieve(k, Some(i)) => assert_eq!((k, i.as_str()), (kind, id), "{retrieve}"),
                other => panic!("{retrieve}: {other:?}"),
            }
        }
        for (path, kind) in [
            ("/extract_runs", RunKind::Extract),
            ("/classify_runs", RunKind::Classify),
            ("/split_runs", RunKind::Split),
            ("/processor_runs", RunKind::Processor),
            ("/workflow_runs", RunKind::Workflow),
            ("/parse_runs", RunKind::Parse),
            ("/verify_runs", RunKind::Verify),
        ] {
            assert!(matches!(Route::parse(path), Route::List(k) if k == kind), "{path}");
        }
        assert!(matches!(Route::parse("/batch_runs/bpr_%31"), Route::BatchRun(Some(id)) if id == "bpr_1"));
        for path in [
            "/",
            "/extract_runs/",
            "/extract_runs/exr_1/cancel/x",
            "/extract_runs/exr_1/retry",
            "/edit_runs/er_1/cancel",
            "/batch_runs",
            "/batch_runs/",
            "/batch_runs/bpr_1/cancel",
            "/batch_processor_runs/bpr_1",
        ] {
            assert!(matches!(Route::parse(path), Route::Unknown), "{path}");
        }
        assert!(matches!(Route::parse("/extract_runs/exr_%ZZ/cancel"), Route::Cancel(_, None)));
        assert!(matches!(Route::parse("/extract_runs/exr_%FF"), Route::Retrieve(_, None)));
    }

    #[test]
    fn processor_endpoints_take_both_versions_and_the_2025_shape() {
        let processor = Route::parse("/processor_runs/dpr_1");
        assert_eq!(
            (processor.shape(), processor.versions()),
            (Shape::V2025, &["2025-04-21", "2026-02-09"][..])
        );
        let legacy_list = Route::parse("/processor_runs");
        assert_eq!(
            (legacy_list.shape(), legacy_list.versions()),
            (Shape::V2025, &["2025-04-21", "2026-02-09"][..])
        );
        for path in
            ["/split_runs", "/workflow_runs/workflow_run_1/cancel", "/verify_runs", "/batch_runs/bpr_1"]
        {
            let route = Route::parse(path);
            assert_eq!((route.shape(), route.versions()), (Shape::V2026, &["2026-02-09"][..]), "{path}");
        }
    }
}
