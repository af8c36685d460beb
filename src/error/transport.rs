//! What a transport failure was, in the words an operator needs: which host, and whether the
//! connection was refused, the name did not resolve, TLS failed, time ran out or the
//! connection was reset.

use std::{error::Error as StdError, fmt, io};

/// Why a request could not be sent or its response could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportCause {
    /// Nothing listens at the host's port (the connection was refused).
    ConnectionRefused,
    /// The host name did not resolve.
    Dns,
    /// The TLS handshake failed (a certificate, a protocol mismatch, plain HTTP on a TLS port).
    Tls,
    /// No connection could be made within the connect timeout.
    ConnectTimeout,
    /// The connection was made but no response came within the per-attempt timeout.
    Timeout,
    /// The connection was reset or closed before the response was complete.
    ConnectionReset,
    /// Anything else (the full chain is in the error's source).
    Other,
}

impl fmt::Display for TransportCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportCause::ConnectionRefused => "connection refused",
            TransportCause::Dns => "the host name did not resolve (DNS)",
            TransportCause::Tls => "the TLS handshake failed",
            TransportCause::ConnectTimeout => "the connect timeout expired",
            TransportCause::Timeout => "timed out waiting for the response",
            TransportCause::ConnectionReset => "the connection was reset or closed",
            TransportCause::Other => "the request failed",
        })
    }
}

impl TransportCause {
    /// Classifies a reqwest error by the errors it wraps: an `io::Error`'s kind first (the
    /// one typed signal the stack keeps), then the connector's own error kinds.
    pub(crate) fn of(error: &reqwest::Error) -> Self {
        let connect = error.is_connect();
        let mut source: Option<&(dyn StdError + 'static)> = Some(error);
        let mut described = Vec::new();
        while let Some(current) = source {
            if let Some(io) = current.downcast_ref::<io::Error>() {
                match io.kind() {
                    io::ErrorKind::ConnectionRefused => return TransportCause::ConnectionRefused,
                    io::ErrorKind::ConnectionReset
                    | io::ErrorKind::ConnectionAborted
                    | io::ErrorKind::BrokenPipe
                    | io::ErrorKind::UnexpectedEof => return TransportCause::ConnectionReset,
                    io::ErrorKind::TimedOut if connect => return TransportCause::ConnectTimeout,
                    io::ErrorKind::TimedOut => return TransportCause::Timeout,
                    _ => {}
                }
            }
            described.push(current.to_string().to_ascii_lowercase());
            source = current.source();
        }
        // hyper-util's connector says which step failed only in its message ("dns error",
        // "tcp connect error"); the TLS backends' error types differ by feature.
        let says = |word: &str| described.iter().any(|text| text.contains(word));
        if error.is_timeout() {
            return if connect { TransportCause::ConnectTimeout } else { TransportCause::Timeout };
        }
        if says("dns error") || says("failed to lookup address") {
            TransportCause::Dns
        } else if says("tls") || says("ssl") || says("certificate") || says("handshake") {
            TransportCause::Tls
        } else if says("connection closed") || says("connection reset") || says("incomplete message") {
            TransportCause::ConnectionReset
        } else {
            TransportCause::Other
        }
    }
}

/// The host (and port, when not the scheme's default) of a request's URL, for messages.
pub(crate) fn host_of(url: &reqwest::Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{}://{host}:{port}", url.scheme()),
        (Some(host), None) => format!("{}://{host}", url.scheme()),
        _ => url.as_str().to_owned(),
    }
}
