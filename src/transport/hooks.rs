//! progenitor's hooks, implemented for the generated client. The generated methods build each
//! request from the spec (path, query, headers); `pre` fixes its version headers and, on the
//! per-call client the wrapper makes ([`ClientState::building`]), takes the request and ends
//! the generated call there, so that the wrapper sends it through its one attempt loop and
//! reads the response once. For callers of [`crate::Client::generated`], `exec` runs the same
//! attempt loop and hands the generated code the final response.

use crate::{
    generated,
    model::headers::{API_VERSION, PROGENITOR_VERSION},
    transport::{
        attempts::{attempt_loop, CallLimits},
        settings::ClientState,
    },
    ConfigError, Error,
};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::HeaderValue;

impl ClientHooks<ClientState> for generated::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let headers = request.headers_mut();
        // progenitor adds `api-version: <info.version>` unconditionally; Extend's header is
        // `x-extend-api-version`, and a second version header would only mislead proxies.
        headers.remove(PROGENITOR_VERSION);
        if !headers.contains_key(&API_VERSION) {
            let settings = &self.inner().settings;
            let version = match &settings.api_version {
                Some(value) => Some(value.clone()),
                None => spec_default_version(info.operation_id).map(HeaderValue::from_static),
            };
            if let Some(version) = version {
                headers.insert(API_VERSION, version);
            }
        }
        match &self.inner().built {
            Some(slot) => {
                // The placeholder left behind is never sent: the generated call ends here.
                let placeholder = reqwest::Request::new(request.method().clone(), request.url().clone());
                slot.put(std::mem::replace(request, placeholder));
                Err(progenitor_client::Error::Custom(String::new()))
            }
            None => Ok(()),
        }
    }

    fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> impl std::future::Future<Output = reqwest::Result<reqwest::Response>> {
        let operation = info.operation_id;
        async move {
            let settings = &self.inner().settings;
            let limits = CallLimits {
                retry: settings.retry.clone(),
                deadline: None,
                pacer: None,
                max_response_bytes: settings.max_response_bytes,
                base_url: &self.baseurl,
            };
            let mut attempts = 0;
            attempt_loop(self.client(), request, &limits, operation, &mut attempts)
                .await
                .map(|sent| sent.response)
                .map_err(|failed| failed.source)
        }
    }
}

/// The request the per-call client's `pre` hook took, from the generated call's result.
pub(crate) fn take_built<T, E>(
    client: &generated::Client,
    result: Result<T, progenitor_client::Error<E>>,
) -> Result<reqwest::Request, Error> {
    match (client.inner().built.as_ref().and_then(|slot| slot.take()), result) {
        (Some(request), _) => Ok(request),
        // The generated code refused before building (a header value it could not encode).
        (None, Err(error)) => {
            Err(ConfigError::InvalidSetting { name: "request", reason: error.into_untyped().to_string() }
                .into())
        }
        (None, Ok(_)) => {
            Err(ConfigError::InvalidSetting { name: "request", reason: "no request was built".into() }.into())
        }
    }
}

/// The default `x-extend-api-version` of a generated operation, from the spec.
fn spec_default_version(operation_id: &str) -> Option<&'static str> {
    generated::spec::API_VERSION_DEFAULTS
        .iter()
        .find(|(_, rust_name, _)| *rust_name == operation_id)
        .map(|(_, _, version)| *version)
}
