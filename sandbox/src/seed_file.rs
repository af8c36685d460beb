//! Runs from a JSON seed file, for `extend-cancel sandbox --seed FILE` and your own fixtures.
//! The format is documented in the crate documentation (`# The seed file format`); any other
//! field, an unknown value, or an id used twice is refused with the element's number, so that
//! a typo does not quietly seed something else.

use crate::{
    sample::SampleRun,
    seed::{seeded_statuses, sources_of},
    stored::StoredRun,
};
use extend_cancel::{validate_run_id, LegacyProcessorType, RunKind, RunSource, Timestamp, VerifyRiskLevel};
use serde::Deserialize;
use std::{collections::HashSet, path::Path, time::Duration};

/// The most runs one element may make with `count`.
const MAX_COUNT: usize = 100_000;

/// Why a seed file or text was refused; nothing was seeded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SeedError {
    /// The file could not be read.
    #[error("cannot read the seed file {path}: {source}")]
    Io {
        /// The file as given.
        path: std::path::PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The text is not a JSON array of objects with the fields of the format (the message
    /// names the line, column and field).
    #[error("the seed is not a JSON array of runs in the seed format: {0}")]
    Json(#[source] serde_json::Error),
    /// An element has a value the format does not allow.
    #[error("seed element {number}: {problem}")]
    Element {
        /// The element's number in the array, from 1.
        number: usize,
        /// What is wrong with it.
        problem: String,
    },
}

/// One element of the array.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Element {
    status: String,
    kind: Option<String>,
    id: Option<String>,
    batch_id: Option<String>,
    source: Option<String>,
    source_id: Option<String>,
    file_name: Option<String>,
    processor_id: Option<String>,
    processor_type: Option<String>,
    risk_level: Option<String>,
    created_at: Option<String>,
    pending_for_ms: Option<u64>,
    cancelling_for_ms: Option<u64>,
    count: Option<usize>,
}

/// The runs a seed text describes (the format is in the [module documentation](self)).
pub(crate) fn runs_from_json(json: &str) -> Result<Vec<StoredRun>, SeedError> {
    let elements: Vec<Element> = serde_json::from_str(json).map_err(SeedError::Json)?;
    let mut runs = Vec::new();
    let mut ids = HashSet::new();
    for (index, element) in elements.into_iter().enumerate() {
        let number = index + 1;
        let problem = |problem: String| SeedError::Element { number, problem };
        for run in element.runs(number).map_err(problem)? {
            if !ids.insert(run.run.id().to_owned()) {
                return Err(problem(format!("the id {} is used twice", run.run.id())));
            }
            runs.push(run);
        }
    }
    Ok(runs)
}

/// The runs of the seed file at `path`.
pub(crate) fn runs_from_file(path: &Path) -> Result<Vec<StoredRun>, SeedError> {
    let json =
        std::fs::read_to_string(path).map_err(|source| SeedError::Io { path: path.to_owned(), source })?;
    runs_from_json(&json)
}

impl Element {
    /// The element's runs, or what is wrong with it.
    fn runs(self, number: usize) -> Result<Vec<StoredRun>, String> {
        let prefixes = names(&RunKind::ALL, |kind| kind.prefix());
        let kind = match (&self.kind, &self.id) {
            (Some(kind), _) => {
                RunKind::ALL.into_iter().find(|known| known.name() == kind).ok_or_else(|| {
                    format!("kind {kind:?} is not one of {}", names(&RunKind::ALL, |kind| kind.name()))
                })?
            }
            (None, Some(id)) => RunKind::from_id(id).ok_or_else(|| {
                format!("no kind: the id {id:?} does not start with {prefixes}, so give \"kind\"")
            })?,
            (None, None) => return Err(format!("give \"kind\" or an \"id\" that starts with {prefixes}")),
        };
        let statuses = seeded_statuses(kind);
        let status =
            statuses.iter().find(|known| known.as_str() == self.status).cloned().ok_or_else(|| {
                format!(
                    "status {:?} is not one of {} (the statuses of {kind} runs)",
                    self.status,
                    names(statuses, |status| status.as_str())
                )
            })?;
        if let Some(source) = &self.source {
            let sources = sources_of(kind);
            if sources.is_empty() {
                return Err(format!("{kind} runs have no source"));
            }
            if !sources.iter().any(|known| known.as_str() == source) {
                return Err(format!(
                    "source {source:?} is not one of {} (the sources of {kind} runs)",
                    names(sources, RunSource::as_str)
                ));
            }
        }
        match kind {
            RunKind::Workflow if self.source_id.is_some() => {
                return Err("workflow runs have no source id".to_owned())
            }
            RunKind::Verify if self.batch_id.is_some() => return Err("verify runs have no batch".to_owned()),
            RunKind::Parse | RunKind::Verify if self.processor_id.is_some() => {
                return Err(format!("{kind} runs have no processorId"))
            }
            _ => {}
        }
        let processor_type = match &self.processor_type {
            Some(_) if kind != RunKind::Processor => {
                return Err("only processor runs have a processorType".to_owned())
            }
            Some(text) => Some(
                LegacyProcessorType::KNOWN.iter().find(|known| known.as_str() == text).cloned().ok_or_else(
                    || {
                        format!(
                            "processorType {text:?} is not one of {}",
                            names(LegacyProcessorType::KNOWN, LegacyProcessorType::as_str)
                        )
                    },
                )?,
            ),
            None => None,
        };
        let risk_level = match &self.risk_level {
            Some(_) if kind != RunKind::Verify => return Err("only verify runs have a riskLevel".to_owned()),
            Some(text) => {
                Some(VerifyRiskLevel::KNOWN.iter().find(|known| known.as_str() == text).cloned().ok_or_else(
                    || {
                        format!(
                            "riskLevel {text:?} is not one of {}",
                            names(VerifyRiskLevel::KNOWN, VerifyRiskLevel::as_str)
                        )
                    },
                )?)
            }
            None => None,
        };
        let created = match &self.created_at {
            Some(text) => Some(
                Timestamp::parse(text)
                    .map_err(|error| format!("createdAt {text:?} is not RFC 3339: {error}"))?,
            ),
            None => None,
        };
        let count = self.count.unwrap_or(1);
        if !(1..=MAX_COUNT).contains(&count) {
            return Err(format!("count {count} is not from 1 to {MAX_COUNT}"));
        }
        let base = self.id.clone().unwrap_or_else(|| format!("{}seed_{number}", kind.prefix()));
        (1..=count)
            .map(|n| {
                let id = if count == 1 { base.clone() } else { format!("{base}_{n:05}") };
                validate_run_id(&id).map_err(|invalid| invalid.to_string())?;
                let mut sample = SampleRun::new(kind, id, status.clone());
                if let Some(name) = &self.file_name {
                    sample = sample.file_name(name.clone());
                }
                if let Some(processor) = &self.processor_id {
                    sample = sample.processor_id(processor.clone());
                }
                if let Some(at) = created {
                    sample = sample.created_at(at + chrono::TimeDelta::seconds(n as i64 - 1));
                }
                if let Some(processor_type) = &processor_type {
                    sample = sample.processor_type(processor_type.clone());
                }
                if let Some(level) = &risk_level {
                    sample = sample.risk_level(level.clone());
                }
                let mut stored = StoredRun::new(sample);
                stored.batch_id = self.batch_id.clone();
                stored.source = self.source.clone();
                stored.source_id = self.source_id.clone();
                stored.pending_for = self.pending_for_ms.map(Duration::from_millis);
                stored.cancelling_for = self.cancelling_for_ms.map(Duration::from_millis);
                Ok(stored)
            })
            .collect()
    }
}

/// The known values, for a message.
fn names<T>(known: &[T], wire: impl Fn(&T) -> &str) -> String {
    known.iter().map(wire).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_field_and_expands_counts() {
        let runs = runs_from_json(
            r#"[
                {"id": "exr_one", "status": "PROCESSING", "batchId": "bpr_1", "source": "API",
                 "sourceId": "workflow_run_1", "fileName": "a.pdf", "processorId": "ex_1",
                 "createdAt": "2026-04-01T10:00:00Z"},
                {"kind": "split", "status": "PENDING", "pendingForMs": 250, "count": 2},
                {"kind": "classify", "id": "mine", "status": "FAILED"}
            ]"#,
        )
        .unwrap();
        let ids: Vec<&str> = runs.iter().map(|stored| stored.run.id()).collect();
        assert_eq!(ids, ["exr_one", "splr_seed_2_00001", "splr_seed_2_00002", "mine"]);
        let one = &runs[0];
        assert_eq!(
            (one.batch_id.as_deref(), one.source.as_deref(), one.source_id.as_deref()),
            (Some("bpr_1"), Some("API"), Some("workflow_run_1"))
        );
        assert_eq!((one.run.file_name(), one.run.processor_id()), (Some("a.pdf"), Some("ex_1")));
        assert_eq!(one.run.created_at(), Some(Timestamp::parse("2026-04-01T10:00:00Z").unwrap()));
        assert_eq!(runs[1].pending_for, Some(Duration::from_millis(250)));
        assert_eq!((runs[3].run.kind(), runs[3].run.status()), (RunKind::Classify, "FAILED"));
    }

    #[test]
    fn refuses_what_the_format_does_not_allow_naming_the_element() {
        let cases = [
            (r#"[{"id": "exr_1", "status": "RUNNING"}]"#, "seed element 1: status \"RUNNING\""),
            (r#"[{"id": "run_1", "status": "PENDING"}]"#, "seed element 1: no kind"),
            (r#"[{"status": "PENDING"}]"#, "seed element 1: give \"kind\""),
            (r#"[{"kind": "edit", "status": "PENDING"}]"#, "kind \"edit\" is not one of extract, classify"),
            (r#"[{"kind": "verify", "status": "PENDING"}]"#, "status \"PENDING\" is not one of PROCESSING"),
            (r#"[{"id": "exr_1", "status": "CANCELLING"}]"#, "(the statuses of extract runs)"),
            (
                r#"[{"id": "vr_1", "status": "PROCESSING", "source": "BATCH_PROCESSOR_RUN"}]"#,
                "source \"BATCH_PROCESSOR_RUN\"",
            ),
            (r#"[{"id": "vr_1", "status": "PROCESSING", "batchId": "b"}]"#, "verify runs have no batch"),
            (
                r#"[{"id": "workflow_run_1", "status": "PENDING", "source": "API"}]"#,
                "workflow runs have no source",
            ),
            (r#"[{"id": "exr_1", "status": "PENDING", "riskLevel": "LOW"}]"#, "only verify runs"),
            (r#"[{"id": "dpr_1", "status": "PENDING", "processorType": "OCR"}]"#, "processorType \"OCR\""),
            (
                r#"[{"id": "exr_1", "status": "PENDING"}, {"id": "exr_1", "status": "FAILED"}]"#,
                "seed element 2: the id exr_1 is used twice",
            ),
            (r#"[{"id": "exr_1", "status": "PENDING", "source": "CLI"}]"#, "source \"CLI\""),
            (
                r#"[{"id": "exr_1", "status": "PENDING", "createdAt": "yesterday"}]"#,
                "createdAt \"yesterday\"",
            ),
            (r#"[{"id": "exr_1", "status": "PENDING", "count": 0}]"#, "count 0"),
            (r#"[{"id": "exr_1/2", "status": "PENDING"}]"#, "invalid run id \"exr_1/2\""),
            (r#"[{"id": "exr_1", "status": "PENDING", "batch": "b"}]"#, "unknown field `batch`"),
            (r#"{"id": "exr_1"}"#, "not a JSON array"),
        ];
        for (json, expected) in cases {
            let message = runs_from_json(json).unwrap_err().to_string();
            assert!(message.contains(expected), "{json}: {message}");
        }
        let missing = runs_from_file(Path::new("/nonexistent/seed.json")).unwrap_err();
        assert!(matches!(missing, SeedError::Io { .. }), "{missing:?}");
    }
}
