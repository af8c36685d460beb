//! The query string of a list request: its filters, order and page size, each checked, and
//! the test a run must pass to be listed.

use crate::store::{Entry, SortBy};
use extend_cancel::{RunKind, RunSource, RunStatus};
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
    /// `extractorId`, `classifierId` or `splitterId`, by kind.
    pub(crate) processor_id: Option<String>,
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

/// The name of the processor filter of a kind's list.
pub(crate) fn processor_param(kind: RunKind) -> &'static str {
    match kind {
        RunKind::Classify => "classifierId",
        RunKind::Split => "splitterId",
        _ => "extractorId",
    }
}

impl ListQuery {
    /// Reads the query string (form-encoded, as the SDKs send it). Every parameter is checked:
    /// an unknown one, one given twice, an empty value or a value outside its enumeration is
    /// refused with a message naming it, because a filter that is silently ignored would
    /// list, and let a caller cancel, runs it did not mean.
    pub(crate) fn parse(kind: RunKind, query: Option<&str>) -> Result<ListQuery, String> {
        let mut parsed = ListQuery {
            kind,
            status: None,
            processor_id: None,
            batch_id: None,
            source: None,
            source_id: None,
            file_name_contains: None,
            sort_by: SortBy::UpdatedAt,
            sort_dir: SortDir::Desc,
            page_size: DEFAULT_PAGE_SIZE,
            next_page_token: None,
        };
        let processor = processor_param(kind);
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
                "status" => {
                    parsed.status = Some(known("status", &value, RunStatus::KNOWN, RunStatus::as_str)?)
                }
                "batchId" => parsed.batch_id = Some(value),
                "source" => {
                    parsed.source = Some(known("source", &value, RunSource::KNOWN, RunSource::as_str)?)
                }
                "sourceId" => parsed.source_id = Some(value),
                "fileNameContains" => parsed.file_name_contains = Some(value.to_lowercase()),
                "sortBy" => {
                    parsed.sort_by = match known(
                        "sortBy",
                        &value,
                        extend_cancel::SortBy::KNOWN,
                        extend_cancel::SortBy::as_str,
                    )? {
                        extend_cancel::SortBy::CreatedAt => SortBy::CreatedAt,
                        _ => SortBy::UpdatedAt,
                    }
                }
                "sortDir" => {
                    parsed.sort_dir = match known(
                        "sortDir",
                        &value,
                        extend_cancel::SortDir::KNOWN,
                        extend_cancel::SortDir::as_str,
                    )? {
                        extend_cancel::SortDir::Asc => SortDir::Asc,
                        _ => SortDir::Desc,
                    }
                }
                "maxPageSize" => parsed.page_size = page_size(&value)?,
                "nextPageToken" => parsed.next_page_token = Some(value),
                name if name == processor => parsed.processor_id = Some(value),
                other => {
                    return Err(format!(
                        "Unknown query parameter {other}; the {kind} run list takes status, {processor}, \
                         batchId, sourceId, source, fileNameContains, sortBy, sortDir, nextPageToken \
                         and maxPageSize."
                    ))
                }
            }
        }
        Ok(parsed)
    }

    /// Whether the run passes every filter (its kind is the list's by construction).
    pub(crate) fn matches(&self, entry: &Entry) -> bool {
        let run = &entry.run;
        let same = |filter: &Option<String>, value: Option<&str>| {
            filter.as_deref().is_none_or(|wanted| value == Some(wanted))
        };
        self.status.as_ref().is_none_or(|status| run.status() == status.as_str())
            && same(&self.processor_id, run.processor_id())
            && same(&self.batch_id, entry.batch_id.as_deref())
            && self.source.as_ref().is_none_or(|source| entry.source.as_deref() == Some(source.as_str()))
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
        self.batch_id.hash(&mut hasher);
        self.source.as_ref().map(RunSource::as_str).hash(&mut hasher);
        self.source_id.hash(&mut hasher);
        self.file_name_contains.hash(&mut hasher);
        self.sort_by.hash(&mut hasher);
        self.sort_dir.hash(&mut hasher);
        hasher.finish()
    }
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
