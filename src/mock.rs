//! placeholder: typed httpmock helpers
