//! The type of every `format: date-time` property: a `chrono::DateTime<Utc>` that decodes fast.

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::{
    borrow::Borrow,
    cmp::Ordering,
    fmt,
    ops::{Add, Deref, Sub},
    str::FromStr,
    time::SystemTime,
};

/// A point in time the API sent as RFC 3339 text (`createdAt`, `updatedAt`), held as a
/// [`chrono::DateTime<Utc>`].
///
/// It derefs to the `DateTime<Utc>` (`run.created_at.timestamp()`, `run.created_at.year()`),
/// converts to and from it with `From`, compares and orders with it directly, borrows as it
/// (`a.signed_duration_since(b)`), and subtracts to a [`chrono::TimeDelta`]. Serialized, it is
/// the same RFC 3339 text chrono writes; its `Default` is chrono's, the Unix epoch.
///
/// Why not `DateTime<Utc>` itself: chrono's `Deserialize` parses with its lenient parser,
/// about 175 ns per value here, and an extract run carries up to nine timestamps. This type tries
/// chrono's strict RFC 3339 parser first (about 26 ns), and falls back to the lenient one,
/// so it accepts exactly what `DateTime<Utc>` accepts and yields the same instant.
///
/// ```
/// use extend_cancel::Timestamp;
/// let at: Timestamp = serde_json::from_str("\"2024-03-21T16:45:00+02:00\"").unwrap();
/// assert_eq!(at.to_rfc3339(), "2024-03-21T14:45:00+00:00");
/// let utc: chrono::DateTime<chrono::Utc> = at.into();
/// assert_eq!(at, utc);
/// assert!(at < utc + chrono::TimeDelta::seconds(1));
/// assert_eq!(at - Timestamp::from(utc), chrono::TimeDelta::zero());
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(
    /// The instant, in UTC.
    pub DateTime<Utc>,
);

impl Timestamp {
    /// Parses RFC 3339 text (the strict form first, then chrono's lenient form), converting
    /// any offset to UTC.
    pub fn parse(text: &str) -> Result<Self, chrono::ParseError> {
        let parsed = match DateTime::parse_from_rfc3339(text) {
            Ok(parsed) => parsed,
            Err(_) => text.parse::<DateTime<FixedOffset>>()?,
        };
        Ok(Timestamp(parsed.with_timezone(&Utc)))
    }
}

impl Deref for Timestamp {
    type Target = DateTime<Utc>;

    fn deref(&self) -> &DateTime<Utc> {
        &self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(at: DateTime<Utc>) -> Self {
        Timestamp(at)
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(at: Timestamp) -> Self {
        at.0
    }
}

impl From<SystemTime> for Timestamp {
    fn from(at: SystemTime) -> Self {
        Timestamp(at.into())
    }
}

// Borrow is sound here: Eq, Ord and Hash are the DateTime's own.
impl Borrow<DateTime<Utc>> for Timestamp {
    fn borrow(&self) -> &DateTime<Utc> {
        &self.0
    }
}

impl AsRef<DateTime<Utc>> for Timestamp {
    fn as_ref(&self) -> &DateTime<Utc> {
        &self.0
    }
}

impl PartialOrd<DateTime<Utc>> for Timestamp {
    fn partial_cmp(&self, other: &DateTime<Utc>) -> Option<Ordering> {
        self.0.partial_cmp(other)
    }
}

impl PartialOrd<Timestamp> for DateTime<Utc> {
    fn partial_cmp(&self, other: &Timestamp) -> Option<Ordering> {
        self.partial_cmp(&other.0)
    }
}

impl Add<TimeDelta> for Timestamp {
    type Output = Timestamp;

    fn add(self, delta: TimeDelta) -> Timestamp {
        Timestamp(self.0 + delta)
    }
}

impl Sub<TimeDelta> for Timestamp {
    type Output = Timestamp;

    fn sub(self, delta: TimeDelta) -> Timestamp {
        Timestamp(self.0 - delta)
    }
}

impl Sub for Timestamp {
    type Output = TimeDelta;

    fn sub(self, other: Timestamp) -> TimeDelta {
        self.0 - other.0
    }
}

impl PartialEq<DateTime<Utc>> for Timestamp {
    fn eq(&self, other: &DateTime<Utc>) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Timestamp> for DateTime<Utc> {
    fn eq(&self, other: &Timestamp) -> bool {
        *self == other.0
    }
}

// Debug and Display as the DateTime's, so that a run's Debug output reads as before.
impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for Timestamp {
    type Err = chrono::ParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Timestamp::parse(text)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl de::Visitor<'_> for Visitor {
            type Value = Timestamp;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 formatted date and time string")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Timestamp, E> {
                Timestamp::parse(text).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What chrono's own `Deserialize` makes of `json`.
    fn chrono_reads(json: &str) -> Result<DateTime<Utc>, String> {
        serde_json::from_str::<DateTime<Utc>>(json).map_err(|e| e.to_string())
    }

    #[test]
    fn accepts_and_rejects_exactly_what_chrono_does() {
        for json in [
            r#""2024-03-21T16:45:00Z""#,
            r#""2024-03-21T16:45:00.123456789Z""#,
            r#""2024-03-21T16:45:00.1234567891Z""#,
            r#""2024-03-21T16:45:00-00:00""#,
            r#""2024-03-21T16:45:00+23:59""#,
            r#""2024-03-21T16:45:00+24:00""#,
            r#""2024-03-21T16:44:60+05:30""#,
            r#""2024-03-21T16:45:00.Z""#,
            r#""2024-03-21T16:45:00+0530""#,
            r#""2024-03-21T16:45:00.5+05:30""#,
            r#""2024-03-21t16:45:00z""#,
            r#""2024-03-21 16:45:00Z""#,
            r#""2024-03-21T16:45:00 UTC""#,
            r#""2024-03-21T16:45:60Z""#,
            r#""+12024-03-21T16:45:00Z""#,
            r#""2024-03-21T16:45:00""#,
            r#""2024-02-30T00:00:00Z""#,
            r#""2024-03-21""#,
            r#""""#,
            r#""not a date""#,
            "1711039500",
            "null",
        ] {
            let ours = serde_json::from_str::<Timestamp>(json).map(|at| at.0);
            match chrono_reads(json) {
                Ok(expected) => assert_eq!(ours.ok(), Some(expected), "{json}"),
                Err(_) => assert!(ours.is_err(), "{json} was accepted as {ours:?}"),
            }
        }
    }

    #[test]
    fn writes_the_text_chrono_writes() {
        let at = Timestamp::parse("2024-03-21T16:45:00.250+01:00").unwrap();
        assert_eq!(serde_json::to_string(&at).unwrap(), serde_json::to_string(&at.0).unwrap());
        assert_eq!(serde_json::to_string(&at).unwrap(), r#""2024-03-21T15:45:00.250Z""#);
        assert_eq!(format!("{at:?}"), format!("{:?}", at.0));
        assert_eq!(at.to_string(), "2024-03-21 15:45:00.250 UTC");
    }

    #[test]
    fn a_rejected_value_names_the_expected_format() {
        let error = serde_json::from_str::<Timestamp>("12").unwrap_err().to_string();
        assert!(error.contains("RFC 3339"), "{error}");
    }
}
