//! The client: the key from `EXTEND_API_KEY` only, the rest from the environment variables the
//! library reads, overridden by the flags.

use crate::{
    args::{ConnectionArgs, Deployment},
    exit::Fatal,
};
use extend_cancel::{Client, ClientBuilder, Environment};
use std::time::Duration;

/// The variable the key is read from.
const API_KEY_VAR: &str = "EXTEND_API_KEY";

/// Whether `EXTEND_API_KEY` holds a key (unset and blank are alike, as for the library).
pub fn api_key_is_set() -> bool {
    std::env::var(API_KEY_VAR).is_ok_and(|key| !key.trim().is_empty())
}

/// A client configured from the environment and the flags.
///
/// # Errors
///
/// A usage error when no key is set, or a setting is invalid (the library names which).
pub fn client(connection: &ConnectionArgs, deadline: Option<Duration>) -> Result<Client, Fatal> {
    if !api_key_is_set() {
        return Err(Fatal::usage(
            "EXTEND_API_KEY is not set. Set it to your Extend API key (it is never taken as an \
             argument), or try `extend-cancel demo`, or `extend-cancel sandbox` for a local stand-in",
        ));
    }
    let builder = ClientBuilder::from_env().map_err(|e| Fatal::usage(e.to_string()))?;
    configure(builder, connection, deadline).build().map_err(|e| Fatal::usage(e.to_string()))
}

/// Applies the flags to a builder (which already has a key and the environment's settings).
pub fn configure(
    mut builder: ClientBuilder,
    connection: &ConnectionArgs,
    deadline: Option<Duration>,
) -> ClientBuilder {
    // A base URL from EXTEND_BASE_URL would win over an environment, so --env sets its URL.
    if let Some(url) = &connection.base_url {
        builder = builder.base_url(url);
    } else if let Some(deployment) = connection.env {
        let environment = match deployment {
            Deployment::Us => Environment::Production,
            Deployment::Us2 => Environment::Us2,
            Deployment::Eu1 => Environment::Eu1,
        };
        builder = builder.base_url(environment.base_url());
    }
    if let Some(workspace) = &connection.workspace {
        builder = builder.workspace_id(workspace);
    }
    if let Some(version) = &connection.api_version {
        builder = builder.api_version(version);
    }
    if let Some(deadline) = deadline {
        builder = builder.deadline(deadline);
    }
    builder.allow_insecure_http(connection.allow_insecure_http)
}
