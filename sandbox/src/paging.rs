//! Page tokens: where the next page of a listing starts, bound to the query that began it.
//!
//! A token is the URL-safe base64 (no padding) of the text
//! `v1\n<version>\n<seconds>\n<nanoseconds>\n<query hash, 16 hex digits>\n<id>`: the version
//! of the orders when the listing's first page was served, the sort field (seconds and
//! nanoseconds since the Unix epoch) and id of the last run listed, and a hash of the list,
//! filters and order keyed per sandbox. It is opaque to clients; only this module reads it.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chrono::DateTime;
use extend_cancel::Timestamp;

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
                 the extractor, classifier or splitter id, batchId, sourceId, source, fileNameContains, \
                 sortBy, sortDir) to the same list as the request that returned it; only maxPageSize \
                 may change."
            }
        }
    }
}

/// The token for the page after `cursor` of the query with hash `query`.
pub(crate) fn encode(cursor: &Cursor, query: u64) -> String {
    let (at, id) = &cursor.after;
    let text = format!(
        "v1\n{}\n{}\n{}\n{query:016x}\n{id}",
        cursor.version,
        at.timestamp(),
        at.timestamp_subsec_nanos()
    );
    URL_SAFE_NO_PAD.encode(text)
}

/// The cursor in `token`, if this sandbox issued it for the query with hash `query` while at
/// a version up to `now`.
pub(crate) fn decode(token: &str, query: u64, now: u64) -> Result<Cursor, TokenError> {
    let bytes = URL_SAFE_NO_PAD.decode(token).map_err(|_| TokenError::Malformed)?;
    let text = String::from_utf8(bytes).map_err(|_| TokenError::Malformed)?;
    let mut fields = text.splitn(6, '\n');
    let mut next = || fields.next().ok_or(TokenError::Malformed);
    if next()? != "v1" {
        return Err(TokenError::Malformed);
    }
    let version: u64 = next()?.parse().map_err(|_| TokenError::Malformed)?;
    let seconds: i64 = next()?.parse().map_err(|_| TokenError::Malformed)?;
    let nanos: u32 = next()?.parse().map_err(|_| TokenError::Malformed)?;
    let hash = next()?;
    let id = next()?.to_owned();
    let at = DateTime::from_timestamp(seconds, nanos).ok_or(TokenError::Malformed)?;
    let hash = u64::from_str_radix(hash, 16).map_err(|_| TokenError::Malformed)?;
    if version > now {
        // A version this sandbox has not reached: another sandbox's token.
        return Err(TokenError::Malformed);
    }
    if hash != query {
        return Err(TokenError::OtherQuery);
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

    #[test]
    fn a_token_round_trips_for_its_own_query_only() {
        let token = encode(&cursor(), 7);
        assert!(token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{token}");
        assert_eq!(decode(&token, 7, 42), Ok(cursor()));
        assert_eq!(decode(&token, 8, 42), Err(TokenError::OtherQuery));
        assert_eq!(decode(&token, 7, 41), Err(TokenError::Malformed), "from a sandbox further along");
    }

    #[test]
    fn garbage_is_malformed() {
        let bad = [
            "",
            "not base64!",
            "xK9mLPqRtN3vS8wF5hB2cQ==:zWvUxYjM4nKpL7aDgE9HbTcR2mAyX3/Q+CNkfBSw1dZ=",
            &URL_SAFE_NO_PAD.encode("v2\n1\n0\n0\n0000000000000007\nexr_1"),
            &URL_SAFE_NO_PAD.encode("v1\n1\n0\n0\n0000000000000007"),
            &URL_SAFE_NO_PAD.encode("v1\nx\n0\n0\n0000000000000007\nexr_1"),
            &URL_SAFE_NO_PAD.encode("v1\n1\n0\n2000000000\n0000000000000007\nexr_1"),
            &URL_SAFE_NO_PAD.encode([0xff, 0xfe]),
        ];
        for token in bad {
            assert_eq!(decode(token, 7, 100), Err(TokenError::Malformed), "{token:?}");
        }
    }
}
