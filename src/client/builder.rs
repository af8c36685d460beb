//! Client configuration: the builder, the environments and the environment variables.

use crate::{
    client::request::Client,
    generated,
    model::headers::{API_VERSION_HEADER, WORKSPACE_HEADER},
    transport::retry::RetryPolicy,
    transport::settings::{ClientState, Settings, DEFAULT_MAX_RESPONSE_BYTES},
    ConfigError, Error,
};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use std::{fmt, sync::Arc, time::Duration};

/// The default per-attempt timeout: connect, send and read the whole response.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// An Extend deployment. The URLs come from the spec's `servers`, in this order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Environment {
    /// `https://api.extend.ai`, the default (US).
    #[default]
    Production,
    /// `https://api.us2.extend.app` (the `.app` domain is intentional).
    Us2,
    /// `https://api.eu1.extend.ai` (EU data residency).
    Eu1,
}

impl Environment {
    /// The base URL of this deployment.
    pub fn base_url(self) -> &'static str {
        let index = match self {
            Environment::Production => 0,
            Environment::Us2 => 1,
            Environment::Eu1 => 2,
        };
        generated::spec::SERVERS[index]
    }
}

impl Client {
    /// A builder for a client; see [`ClientBuilder`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client configured from `EXTEND_API_KEY` (required) and the optional
    /// `EXTEND_BASE_URL`, `EXTEND_WORKSPACE_ID` and `EXTEND_API_VERSION`.
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env()?.build()
    }
}

/// Builds a [`Client`]. Every setting has a default except the API key.
///
/// ```no_run
/// # fn main() -> Result<(), extend_cancel::Error> {
/// use extend_cancel::{Client, Environment};
/// use std::time::Duration;
/// let client = Client::builder()
///     .api_key("sk_...")
///     .environment(Environment::Eu1)
///     .workspace_id("ws_...")
///     .timeout(Duration::from_secs(60))
///     .max_retries(2)
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
pub struct ClientBuilder {
    api_key: Option<String>,
    environment: Environment,
    base_url: Option<String>,
    workspace_id: Option<String>,
    api_version: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    retry: RetryPolicy,
    deadline: Option<Duration>,
    max_response_bytes: Option<usize>,
    allow_insecure_http: bool,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("environment", &self.environment)
            .field("base_url", &self.base_url)
            .field("workspace_id", &self.workspace_id)
            .field("api_version", &self.api_version)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .field("deadline", &self.deadline)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .finish()
    }
}

impl ClientBuilder {
    /// A builder with every default and no API key.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder configured from the process environment: `EXTEND_API_KEY` (required),
    /// `EXTEND_BASE_URL`, `EXTEND_WORKSPACE_ID` and `EXTEND_API_VERSION` (optional). Unset and
    /// empty variables are treated alike.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`ClientBuilder::from_env`], reading variables through `lookup` instead of the
    /// process environment (for tests and for configuration stores).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let mut builder = ClientBuilder::new();
        builder.api_key = Some(get("EXTEND_API_KEY").ok_or(ConfigError::MissingApiKey)?);
        builder.base_url = get("EXTEND_BASE_URL");
        builder.workspace_id = get("EXTEND_WORKSPACE_ID");
        builder.api_version = get("EXTEND_API_VERSION");
        Ok(builder)
    }

    /// The API key, sent as `Authorization: Bearer <key>`. It is never shown by `Debug`, in
    /// errors or in logs.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The deployment to talk to (default [`Environment::Production`]). A
    /// [`ClientBuilder::base_url`] takes precedence.
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }

    /// A base URL instead of an environment's, such as `http://127.0.0.1:8080` for a test
    /// server. It may carry a path prefix; a trailing `/` is ignored.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The workspace every request targets (`x-extend-workspace-id`), required with an
    /// organization-scoped key. A per-call workspace replaces it.
    pub fn workspace_id(mut self, workspace_id: impl Into<String>) -> Self {
        self.workspace_id = Some(workspace_id.into());
        self
    }

    /// The API version sent on every request, replacing each endpoint's default from the spec
    /// (`2026-02-09` for extract, classify, split, workflow, parse and verify runs, `2025-04-21`
    /// for processor runs). A
    /// per-call version replaces it in turn.
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = Some(version.into());
        self
    }

    /// The timeout of one attempt, from connecting to reading the whole body (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The timeout for establishing a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Retries after a failed first attempt (default 2; 0 disables retries). See
    /// [`RetryPolicy`] for what is retried.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry.max_retries = retries;
        self
    }

    /// The whole retry policy: attempts, back-off, jitter and the `Retry-After` cap.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// A default overall deadline for each call: all attempts plus the waits between them
    /// (default none; each attempt is still bounded by the timeout).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// The largest response body accepted (default 32 MiB). A larger body is refused with
    /// [`Error::BodyTooLarge`] without reading past the limit.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Allows a plain `http://` base URL to a host that is not loopback. Off by default: the
    /// API key would cross the network in clear, readable by anyone on the path. Loopback
    /// (`127.0.0.0/8`, `[::1]`, `localhost`: a sandbox, a local proxy) never needs it.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Checks the configuration and builds the client. Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        let key = self.api_key.as_deref().ok_or(ConfigError::MissingApiKey)?;
        if key.trim().is_empty() {
            return Err(ConfigError::InvalidApiKey.into());
        }
        let mut bearer =
            HeaderValue::from_str(&format!("Bearer {key}")).map_err(|_| ConfigError::InvalidApiKey)?;
        bearer.set_sensitive(true);
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, bearer);
        if let Some(workspace) = &self.workspace_id {
            headers.insert(WORKSPACE_HEADER, header_value(WORKSPACE_HEADER, workspace)?);
        }
        let api_version =
            self.api_version.as_deref().map(|v| header_value(API_VERSION_HEADER, v)).transpose()?;
        let base_url = normalize_base_url(self.base_url.as_deref().unwrap_or(self.environment.base_url()))?;
        if !self.allow_insecure_http && sends_key_in_clear(&base_url) {
            return Err(ConfigError::InsecureBaseUrl { url: base_url }.into());
        }
        let max_response_bytes = self.max_response_bytes.unwrap_or(DEFAULT_MAX_RESPONSE_BYTES);
        if max_response_bytes == 0 {
            return Err(invalid_setting("max_response_bytes", "must be greater than 0"));
        }
        if !(0.0..=1.0).contains(&self.retry.jitter) {
            return Err(invalid_setting("retry_policy.jitter", "must be between 0 and 1"));
        }
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .user_agent(concat!("extend-cancel/", env!("CARGO_PKG_VERSION")))
            .timeout(timeout)
            .connect_timeout(connect_timeout)
            // The API does not redirect; following one would turn the POST into a GET and send
            // the call somewhere else. A 3xx is reported as an API error instead.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(ConfigError::HttpClient)?;
        let settings =
            Settings { retry: self.retry, api_version, deadline: self.deadline, max_response_bytes };
        Ok(Client::from_parts(
            generated::Client::new_with_client(
                &base_url,
                http,
                ClientState { settings: Arc::new(settings), built: None },
            ),
            self.workspace_id,
            timeout,
            connect_timeout,
        ))
    }
}

fn invalid_setting(name: &'static str, reason: &str) -> Error {
    ConfigError::InvalidSetting { name, reason: reason.to_owned() }.into()
}

/// Validates a header value given by the caller.
pub(crate) fn header_value(name: &'static str, value: &str) -> Result<HeaderValue, ConfigError> {
    let invalid = || ConfigError::InvalidHeaderValue { name, value: value.to_owned() };
    if value.trim().is_empty() || value.chars().any(|c| !c.is_ascii_graphic()) {
        return Err(invalid());
    }
    HeaderValue::from_str(value).map_err(|_| invalid())
}

/// Whether a (checked) base URL is plain HTTP to a host that is not loopback.
fn sends_key_in_clear(url: &str) -> bool {
    let Ok(parsed) = reqwest::Url::parse(url) else { return false };
    let host = parsed.host_str().unwrap_or_default();
    let loopback = match host.trim_start_matches('[').trim_end_matches(']').parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    };
    parsed.scheme() == "http" && !loopback
}

/// Checks that `url` is an absolute http(s) URL without query or fragment, and drops a
/// trailing `/` (the generated paths start with one).
fn normalize_base_url(url: &str) -> Result<String, ConfigError> {
    let invalid =
        |reason: &str| ConfigError::InvalidBaseUrl { url: url.to_owned(), reason: reason.to_owned() };
    let parsed = reqwest::Url::parse(url).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be http or https"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(invalid("it has no host"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("it must not have a query or fragment"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid("it must not carry credentials"));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environments_come_from_the_spec_servers() {
        assert_eq!(Environment::Production.base_url(), "https://api.extend.ai");
        assert_eq!(Environment::Us2.base_url(), "https://api.us2.extend.app");
        assert_eq!(Environment::Eu1.base_url(), "https://api.eu1.extend.ai");
    }

    #[test]
    fn base_urls_are_checked_and_normalized() {
        assert_eq!(normalize_base_url("http://127.0.0.1:8080/").unwrap(), "http://127.0.0.1:8080");
        assert_eq!(
            normalize_base_url("https://proxy.example/extend/").unwrap(),
            "https://proxy.example/extend"
        );
        for bad in
            ["", "api.extend.ai", "ftp://api.extend.ai", "https://api.extend.ai/?x=1", "https://u:p@h/"]
        {
            assert!(matches!(normalize_base_url(bad), Err(ConfigError::InvalidBaseUrl { .. })), "{bad}");
        }
    }

    #[test]
    fn plain_http_is_refused_off_loopback_unless_allowed() {
        for url in [
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:9",
            "http://localhost:1",
            "https://x.example",
        ] {
            assert!(!sends_key_in_clear(url), "{url}");
        }
        for url in
            ["http://api.extend.ai", "http://10.0.0.1:80", "http://[2001:db8::1]", "http://localhost.example"]
        {
            assert!(sends_key_in_clear(url), "{url}");
        }
        let refused =
            ClientBuilder::new().api_key("k").base_url("http://proxy.example/").build().unwrap_err();
        assert!(
            matches!(&refused, Error::Config(ConfigError::InsecureBaseUrl { url }) if url == "http://proxy.example")
        );
        assert_eq!(
            refused.to_string(),
            "refusing to send the API key in clear to http://proxy.example: use https, or allow plain \
             HTTP explicitly (ClientBuilder::allow_insecure_http)"
        );
        let allowed =
            ClientBuilder::new().api_key("k").base_url("http://proxy.example").allow_insecure_http(true);
        assert_eq!(allowed.build().unwrap().base_url(), "http://proxy.example");
    }

    #[test]
    fn env_lookup_requires_a_key_and_ignores_empty_values() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        assert!(matches!(
            ClientBuilder::from_lookup(vars(&[("EXTEND_API_KEY", " ")])),
            Err(Error::Config(ConfigError::MissingApiKey))
        ));
        let builder = ClientBuilder::from_lookup(vars(&[
            ("EXTEND_API_KEY", "sk_test"),
            ("EXTEND_BASE_URL", "http://127.0.0.1:9"),
            ("EXTEND_WORKSPACE_ID", "ws_1"),
            ("EXTEND_API_VERSION", ""),
        ]))
        .unwrap();
        assert_eq!(builder.base_url.as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(builder.workspace_id.as_deref(), Some("ws_1"));
        assert_eq!(builder.api_version, None);
        assert!(!format!("{builder:?}").contains("sk_test"));
    }
}
