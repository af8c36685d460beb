//! Retrieve and list on the wire: the exact request (method, path, query string, headers) and
//! the typed result, paging across pages, and a failed page retried where the stream was.

use crate::{
    endpoints::{body_for, request_headers, ENDPOINTS},
    support::{client, extract_run},
};
use extend_cancel::{types, Run, RunFilter, RunKind, RunSource, RunStatus, SortBy, SortDir};
use futures_util::{StreamExt, TryStreamExt};
use httpmock::{Method::GET, MockServer};
use serde_json::{json, Value};

/// A list page's body: summaries of these ids (extract runs), with `next` as the next page's token.
fn page(ids: &[&str], next: Option<&str>) -> Value {
    let data: Vec<Value> = ids.iter().map(|id| summary(id, "PROCESSING")).collect();
    json!({ "object": "list", "data": data, "nextPageToken": next })
}

/// An extract run summary with the fields every summary carries.
fn summary(id: &str, status: &str) -> Value {
    let mut run = extract_run(id);
    run["status"] = status.into();
    for full_only in ["output", "initialOutput", "reviewedOutput", "config", "metrics"] {
        run.as_object_mut().unwrap().remove(full_only);
    }
    run
}

#[tokio::test]
async fn get_sends_one_get_per_kind_with_its_default_version_and_returns_the_current_run() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    for (kind, path, prefix, version) in ENDPOINTS {
        let id = format!("{prefix}_Xj8mK2pL9nR4vT7qY5wZ");
        let mock = server
            .mock_async(|when, then| {
                request_headers(when.method(GET).path(format!("/{path}/{id}")), version)
                    .header_missing("x-extend-workspace-id");
                then.status(200).json_body(body_for(kind, &id));
            })
            .await;
        let run: Run = client.get(id.as_str()).await.unwrap_or_else(|e| panic!("{id}: {e:?}"));
        assert_eq!((run.kind(), run.id()), (kind, id.as_str()));
        mock.assert_async().await;
        mock.delete_async().await;
    }
}

#[tokio::test]
async fn get_through_a_handle_sends_the_call_options_and_types_the_body() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let mock = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/processor_runs/dpr_1"), "2026-02-09")
                .header("x-extend-workspace-id", "ws_other");
            then.status(200).json_body(body_for(RunKind::Processor, "dpr_1"));
        })
        .await;
    let fetched: types::ProcessorRunGetResponse = client
        .processor_runs()
        .get("dpr_1")
        .api_version("2026-02-09")
        .workspace_id("ws_other")
        .await
        .unwrap()
        .into_inner();
    assert_eq!(fetched.processor_run.id, "dpr_1");
    mock.assert_async().await;
}

#[tokio::test]
async fn get_refuses_a_bad_id_before_sending() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let error = client.extract_runs().get("exr_a/b").await.unwrap_err();
    assert!(matches!(error, extend_cancel::Error::InvalidRunId(_)), "{error:?}");
    let error = client.get("xyz_1").await.unwrap_err();
    assert!(matches!(error, extend_cancel::Error::InvalidRunId(_)), "{error:?}");
}

#[tokio::test]
async fn list_sends_every_filter_in_the_query_string_percent_encoded() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    // Alphabetical, as the generated client writes them; `+`, space, `&` and `é` encoded.
    let expected = "batchId=bpr_1&extractorId=ex_a%2Bb&fileNameContains=Q3+invoice+%26+co+%C3%A9t%C3%A9\
                    &maxPageSize=50&nextPageToken=tok%3D%3D&sortBy=createdAt&sortDir=asc&source=API\
                    &sourceId=wf_1&status=PROCESSING";
    let mock = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/extract_runs"), "2026-02-09")
                .header("x-extend-workspace-id", "ws_1")
                .is_true(move |req| req.uri().query() == Some(expected));
            then.status(200).json_body(page(&["exr_1"], None));
        })
        .await;
    let runs: Vec<types::ExtractRunSummary> = client
        .extract_runs()
        .list()
        .status(RunStatus::Processing)
        .extractor_id("ex_a+b")
        .batch_id("bpr_1")
        .source(RunSource::Api)
        .source_id("wf_1")
        .file_name_contains("Q3 invoice & co été")
        .sort_by(SortBy::CreatedAt)
        .sort_dir(SortDir::Asc)
        .max_page_size(50)
        .page_token("tok==")
        .workspace_id("ws_1")
        .try_collect()
        .await
        .unwrap();
    assert_eq!(runs.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["exr_1"]);
    assert_eq!(runs[0].status, RunStatus::Processing);
    mock.assert_async().await;
}

#[tokio::test]
async fn list_without_filters_sends_no_query_and_each_kind_names_its_own_filter() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let plain = server
        .mock_async(|when, then| {
            request_headers(when.method(GET).path("/split_runs"), "2026-02-09")
                .is_true(|req| req.uri().query().is_none());
            then.status(200).json_body(json!({"object": "list", "data": [], "nextPageToken": null}));
        })
        .await;
    assert_eq!(client.split_runs().list().count().await, 0);
    plain.assert_async().await;
    let classify = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/classify_runs")
                .is_true(|req| req.uri().query() == Some("classifierId=cl_1"));
            then.status(200).json_body(json!({"object": "list", "data": []}));
        })
        .await;
    assert_eq!(client.classify_runs().list().classifier_id("cl_1").count().await, 0);
    classify.assert_async().await;
    let split = server
        .mock_async(|when, then| {
            when.method(GET).path("/split_runs").is_true(|req| req.uri().query() == Some("splitterId=spl_1"));
            then.status(200).json_body(json!({"object": "list", "data": []}));
        })
        .await;
    assert_eq!(client.split_runs().list().splitter_id("spl_1").count().await, 0);
    split.assert_async().await;
}

/// The page `token` names (the first page for `None`) of the extract runs of batch `bpr_1`.
async fn page_mock<'a>(
    server: &'a MockServer,
    token: Option<&str>,
    status: u16,
    body: Value,
) -> httpmock::Mock<'a> {
    let expected = match token {
        Some(token) => format!("batchId=bpr_1&nextPageToken={token}"),
        None => "batchId=bpr_1".to_owned(),
    };
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/extract_runs")
                .is_true(move |req| req.uri().query() == Some(expected.as_str()));
            // Retry-After keeps a retried request waiting long enough for a test to swap mocks.
            then.status(status).header("retry-after", "1").json_body(body);
        })
        .await
}

fn second_page() -> Value {
    page(&["exr_3", "exr_4"], Some("p3"))
}

/// Serves three pages of extract runs, chained by tokens.
async fn three_pages(server: &MockServer) -> Vec<httpmock::Mock<'_>> {
    vec![
        page_mock(server, None, 200, page(&["exr_1", "exr_2"], Some("p2"))).await,
        page_mock(server, Some("p2"), 200, second_page()).await,
        page_mock(server, Some("p3"), 200, page(&["exr_5"], None)).await,
    ]
}

#[tokio::test]
async fn list_follows_next_page_tokens_across_three_pages_fetching_each_page_only_when_read() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let mocks = three_pages(&server).await;
    let mut runs = client.extract_runs().list().batch_id("bpr_1");
    let first = runs.next().await.unwrap().unwrap();
    assert_eq!(first.id, "exr_1");
    // One summary read: the second page has not been asked for.
    assert_eq!((mocks[0].calls_async().await, mocks[1].calls_async().await), (1, 0));
    let rest: Vec<String> = runs.map(|run| run.unwrap().id).collect().await;
    assert_eq!(rest, ["exr_2", "exr_3", "exr_4", "exr_5"]);
    for mock in &mocks {
        mock.assert_async().await;
    }
}

#[tokio::test]
async fn a_page_that_fails_with_503_is_retried_and_the_stream_goes_on_where_it_was() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let mut mocks = three_pages(&server).await;
    mocks.remove(1).delete_async().await;
    let busy = json!({"code": "INTERNAL_ERROR", "message": "busy", "retryable": true});
    let failing = page_mock(&server, Some("p2"), 503, busy).await;
    let read = client.extract_runs().list().batch_id("bpr_1").map(|run| run.unwrap().id).collect::<Vec<_>>();
    // Once the second page has failed, it is served again (during the retry's 1 s wait).
    let swap = async {
        for _ in 0..500 {
            if failing.calls_async().await > 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        failing.delete_async().await;
        page_mock(&server, Some("p2"), 200, second_page()).await
    };
    let (ids, served) = tokio::join!(read, swap);
    assert_eq!(ids, ["exr_1", "exr_2", "exr_3", "exr_4", "exr_5"], "no run lost or repeated");
    served.assert_async().await;
    for mock in &mocks {
        mock.assert_async().await;
    }
}

#[tokio::test]
async fn list_matching_a_batch_lists_every_listed_kind_and_an_extractor_filter_only_extract_runs() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let mut mocks = Vec::new();
    for (path, id) in [("extract_runs", "exr_1"), ("classify_runs", "clr_1"), ("split_runs", "splr_1")] {
        let kind = RunKind::from_id(id).unwrap();
        let mut body = body_for(kind, id);
        body["status"] = "PROCESSING".into();
        mocks.push(
            server
                .mock_async(|when, then| {
                    when.method(GET)
                        .path(format!("/{path}"))
                        .is_true(|req| req.uri().query() == Some("batchId=bpr_9&status=PENDING"));
                    then.status(200).json_body(json!({"object": "list", "data": [body]}));
                })
                .await,
        );
    }
    let filter = RunFilter::batch("bpr_9").status(RunStatus::Pending);
    let listed: Vec<(RunKind, String)> = client
        .list_matching(filter)
        .map(|run| run.map(|run| (run.kind(), run.id().to_owned())))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        listed,
        [
            (RunKind::Extract, "exr_1".into()),
            (RunKind::Classify, "clr_1".into()),
            (RunKind::Split, "splr_1".into())
        ]
    );
    for mock in &mocks {
        mock.assert_async().await;
    }
    let only_extract = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/extract_runs")
                .is_true(|req| req.uri().query() == Some("extractorId=ex_7"));
            then.status(200).json_body(json!({"object": "list", "data": []}));
        })
        .await;
    let any_classify = server
        .mock_async(|when, then| {
            when.method(GET).path("/classify_runs");
            then.status(200).json_body(json!({"object": "list", "data": []}));
        })
        .await;
    let none: Vec<_> = client.list_matching(RunFilter::extractor("ex_7")).collect().await;
    assert!(none.is_empty(), "{none:?}");
    only_extract.assert_async().await;
    assert_eq!(any_classify.calls_async().await, 0, "no classify runs listed for an extractor filter");
    // Verify runs have no batch filter: naming them with one is refused, nothing is sent.
    let refused: Vec<_> =
        client.list_matching(RunFilter::batch("bpr_9").kinds(&[RunKind::Verify])).collect().await;
    assert!(
        matches!(&refused[..], [Err(extend_cancel::Error::Config(error))] if error.to_string()
            == "invalid setting kinds: verify runs cannot be listed by batch_id (the API would ignore it and list every run)"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_page_that_names_itself_as_the_next_one_ends_the_list_instead_of_looping() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let first = page_mock(&server, None, 200, page(&["exr_1"], Some("p2"))).await;
    let looping = page_mock(&server, Some("p2"), 200, page(&["exr_2"], Some("p2"))).await;
    let ids: Vec<String> =
        client.extract_runs().list().batch_id("bpr_1").map(|run| run.unwrap().id).collect().await;
    assert_eq!(ids, ["exr_1", "exr_2"]);
    first.assert_async().await;
    looping.assert_async().await;
}

#[tokio::test]
async fn a_filter_that_would_match_everything_by_mistake_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let client = client(&server.base_url());
    let anything = server
        .mock_async(|_, then| {
            then.status(500);
        })
        .await;
    let cases = [
        (RunFilter::batch(""), "batch_id"),
        (RunFilter::extractor("  "), "extractor_id"),
        (RunFilter::all().file_name_contains(""), "file_name_contains"),
        (RunFilter::all().kinds(&[]), "kinds"),
        (RunFilter::extractor("ex_1").kinds(&[RunKind::Split]), "kinds"),
    ];
    for (filter, setting) in cases {
        let items: Vec<_> = client.list_matching(filter.clone()).collect().await;
        assert!(
            matches!(&items[..], [Err(extend_cancel::Error::Config(extend_cancel::ConfigError::InvalidSetting { name, .. }))] if *name == setting),
            "{filter:?}: {items:?}"
        );
        let outcomes: Vec<_> = client.cancel_matching(filter).collect().await;
        assert!(matches!(&outcomes[..], [Err(extend_cancel::Error::Config(_))]), "{outcomes:?}");
    }
    assert_eq!(anything.calls_async().await, 0, "nothing was sent");
}
