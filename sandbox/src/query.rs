//! The query string of a list request: its filters, order and page size, each checked against
//! the parameters the kind's list takes, and the test a run must pass to be listed.

use crate::{
    seed::{seeded_statuses, sources_of},
    store::{Entry, SortBy},
};
use extend_cancel::{LegacyProcessorType, RunKind, RunSource, RunStatus, VerifyRiskLevel};
use std::hash::{BuildHasher, Hash, Hasher};

/// The page size of a list request without `maxPageSize`.
pub const DEFAULT_PAGE_SIZE: usize = 10;

/// The largest `maxPageSize` a list request may ask for. The official SDK types give no
/// bounds (an integer); this one is the sandbox's, so that a client's paging is exercised.
pub const MAX_PAGE_SIZE: usize = 1000;

/// The direction of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum SortDir {
    Asc,
    Desc,
}

/// A list request's parameters, checked.
#[derive(Debug, PartialEq)]
pub(crate) struct ListQuery {
    pub(crate) kind: RunKind,
    pub(crate) status: Option<RunStatus>,
    /// `extractorId`, `classifierId`, `splitterId`, `workflowId` or `processorId`, by kind.
    pub(crate) processor_id: Option<String>,
    /// `processorType` (processor runs).
    pub(crate) processor_type: Option<LegacyProcessorType>,
    /// `riskLevel` (verify runs).
    pub(crate) risk_level: Option<VerifyRiskLevel>,
    pub(crate) batch_id: Option<String>,
    pub(crate) source: Option<RunSource>,
    pub(crate) source_id: Option<String>,
    /// Lowercased: file names are matched without regard to case.
    pub(crate) file_name_contains: Option<String>,
    pub(crate) sort_by: SortBy,
    pub(crate) sort_dir: SortDir,
    pub(crate) page_size: usize,
    pub(crate) next_page_token: Option<String>,
}

/// A filter or order parameter of a list (`nextPageToken` and `maxPageSize` are in every one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Param {
    Status,
    Owner,
    ProcessorType,
    Batch,
    SourceId,
    Source,
    RiskLevel,
    FileName,
    SortBy,
    SortDir,
}

/// The parameters each kind's list takes (its query parameters in the official SDKs), in the
/// order a refusal names them.
fn params(kind: RunKind) -> &'static [Param] {
    use Param::*;
    match kind {
        RunKind::Workflow => &[Status, Owner, Batch, FileName, SortBy, SortDir],
        RunKind::Parse => &[Status, Batch, SourceId, Source, FileName],
        RunKind::Verify => &[Status, SourceId, Source, RiskLevel, FileName, SortBy, SortDir],
        RunKind::Processor => &[Status, Owner, ProcessorType, SourceId, Source, FileName, SortBy, SortDir],
        _ => &[Status, Owner, Batch, SourceId, Source, FileName, SortBy, SortDir],
    }
}

/// The name of the owner filter of a kind's list: the extractor, classifier, splitter,
/// workflow or processor that made the run.
pub(crate) fn processor_param(kind: RunKind) -> &'static str {
    match kind {
        RunKind::Classify => "classifierId",
        RunKind::Split => "splitterId",
        RunKind::Workflow => "workflowId",
        RunKind::Processor => "processorId",
        _ => "extractorId",
    }
}

impl Param {
    fn name(self, kind: RunKind) -> &'static str {
        match self {
            Param::Status => "status",
            Param::Owner => processor_param(kind),
            Param::ProcessorType => "processorType",
            Param::Batch => "batchId",
            Param::SourceId => "sourceId",
            Param::Source => "source",
            Param::RiskLevel => "riskLevel",
            Param::FileName => "fileNameContains",
            Param::SortBy => "sortBy",
            Param::SortDir => "sortDir",
        }
    }

    /// The parameter of `kind`'s list named `name`, if the list takes it.
    fn of(kind: RunKind, name: &str) -> Option<Param> {
        params(kind).iter().copied().find(|param| param.name(kind) == name)
    }
}

impl ListQuery {
    /// Reads the query string (form-encoded, as the SDKs send it). Every parameter is checked:
    /// an unknown one (or one the kind's list does not take), one given twice, an empty value
    /// or a value outside its enumeration is refused with a message naming it, because a
    /// filter that is silently ignored would list, and let a caller cancel, runs it did not
    /// mean.
    pub(crate) fn parse(kind: RunKind, query: Option<&str>) -> Result<ListQuery, String> {
        let mut parsed = ListQuery {
            kind,
            status: None,
            processor_id: None,
            processor_type: None,
            risk_level: None,
            batch_id: None,
            source: None,
            source_id: None,
            file_name_contains: None,
            // Parse runs are not sorted: the list is newest first, by creation.
            sort_by: if kind == RunKind::Parse { SortBy::CreatedAt } else { SortBy::UpdatedAt },
            sort_dir: SortDir::Desc,
            page_size: DEFAULT_PAGE_SIZE,
            next_page_token: None,
        };
        let mut seen: Vec<String> = Vec::new();
        for (name, value) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            if seen.iter().any(|s| *s == *name) {
                return Err(format!("The query parameter {name} is given more than once."));
            }
            seen.push(name.clone().into_owned());
            if value.is_empty() {
                return Err(format!(
                    "The query parameter {name} is empty; leave it out to not filter by it."
                ));
            }
            let value = value.into_owned();
            match name.as_ref() {
                "maxPageSize" => parsed.page_size = page_size(&value)?,
                "nextPageToken" => parsed.next_page_token = Some(value),
                other => match Param::of(kind, other) {
                    Some(param) => parsed.set(param, value)?,
                    None => return Err(unknown(kind, other)),
                },
            }
        }
        Ok(parsed)
    }

    fn set(&mut self, param: Param, value: String) -> Result<(), String> {
        let kind = self.kind;
        match param {
            Param::Status => {
                let statuses = seeded_statuses(kind);
                self.status = Some(known("status", &value, statuses, RunStatus::as_str)?);
            }
            Param::Owner => self.processor_id = Some(value),
            Param::ProcessorType => {
                self.processor_type = Some(known(
                    "processorType",
                    &value,
                    LegacyProcessorType::KNOWN,
                    LegacyProcessorType::as_str,
                )?)
            }
            Param::Batch => self.batch_id = Some(value),
            Param::SourceId => self.source_id = Some(value),
            Param::Source => {
                self.source = Some(known("source", &value, sources_of(kind), RunSource::as_str)?)
            }
            Param::RiskLevel => {
                self.risk_level =
                    Some(known("riskLevel", &value, VerifyRiskLevel::KNOWN, VerifyRiskLevel::as_str)?)
            }
            Param::FileName => self.file_name_contains = Some(value.to_lowercase()),
            Param::SortBy => {
                self.sort_by = match known(
                    "sortBy",
                    &value,
                    extend_cancel::SortBy::KNOWN,
                    extend_cancel::SortBy::as_str,
                )? {
                    extend_cancel::SortBy::CreatedAt => SortBy::CreatedAt,
                    _ => SortBy::UpdatedAt,
                }
            }
            Param::SortDir => {
                self.sort_dir = match known(
                    "sortDir",
                    &value,
                    extend_cancel::SortDir::KNOWN,
                    extend_cancel::SortDir::as_str,
                )? {
                    extend_cancel::SortDir::Asc => SortDir::Asc,
                    _ => SortDir::Desc,
                }
            }
        }
        Ok(())
    }

    /// Whether the run passes every filter (its kind is the list's by construction). On the
    /// parse list, `batchId` takes precedence over `source`, which is then ignored, as the API
    /// documents.
    pub(crate) fn matches(&self, entry: &Entry) -> bool {
        let run = &entry.run;
        let same = |filter: &Option<String>, value: Option<&str>| {
            filter.as_deref().is_none_or(|wanted| value == Some(wanted))
        };
        let source = match self.kind {
            RunKind::Parse if self.batch_id.is_some() => None,
            _ => self.source.as_ref(),
        };
        self.status.as_ref().is_none_or(|status| run.status() == status.as_str())
            && same(&self.processor_id, run.processor_id())
            && self.processor_type.as_ref().is_none_or(|wanted| run.processor_type() == Some(wanted))
            && self.risk_level.as_ref().is_none_or(|wanted| run.risk_level().as_ref() == Some(wanted))
            && same(&self.batch_id, entry.batch_id.as_deref())
            && source.is_none_or(|source| entry.source.as_deref() == Some(source.as_str()))
            && same(&self.source_id, entry.source_id.as_deref())
            && self
                .file_name_contains
                .as_deref()
                .is_none_or(|part| run.file_name().is_some_and(|name| name.to_lowercase().contains(part)))
    }

    /// A hash of what a page token is bound to: the list, the filters and the order (not the
    /// page size, which may change from page to page), keyed per sandbox.
    pub(crate) fn hash(&self, key: &impl BuildHasher) -> u64 {
        let mut hasher = key.build_hasher();
        self.kind.name().hash(&mut hasher);
        self.status.as_ref().map(RunStatus::as_str).hash(&mut hasher);
        self.processor_id.hash(&mut hasher);
        self.processor_type.as_ref().map(LegacyProcessorType::as_str).hash(&mut hasher);
        self.risk_level.as_ref().map(VerifyRiskLevel::as_str).hash(&mut hasher);
        self.batch_id.hash(&mut hasher);
        self.source.as_ref().map(RunSource::as_str).hash(&mut hasher);
        self.source_id.hash(&mut hasher);
        self.file_name_contains.hash(&mut hasher);
        self.sort_by.hash(&mut hasher);
        self.sort_dir.hash(&mut hasher);
        hasher.finish()
    }
}

/// The refusal of a parameter `kind`'s list does not take, naming those it takes.
fn unknown(kind: RunKind, name: &str) -> String {
    let takes: Vec<&str> = params(kind).iter().map(|param| param.name(kind)).collect();
    let takes = takes.join(", ");
    let why = match (kind, name) {
        (RunKind::Parse, "sortBy" | "sortDir") => {
            " (parse runs are not sorted: they are listed newest first)".to_owned()
        }
        (RunKind::Verify, "batchId") => " (verify runs have no batches)".to_owned(),
        (RunKind::Processor, "batchId") => " (the legacy processor run list has no batch filter)".to_owned(),
        _ => String::new(),
    };
    format!("Unknown query parameter {name}{why}; the {kind} run list takes {takes}, nextPageToken and maxPageSize.")
}

/// The known value `value` names, or a message listing the known values.
fn known<T: Clone>(name: &str, value: &str, known: &[T], wire: impl Fn(&T) -> &str) -> Result<T, String> {
    known.iter().find(|candidate| wire(candidate) == value).cloned().ok_or_else(|| {
        let names: Vec<&str> = known.iter().map(&wire).collect();
        format!("{name} {value:?} is not one of {}.", names.join(", "))
    })
}

fn page_size(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(size @ 1..=MAX_PAGE_SIZE) => Ok(size),
        _ => Err(format!("maxPageSize {value:?} is not a whole number from 1 to {MAX_PAGE_SIZE}.")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_takes_its_own_parameters_only() {
        let takes = |kind: RunKind, query: &str| ListQuery::parse(kind, Some(query)).map(|_| ());
        assert!(takes(RunKind::Workflow, "workflowId=workflow_1&batchId=batch_1&sortBy=createdAt").is_ok());
        assert!(takes(RunKind::Parse, "batchId=bpar_1&source=BATCH_PARSER_RUN&sourceId=s").is_ok());
        assert!(takes(RunKind::Verify, "riskLevel=HIGH&source=STUDIO&sortDir=asc").is_ok());
        assert!(takes(RunKind::Processor, "processorId=dp_1&processorType=SPLITTER&source=API").is_ok());
        for (kind, query, expected) in [
            (RunKind::Parse, "sortBy=createdAt", "Unknown query parameter sortBy (parse runs are not sorted"),
            (RunKind::Parse, "sortDir=asc", "Unknown query parameter sortDir"),
            (RunKind::Verify, "batchId=b", "Unknown query parameter batchId (verify runs have no batches)"),
            (RunKind::Processor, "batchId=b", "(the legacy processor run list has no batch filter); the processor run list takes status, processorId, processorType"),
            (RunKind::Workflow, "source=API", "the workflow run list takes status, workflowId, batchId, fileNameContains, sortBy, sortDir, nextPageToken and maxPageSize."),
            (RunKind::Extract, "riskLevel=LOW", "Unknown query parameter riskLevel"),
            (RunKind::Verify, "status=PENDING", "status \"PENDING\" is not one of PROCESSING, PROCESSED, FAILED, CANCELLED."),
            (RunKind::Extract, "status=CANCELLING", "status \"CANCELLING\""),
            (RunKind::Verify, "source=API_KEY", "source \"API_KEY\" is not one of API, STUDIO."),
            (RunKind::Extract, "source=BATCH_PARSER_RUN", "source \"BATCH_PARSER_RUN\""),
            (RunKind::Verify, "riskLevel=low", "riskLevel \"low\" is not one of LOW, MEDIUM, HIGH."),
            (RunKind::Processor, "processorType=EXTRACTOR", "processorType \"EXTRACTOR\""),
        ] {
            let message = takes(kind, query).unwrap_err();
            assert!(message.contains(expected), "{kind} {query}: {message}");
        }
        let workflow = ListQuery::parse(RunKind::Workflow, Some("status=CANCELLING")).unwrap();
        assert_eq!(workflow.status, Some(RunStatus::Cancelling));
        let parse = ListQuery::parse(RunKind::Parse, None).unwrap();
        assert_eq!((parse.sort_by, parse.sort_dir), (SortBy::CreatedAt, SortDir::Desc));
    }
}
