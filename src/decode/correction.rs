//! What the client corrected in a successful response that strayed from the spec, and the run
//! it hands back together with those corrections.
//!
//! A run the server cancelled must never come back as an error because a field was missing,
//! `null` or odd (smithy's "client error correction" is the model). The run's identity stays
//! strict; every other value that cannot be read as the spec describes it reads as absent,
//! and each such correction is listed here.

use serde::{Serialize, Serializer};
use std::{fmt, ops::Deref};

/// One value of a response that could not be read as the spec describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Correction {
    /// Where the value is, in the response as it was sent: keys joined with `.`, array
    /// indices in brackets, keys that are not plain identifiers quoted in brackets, such as
    /// `extractor.createdAt`, `files[0].metadata.pageCount` or
    /// `output.metadata["line_items[0].sku"].citations[1]`.
    pub path: String,
    /// The same place as an RFC 6901 JSON Pointer (`/output/metadata/line_items[0].sku`), for
    /// tools that look values up in the raw body.
    pub pointer: String,
    /// What was wrong.
    pub problem: Problem,
    /// The decoder's own words, such as ``invalid type: string "3", expected f64``.
    pub detail: String,
}

/// What was wrong with a corrected value, and so how it reads now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Problem {
    /// A property the spec requires was not in the response; it reads as `None`.
    Missing,
    /// `null` where the spec does not allow it (an array element, a map value, a property
    /// whose type has no absent state); the value is left out.
    Null,
    /// A value of the wrong JSON type, or one the type cannot hold (a number out of range, a
    /// timestamp that is not RFC 3339, a value outside a closed enumeration); it reads as
    /// `None`, or, as an element of an array or an entry of a map, it is left out.
    Invalid,
    /// A union value that fits none of its shapes. Where the Rust type keeps unknown shapes
    /// (`ExtractOutput::Other`, `ExtractConfig::Other`, `LegacyProcessorRunConfig::Other`,
    /// `LegacyProcessorOutput::Other`) it is kept there as raw JSON; elsewhere it reads as
    /// `None`.
    UnknownShape,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Problem::Missing => "missing",
            Problem::Null => "null",
            Problem::Invalid => "invalid",
            Problem::UnknownShape => "unknown shape",
        })
    }
}

impl fmt::Display for Correction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.path, self.problem, self.detail)
    }
}

/// One step of a JSON path.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

impl Correction {
    pub(crate) fn new(steps: &[Step], problem: Problem, detail: impl Into<String>) -> Self {
        Correction { path: display_path(steps), pointer: pointer(steps), problem, detail: detail.into() }
    }
}

/// `a.b[0]["odd key"]`; `.` for the document itself.
pub(crate) fn display_path(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Index(index) => out.push_str(&format!("[{index}]")),
            Step::Key(key) if is_identifier(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Key(key) => {
                out.push('[');
                out.push_str(&serde_json::to_string(key).unwrap_or_default());
                out.push(']');
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// RFC 6901: `/a/b/0`, with `~` written `~0` and `/` written `~1`; empty for the document.
pub(crate) fn pointer(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        out.push('/');
        match step {
            Step::Index(index) => out.push_str(&index.to_string()),
            Step::Key(key) => out.push_str(&key.replace('~', "~0").replace('/', "~1")),
        }
    }
    out
}

/// A decoded response together with what had to be corrected to decode it. Derefs to the run,
/// so `run.id`, `run.status` and the other fields read as on the run itself.
///
/// ```
/// use extend_cancel::{decode_response, types::ExtractRun, Problem};
/// let body = r#"{"id": "exr_1", "status": "CANCELLED", "dashboardUrl": 7}"#;
/// let run = decode_response::<ExtractRun>(reqwest::StatusCode::OK, &Default::default(), body.into())
///     .unwrap();
/// assert_eq!(run.id, "exr_1");
/// assert_eq!(run.dashboard_url, None);
/// let wrong_type = run.corrections().iter().find(|c| c.path == "dashboardUrl").unwrap();
/// assert_eq!(wrong_type.problem, Problem::Invalid);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded<T> {
    // Boxed: runs are 0.7 to 1.5 KB in memory and pass through several layers of futures.
    run: Box<T>,
    corrections: Vec<Correction>,
}

impl<T> Decoded<T> {
    pub(crate) fn new(run: Box<T>, corrections: Vec<Correction>) -> Self {
        Decoded { run, corrections }
    }

    /// What was corrected, in the order it was found; empty when the response followed the
    /// spec.
    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }

    /// The run, without the corrections.
    pub fn into_inner(self) -> T {
        *self.run
    }

    /// The run and the corrections.
    pub fn into_parts(self) -> (T, Vec<Correction>) {
        (*self.run, self.corrections)
    }
}

impl<T> Deref for Decoded<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.run
    }
}

impl<T> AsRef<T> for Decoded<T> {
    fn as_ref(&self) -> &T {
        &self.run
    }
}

/// Serializes as the run alone.
impl<T: Serialize> Serialize for Decoded<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.run.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_written_and_pointers_round_trip() {
        let steps = vec![
            Step::Key("output".into()),
            Step::Key("metadata".into()),
            Step::Key("line_items[0].sku".into()),
            Step::Key("citations".into()),
            Step::Index(1),
            Step::Key("a/b~c".into()),
        ];
        assert_eq!(display_path(&steps), r#"output.metadata["line_items[0].sku"].citations[1]["a/b~c"]"#);
        assert_eq!(pointer(&steps), "/output/metadata/line_items[0].sku/citations/1/a~1b~0c");
        assert_eq!(display_path(&[]), ".");
        assert_eq!(display_path(&[Step::Index(0), Step::Key("x".into())]), "[0].x");
    }
}
