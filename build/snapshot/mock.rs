// Generated from openapi/extend-cancel.yaml by build/generate.rs; do not edit.
pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::generated::*;
    pub struct CancelExtractRunWhen(::httpmock::When);
    impl CancelExtractRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/extract_runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/extract_runs/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct CancelExtractRunThen(::httpmock::Then);
    impl CancelExtractRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ExtractRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CancelClassifyRunWhen(::httpmock::When);
    impl CancelClassifyRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/classify_runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/classify_runs/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct CancelClassifyRunThen(::httpmock::Then);
    impl CancelClassifyRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ClassifyRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CancelSplitRunWhen(::httpmock::When);
    impl CancelSplitRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/split_runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/split_runs/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct CancelSplitRunThen(::httpmock::Then);
    impl CancelSplitRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SplitRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CancelProcessorRunWhen(::httpmock::When);
    impl CancelProcessorRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/processor_runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/processor_runs/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct CancelProcessorRunThen(::httpmock::Then);
    impl CancelProcessorRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProcessorRunCancelResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListExtractRunsWhen(::httpmock::When);
    impl ListExtractRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/extract_runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn batch_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("batchId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("batchId"))
            }
        }
        pub fn extractor_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("extractorId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("extractorId"))
            }
        }
        pub fn file_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("fileNameContains", value.to_string()))
            } else {
                Self(self.0.query_param_missing("fileNameContains"))
            }
        }
        pub fn max_page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("maxPageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("maxPageSize"))
            }
        }
        pub fn next_page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("nextPageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("nextPageToken"))
            }
        }
        pub fn sort_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortBy>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortBy", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortBy"))
            }
        }
        pub fn sort_dir<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortDir>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortDir", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortDir"))
            }
        }
        pub fn source<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunSource>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("source", value.to_string()))
            } else {
                Self(self.0.query_param_missing("source"))
            }
        }
        pub fn source_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sourceId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sourceId"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct ListExtractRunsThen(::httpmock::Then);
    impl ListExtractRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ExtractRunsListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListClassifyRunsWhen(::httpmock::When);
    impl ListClassifyRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/classify_runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn batch_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("batchId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("batchId"))
            }
        }
        pub fn classifier_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("classifierId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("classifierId"))
            }
        }
        pub fn file_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("fileNameContains", value.to_string()))
            } else {
                Self(self.0.query_param_missing("fileNameContains"))
            }
        }
        pub fn max_page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("maxPageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("maxPageSize"))
            }
        }
        pub fn next_page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("nextPageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("nextPageToken"))
            }
        }
        pub fn sort_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortBy>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortBy", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortBy"))
            }
        }
        pub fn sort_dir<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortDir>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortDir", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortDir"))
            }
        }
        pub fn source<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunSource>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("source", value.to_string()))
            } else {
                Self(self.0.query_param_missing("source"))
            }
        }
        pub fn source_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sourceId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sourceId"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct ListClassifyRunsThen(::httpmock::Then);
    impl ListClassifyRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ClassifyRunsListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListSplitRunsWhen(::httpmock::When);
    impl ListSplitRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/split_runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn batch_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("batchId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("batchId"))
            }
        }
        pub fn file_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("fileNameContains", value.to_string()))
            } else {
                Self(self.0.query_param_missing("fileNameContains"))
            }
        }
        pub fn max_page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("maxPageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("maxPageSize"))
            }
        }
        pub fn next_page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("nextPageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("nextPageToken"))
            }
        }
        pub fn sort_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortBy>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortBy", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortBy"))
            }
        }
        pub fn sort_dir<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortDir>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortDir", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortDir"))
            }
        }
        pub fn source<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunSource>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("source", value.to_string()))
            } else {
                Self(self.0.query_param_missing("source"))
            }
        }
        pub fn source_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sourceId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sourceId"))
            }
        }
        pub fn splitter_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("splitterId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("splitterId"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct ListSplitRunsThen(::httpmock::Then);
    impl ListSplitRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SplitRunsListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveExtractRunWhen(::httpmock::When);
    impl RetrieveExtractRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/extract_runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/extract_runs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct RetrieveExtractRunThen(::httpmock::Then);
    impl RetrieveExtractRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ExtractRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveClassifyRunWhen(::httpmock::When);
    impl RetrieveClassifyRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/classify_runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/classify_runs/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct RetrieveClassifyRunThen(::httpmock::Then);
    impl RetrieveClassifyRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ClassifyRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveSplitRunWhen(::httpmock::When);
    impl RetrieveSplitRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/split_runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/split_runs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct RetrieveSplitRunThen(::httpmock::Then);
    impl RetrieveSplitRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SplitRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveProcessorRunWhen(::httpmock::When);
    impl RetrieveProcessorRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/processor_runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/processor_runs/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct RetrieveProcessorRunThen(::httpmock::Then);
    impl RetrieveProcessorRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProcessorRunGetResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CancelWorkflowRunWhen(::httpmock::When);
    impl CancelWorkflowRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/workflow_runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/workflow_runs/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct CancelWorkflowRunThen(::httpmock::Then);
    impl CancelWorkflowRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WorkflowRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListWorkflowRunsWhen(::httpmock::When);
    impl ListWorkflowRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/workflow_runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn batch_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("batchId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("batchId"))
            }
        }
        pub fn file_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("fileNameContains", value.to_string()))
            } else {
                Self(self.0.query_param_missing("fileNameContains"))
            }
        }
        pub fn max_page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("maxPageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("maxPageSize"))
            }
        }
        pub fn next_page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("nextPageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("nextPageToken"))
            }
        }
        pub fn sort_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortBy>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortBy", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortBy"))
            }
        }
        pub fn sort_dir<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortDir>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortDir", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortDir"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn workflow_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("workflowId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("workflowId"))
            }
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct ListWorkflowRunsThen(::httpmock::Then);
    impl ListWorkflowRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WorkflowRunsListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveWorkflowRunWhen(::httpmock::When);
    impl RetrieveWorkflowRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/workflow_runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/workflow_runs/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct RetrieveWorkflowRunThen(::httpmock::Then);
    impl RetrieveWorkflowRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WorkflowRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CancelParseRunWhen(::httpmock::When);
    impl CancelParseRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/parse_runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/parse_runs/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct CancelParseRunThen(::httpmock::Then);
    impl CancelParseRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ParseRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListParseRunsWhen(::httpmock::When);
    impl ListParseRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/parse_runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn batch_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("batchId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("batchId"))
            }
        }
        pub fn file_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("fileNameContains", value.to_string()))
            } else {
                Self(self.0.query_param_missing("fileNameContains"))
            }
        }
        pub fn max_page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("maxPageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("maxPageSize"))
            }
        }
        pub fn next_page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("nextPageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("nextPageToken"))
            }
        }
        pub fn source<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunSource>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("source", value.to_string()))
            } else {
                Self(self.0.query_param_missing("source"))
            }
        }
        pub fn source_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sourceId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sourceId"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct ListParseRunsThen(::httpmock::Then);
    impl ListParseRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ParseRunsListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveParseRunWhen(::httpmock::When);
    impl RetrieveParseRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/parse_runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/parse_runs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct RetrieveParseRunThen(::httpmock::Then);
    impl RetrieveParseRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ParseRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CancelVerifyRunWhen(::httpmock::When);
    impl CancelVerifyRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/verify_runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/verify_runs/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct CancelVerifyRunThen(::httpmock::Then);
    impl CancelVerifyRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VerifyRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListVerifyRunsWhen(::httpmock::When);
    impl ListVerifyRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/verify_runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn file_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("fileNameContains", value.to_string()))
            } else {
                Self(self.0.query_param_missing("fileNameContains"))
            }
        }
        pub fn max_page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("maxPageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("maxPageSize"))
            }
        }
        pub fn next_page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("nextPageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("nextPageToken"))
            }
        }
        pub fn risk_level<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::VerifyRiskLevel>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("riskLevel", value.to_string()))
            } else {
                Self(self.0.query_param_missing("riskLevel"))
            }
        }
        pub fn sort_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortBy>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortBy", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortBy"))
            }
        }
        pub fn sort_dir<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortDir>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortDir", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortDir"))
            }
        }
        pub fn source<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunSource>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("source", value.to_string()))
            } else {
                Self(self.0.query_param_missing("source"))
            }
        }
        pub fn source_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sourceId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sourceId"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct ListVerifyRunsThen(::httpmock::Then);
    impl ListVerifyRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VerifyRunsListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveVerifyRunWhen(::httpmock::When);
    impl RetrieveVerifyRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/verify_runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/verify_runs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct RetrieveVerifyRunThen(::httpmock::Then);
    impl RetrieveVerifyRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::VerifyRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListProcessorRunsWhen(::httpmock::When);
    impl ListProcessorRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/processor_runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn file_name_contains<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("fileNameContains", value.to_string()))
            } else {
                Self(self.0.query_param_missing("fileNameContains"))
            }
        }
        pub fn max_page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("maxPageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("maxPageSize"))
            }
        }
        pub fn next_page_token<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("nextPageToken", value.to_string()))
            } else {
                Self(self.0.query_param_missing("nextPageToken"))
            }
        }
        pub fn processor_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("processorId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("processorId"))
            }
        }
        pub fn processor_type<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::LegacyProcessorType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("processorType", value.to_string()))
            } else {
                Self(self.0.query_param_missing("processorType"))
            }
        }
        pub fn sort_by<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortBy>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortBy", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortBy"))
            }
        }
        pub fn sort_dir<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::SortDir>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sortDir", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sortDir"))
            }
        }
        pub fn source<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunSource>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("source", value.to_string()))
            } else {
                Self(self.0.query_param_missing("source"))
            }
        }
        pub fn source_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sourceId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sourceId"))
            }
        }
        pub fn status<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a crate::RunStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct ListProcessorRunsThen(::httpmock::Then);
    impl ListProcessorRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ProcessorRunsListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveBatchRunWhen(::httpmock::When);
    impl RetrieveBatchRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/batch_runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(&format!("^/batch_runs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn x_extend_api_version<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-api-version", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-api-version"))
            }
        }
        pub fn x_extend_workspace_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("x-extend-workspace-id", value.to_string()))
            } else {
                Self(self.0.header_missing("x-extend-workspace-id"))
            }
        }
    }
    pub struct RetrieveBatchRunThen(::httpmock::Then);
    impl RetrieveBatchRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::BatchRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorBody) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn cancel_extract_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelExtractRunWhen, operations::CancelExtractRunThen);
    fn cancel_classify_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelClassifyRunWhen, operations::CancelClassifyRunThen);
    fn cancel_split_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelSplitRunWhen, operations::CancelSplitRunThen);
    fn cancel_processor_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CancelProcessorRunWhen,
            operations::CancelProcessorRunThen,
        );
    fn list_extract_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListExtractRunsWhen, operations::ListExtractRunsThen);
    fn list_classify_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListClassifyRunsWhen, operations::ListClassifyRunsThen);
    fn list_split_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListSplitRunsWhen, operations::ListSplitRunsThen);
    fn retrieve_extract_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveExtractRunWhen,
            operations::RetrieveExtractRunThen,
        );
    fn retrieve_classify_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveClassifyRunWhen,
            operations::RetrieveClassifyRunThen,
        );
    fn retrieve_split_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveSplitRunWhen, operations::RetrieveSplitRunThen);
    fn retrieve_processor_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveProcessorRunWhen,
            operations::RetrieveProcessorRunThen,
        );
    fn cancel_workflow_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelWorkflowRunWhen, operations::CancelWorkflowRunThen);
    fn list_workflow_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListWorkflowRunsWhen, operations::ListWorkflowRunsThen);
    fn retrieve_workflow_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveWorkflowRunWhen,
            operations::RetrieveWorkflowRunThen,
        );
    fn cancel_parse_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelParseRunWhen, operations::CancelParseRunThen);
    fn list_parse_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListParseRunsWhen, operations::ListParseRunsThen);
    fn retrieve_parse_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveParseRunWhen, operations::RetrieveParseRunThen);
    fn cancel_verify_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelVerifyRunWhen, operations::CancelVerifyRunThen);
    fn list_verify_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListVerifyRunsWhen, operations::ListVerifyRunsThen);
    fn retrieve_verify_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveVerifyRunWhen, operations::RetrieveVerifyRunThen);
    fn list_processor_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProcessorRunsWhen, operations::ListProcessorRunsThen);
    fn retrieve_batch_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveBatchRunWhen, operations::RetrieveBatchRunThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn cancel_extract_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelExtractRunWhen, operations::CancelExtractRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelExtractRunWhen::new(when),
                operations::CancelExtractRunThen::new(then),
            )
        })
    }
    fn cancel_classify_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelClassifyRunWhen, operations::CancelClassifyRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelClassifyRunWhen::new(when),
                operations::CancelClassifyRunThen::new(then),
            )
        })
    }
    fn cancel_split_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelSplitRunWhen, operations::CancelSplitRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelSplitRunWhen::new(when),
                operations::CancelSplitRunThen::new(then),
            )
        })
    }
    fn cancel_processor_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CancelProcessorRunWhen,
            operations::CancelProcessorRunThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelProcessorRunWhen::new(when),
                operations::CancelProcessorRunThen::new(then),
            )
        })
    }
    fn list_extract_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListExtractRunsWhen, operations::ListExtractRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListExtractRunsWhen::new(when),
                operations::ListExtractRunsThen::new(then),
            )
        })
    }
    fn list_classify_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListClassifyRunsWhen, operations::ListClassifyRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListClassifyRunsWhen::new(when),
                operations::ListClassifyRunsThen::new(then),
            )
        })
    }
    fn list_split_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListSplitRunsWhen, operations::ListSplitRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListSplitRunsWhen::new(when),
                operations::ListSplitRunsThen::new(then),
            )
        })
    }
    fn retrieve_extract_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveExtractRunWhen,
            operations::RetrieveExtractRunThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveExtractRunWhen::new(when),
                operations::RetrieveExtractRunThen::new(then),
            )
        })
    }
    fn retrieve_classify_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveClassifyRunWhen,
            operations::RetrieveClassifyRunThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveClassifyRunWhen::new(when),
                operations::RetrieveClassifyRunThen::new(then),
            )
        })
    }
    fn retrieve_split_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveSplitRunWhen, operations::RetrieveSplitRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveSplitRunWhen::new(when),
                operations::RetrieveSplitRunThen::new(then),
            )
        })
    }
    fn retrieve_processor_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveProcessorRunWhen,
            operations::RetrieveProcessorRunThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveProcessorRunWhen::new(when),
                operations::RetrieveProcessorRunThen::new(then),
            )
        })
    }
    fn cancel_workflow_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelWorkflowRunWhen, operations::CancelWorkflowRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelWorkflowRunWhen::new(when),
                operations::CancelWorkflowRunThen::new(then),
            )
        })
    }
    fn list_workflow_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListWorkflowRunsWhen, operations::ListWorkflowRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListWorkflowRunsWhen::new(when),
                operations::ListWorkflowRunsThen::new(then),
            )
        })
    }
    fn retrieve_workflow_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveWorkflowRunWhen,
            operations::RetrieveWorkflowRunThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveWorkflowRunWhen::new(when),
                operations::RetrieveWorkflowRunThen::new(then),
            )
        })
    }
    fn cancel_parse_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelParseRunWhen, operations::CancelParseRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelParseRunWhen::new(when),
                operations::CancelParseRunThen::new(then),
            )
        })
    }
    fn list_parse_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListParseRunsWhen, operations::ListParseRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListParseRunsWhen::new(when),
                operations::ListParseRunsThen::new(then),
            )
        })
    }
    fn retrieve_parse_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveParseRunWhen, operations::RetrieveParseRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveParseRunWhen::new(when),
                operations::RetrieveParseRunThen::new(then),
            )
        })
    }
    fn cancel_verify_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelVerifyRunWhen, operations::CancelVerifyRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelVerifyRunWhen::new(when),
                operations::CancelVerifyRunThen::new(then),
            )
        })
    }
    fn list_verify_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListVerifyRunsWhen, operations::ListVerifyRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListVerifyRunsWhen::new(when),
                operations::ListVerifyRunsThen::new(then),
            )
        })
    }
    fn retrieve_verify_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveVerifyRunWhen, operations::RetrieveVerifyRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveVerifyRunWhen::new(when),
                operations::RetrieveVerifyRunThen::new(then),
            )
        })
    }
    fn list_processor_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListProcessorRunsWhen, operations::ListProcessorRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListProcessorRunsWhen::new(when),
                operations::ListProcessorRunsThen::new(then),
            )
        })
    }
    fn retrieve_batch_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveBatchRunWhen, operations::RetrieveBatchRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveBatchRunWhen::new(when),
                operations::RetrieveBatchRunThen::new(then),
            )
        })
    }
}
