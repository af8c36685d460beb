//! Page tokens: where the next page of a listing starts, bound to the query that began it.
//!
//! A token is the URL-safe base64 (no padding) of the text
//! `v1\n<sandbox>\n<version>\n<seconds>\n<nanoseconds>\n<query hash>\n<id>`: a tag of the
//! sandbox that issued it, the version of the orders when the listing's first page was served,
//! the sort field (seconds and nanoseconds since the Unix epoch) and id of the last run listed,
//! and a hash of the list, filters and order (tag and hash: 16 hex digits, keyed per sandbox).
//! It is opaque to clients; only this module reads it.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chrono::DateTime;
use extend_cancel::Timestamp;
use std::ops::RangeInclusive;

/// Where the next page of a listing starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cursor {
    /// The version of the orders the listing's first page was served at: the listing orders
    /// runs as they stood then.
    pub(crate) version: u64,
    /// The last run listed: its sort field as it stood at `version`, and its id.
    pub(crate) after: (Timestamp, String),
}

/// Why a `nextPageToken` was refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum TokenError {
    /// Not a token this sandbox issued.
    Malformed,
    /// A token of another query (other filters, order or list).
    OtherQuery,
    /// A token of a listing begun before the oldest change the sandbox still remembers.
    Expired,
}

impl TokenError {
    pub(crate) fn message(&self) -> &'static str {
        match self {
            TokenError::Malformed => {
                "nextPageToken is not a page token this sandbox issued; pass the nextPageToken of the \
                 previous page unchanged, or leave it out to start at the first page."
            }
            TokenError::OtherQuery => {
                "nextPageToken was issued for another query: send the same filters and order (status, \
                 the extractor, classifier, splitter, workflow or processor id, processorType, batchId, \
                 sourceId, source, riskLevel, fileNameContains, sortBy, sortDir) to the same list as the \
                 request that returned it; only maxPageSize may change."
            }
            TokenError::Expired => {
                "nextPageToken has expired: the runs changed too often since the listing's first page \
                 for the sandbox to page it as it stood; start again at the first page (leave \
                 nextPageToken out)."
            }
        }
    }
}

/// Whose tokens a sandbox reads: its tag, and the hash of the query a token is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Binding {
    pub(crate) sandbox: u64,
    pub(crate) query: u64,
}

/// The token for the page after `cursor`, bound to a sandbox and a query.
pub(crate) fn encode(cursor: &Cursor, binding: Binding) -> String {
    let (at, id) = &cursor.after;
    let Binding { sandbox, query } = binding;
    let (version, seconds, nanos) = (cursor.version, at.timestamp(), at.timestamp_subsec_nanos());
    URL_SAFE_NO_PAD.encode(format!("v1\n{sandbox:016x}\n{version}\n{seconds}\n{nanos}\n{query:016x}\n{id}"))
}

/// The cursor in `token`, if this sandbox issued it for this query at a version still in
/// `kept` (the oldest version the store can page from, to now).
pub(crate) fn decode(token: &str, binding: Binding, kept: RangeInclusive<u64>) -> Result<Cursor, TokenError> {
    let bytes = URL_SAFE_NO_PAD.decode(token).map_err(|_| TokenError::Malformed)?;
    let text = String::from_utf8(bytes).map_err(|_| TokenError::Malformed)?;
    let mut fields = text.splitn(7, '\n');
    let mut next = || fields.next().ok_or(TokenError::Malformed);
    if next()? != "v1" || u64::from_str_radix(next()?, 16) != Ok(binding.sandbox) {
        return Err(TokenError::Malformed);
    }
    let version: u64 = next()?.parse().map_err(|_| TokenError::Malformed)?;
    let seconds: i64 = next()?.parse().map_err(|_| TokenError::Malformed)?;
    let nanos: u32 = next()?.parse().map_err(|_| TokenError::Malformed)?;
    let hash = next()?;
    let id = next()?.to_owned();
    let at = DateTime::from_timestamp(seconds, nanos).ok_or(TokenError::Malformed)?;
    let hash = u64::from_str_radix(hash, 16).map_err(|_| TokenError::Malformed)?;
    if version > *kept.end() {
        // A version this sandbox has not reached: not a token it issued.
        return Err(TokenError::Malformed);
    }
    if hash != binding.query {
        return Err(TokenError::OtherQuery);
    }
    if version < *kept.start() {
        return Err(TokenError::Expired);
    }
    Ok(Cursor { version, after: (Timestamp(at), id) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursor() -> Cursor {
        let at = Timestamp::parse("2026-03-02T09:30:00.123456789Z").unwrap();
        Cursor { version: 42, after: (at, "exr_a:b\nc".to_owned()) }
    }

    const BOUND: Binding = Binding { sandbox: 3, query: 7 };

    #[test]
    fn a_token_round_trips_for_its_own_sandbox_and_query_only() {
        let token = encode(&cursor(), BOUND);
        assert!(token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{token}");
        assert_eq!(decode(&token, BOUND, 0..=42), Ok(cursor()));
        assert_eq!(decode(&token, BOUND, 42..=50), Ok(cursor()));
        assert_eq!(decode(&token, Binding { query: 8, ..BOUND }, 0..=42), Err(TokenError::OtherQuery));
        assert_eq!(decode(&token, Binding { sandbox: 4, ..BOUND }, 0..=42), Err(TokenError::Malformed));
        assert_eq!(decode(&token, BOUND, 0..=41), Err(TokenError::Malformed), "a version not reached");
        assert_eq!(decode(&token, BOUND, 43..=50), Err(TokenError::Expired), "a version forgotten");
    }

    #[test]
    fn garbage_is_malformed() {
        let bad = [
            "",
            "not base64!",
            "xK9mLPqRtN3vS8wF5hB2cQ==:zWvUxYjM4nKpL7aDgE9HbTcR2mAyX3/Q+CNkfBSw1dZ=",
            &URL_SAFE_NO_PAD.encode("v2\n3\n1\n0\n0\n0000000000000007\nexr_1"),
            &URL_SAFE_NO_PAD.encode("v1\n3\n1\n0\n0\n0000000000000007"),
            &URL_SAFE_NO_PAD.encode("v1\n3\nx\n0\n0\n0000000000000007\nexr_1"),
            &URL_SAFE_NO_PAD.encode("v1\n3\n1\n0\n2000000000\n0000000000000007\nexr_1"),
            &URL_SAFE_NO_PAD.encode("v1\nzz\n1\n0\n0\n0000000000000007\nexr_1"),
            &URL_SAFE_NO_PAD.encode([0xff, 0xfe]),
        ];
        for token in bad {
            assert_eq!(decode(token, BOUND, 0..=100), Err(TokenError::Malformed), "{token:?}");
        }
    }
}
