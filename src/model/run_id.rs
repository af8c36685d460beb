//! Run ids: what may be sent, and which endpoint an id belongs to.

/// The longest id the API issues (its documentation promises at most 255 characters).
pub const MAX_RUN_ID_LEN: usize = 255;

/// The kinds of run this crate cancels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RunKind {
    /// An extract run (`exr_...`), `POST /extract_runs/{id}/cancel`.
    Extract,
    /// A classify run (`clr_...`), `POST /classify_runs/{id}/cancel`.
    Classify,
    /// A split run (`splr_...`), `POST /split_runs/{id}/cancel`.
    Split,
    /// A legacy processor run (`dpr_...`), `POST /processor_runs/{id}/cancel`.
    Processor,
    /// A workflow run (`workflow_run_...`), `POST /workflow_runs/{id}/cancel`: cancellable while
    /// `PENDING` or `PROCESSING`, and its cancel may answer `CANCELLING`.
    Workflow,
    /// A parse run (`pr_...`), `POST /parse_runs/{id}/cancel`.
    Parse,
    /// A verify run (`vr_...`), `POST /verify_runs/{id}/cancel`: cancelling one that already
    /// finished answers 200 with the run unchanged.
    Verify,
}

impl RunKind {
    /// Every kind, in a fixed order.
    pub const ALL: [RunKind; 7] = [
        RunKind::Extract,
        RunKind::Classify,
        RunKind::Split,
        RunKind::Processor,
        RunKind::Workflow,
        RunKind::Parse,
        RunKind::Verify,
    ];

    /// The id prefix the API gives runs of this kind.
    pub fn prefix(self) -> &'static str {
        match self {
            RunKind::Extract => "exr_",
            RunKind::Classify => "clr_",
            RunKind::Split => "splr_",
            RunKind::Processor => "dpr_",
            RunKind::Workflow => "workflow_run_",
            RunKind::Parse => "pr_",
            RunKind::Verify => "vr_",
        }
    }

    /// Whether a run of this kind can be cancelled while still `PENDING` (workflow runs only;
    /// the other kinds only while `PROCESSING`).
    pub fn cancels_pending(self) -> bool {
        self == RunKind::Workflow
    }

    /// The kind whose prefix `id` starts with, if any.
    pub fn from_id(id: &str) -> Option<RunKind> {
        RunKind::ALL.into_iter().find(|kind| id.starts_with(kind.prefix()))
    }

    /// A short lowercase name: `extract`, `classify`, `split`, `processor`, `workflow`, `parse`
    /// or `verify`.
    pub fn name(self) -> &'static str {
        match self {
            RunKind::Extract => "extract",
            RunKind::Classify => "classify",
            RunKind::Split => "split",
            RunKind::Processor => "processor",
            RunKind::Workflow => "workflow",
            RunKind::Parse => "parse",
            RunKind::Verify => "verify",
        }
    }
}

impl std::fmt::Display for RunKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A run id that cannot be sent. Nothing was sent.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid run id {id:?}: {problem}")]
pub struct InvalidRunId {
    /// The id as given (shown escaped in messages).
    pub id: String,
    /// What is wrong with it.
    pub problem: RunIdProblem,
}

/// What is wrong with a run id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RunIdProblem {
    /// The id is empty.
    #[error("it is empty")]
    Empty,
    /// The id is longer than [`MAX_RUN_ID_LEN`] bytes.
    #[error("it is {0} bytes long; run ids are at most 255")]
    TooLong(usize),
    /// The id contains whitespace.
    #[error("it contains whitespace")]
    Whitespace,
    /// The id contains a control character.
    #[error("it contains a control character")]
    ControlCharacter,
    /// The id contains a character that would change the URL (`/`, `\`, `?`, `#`, `%`; URL
    /// parsers treat `\` as `/` in http URLs).
    #[error("it contains {0:?}, which is not allowed in a run id")]
    Reserved(char),
    /// The id is `.` or `..`, which URL normalization would remove from the path.
    #[error("it is a dot segment, which would change the URL's path")]
    DotSegment,
    /// `Client::cancel` cannot tell the kind of run from the id's prefix.
    #[error(
        "its prefix is not one of exr_, clr_, splr_, dpr_, workflow_run_, pr_, vr_; call the kind's own cancel instead"
    )]
    UnknownPrefix,
}

/// Checks that `id` can be sent as the `{id}` of a cancel path.
///
/// Ids are opaque (the API may change their prefixes), so only what cannot be a run id, or
/// would move the request to another path, is refused.
pub fn validate_run_id(id: &str) -> Result<(), InvalidRunId> {
    let problem = if id.is_empty() {
        Some(RunIdProblem::Empty)
    } else if id == "." || id == ".." {
        Some(RunIdProblem::DotSegment)
    } else if id.len() > MAX_RUN_ID_LEN {
        Some(RunIdProblem::TooLong(id.len()))
    } else {
        id.chars().find_map(|c| {
            if c.is_control() {
                Some(RunIdProblem::ControlCharacter)
            } else if c.is_whitespace() {
                Some(RunIdProblem::Whitespace)
            } else if matches!(c, '/' | '\\' | '?' | '#' | '%') {
                Some(RunIdProblem::Reserved(c))
            } else {
                None
            }
        })
    };
    match problem {
        Some(problem) => Err(InvalidRunId { id: id.to_owned(), problem }),
        None => Ok(()),
    }
}

/// The kind of run `id` names, for `Client::cancel`. An id with a known prefix is not checked
/// here: the kind's call checks it before sending, so it is checked once. One without names
/// what is wrong with it, the missing prefix only when nothing else is.
pub fn kind_of(id: &str) -> Result<RunKind, InvalidRunId> {
    RunKind::from_id(id).ok_or_else(|| match validate_run_id(id) {
        Err(invalid) => invalid,
        Ok(()) => InvalidRunId { id: id.to_owned(), problem: RunIdProblem::UnknownPrefix },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_would_leave_the_path_template() {
        let cases: &[(&str, RunIdProblem)] = &[
            ("", RunIdProblem::Empty),
            ("exr_a b", RunIdProblem::Whitespace),
            ("exr_a\u{00a0}b", RunIdProblem::Whitespace),
            ("exr_\n", RunIdProblem::ControlCharacter),
            ("exr_\u{7f}", RunIdProblem::ControlCharacter),
            ("../x", RunIdProblem::Reserved('/')),
            ("exr_1?x=1", RunIdProblem::Reserved('?')),
            ("exr_1#f", RunIdProblem::Reserved('#')),
            ("exr_%2F", RunIdProblem::Reserved('%')),
            (".", RunIdProblem::DotSegment),
            ("..", RunIdProblem::DotSegment),
            ("exr_a\\..\\..\\x", RunIdProblem::Reserved('\\')),
        ];
        for (id, problem) in cases {
            assert_eq!(validate_run_id(id).unwrap_err().problem, *problem, "{id:?}");
        }
        let long = "x".repeat(256);
        assert_eq!(validate_run_id(&long).unwrap_err().problem, RunIdProblem::TooLong(256));
        assert!(validate_run_id(&"x".repeat(255)).is_ok());
        assert!(validate_run_id("exr_Xj8mK2pL9nR4vT7qY5wZ").is_ok());
        assert!(validate_run_id("exr_ünïcödé").is_ok());
        assert!(validate_run_id("...").is_ok());
    }

    #[test]
    fn dispatches_on_the_prefix() {
        assert_eq!(kind_of("exr_1"), Ok(RunKind::Extract));
        assert_eq!(kind_of("clr_1"), Ok(RunKind::Classify));
        assert_eq!(kind_of("splr_1"), Ok(RunKind::Split));
        assert_eq!(kind_of("dpr_1"), Ok(RunKind::Processor));
        assert_eq!(kind_of("spl_1").unwrap_err().problem, RunIdProblem::UnknownPrefix);
        assert_eq!(kind_of("workflow_run_1"), Ok(RunKind::Workflow));
        assert_eq!(kind_of("pr_1"), Ok(RunKind::Parse));
        assert_eq!(kind_of("vr_1"), Ok(RunKind::Verify));
        // A batch id names no run.
        assert_eq!(kind_of("bpr_1").unwrap_err().problem, RunIdProblem::UnknownPrefix);
        assert_eq!(kind_of("batch_1").unwrap_err().problem, RunIdProblem::UnknownPrefix);
    }

    #[test]
    fn messages_name_the_problem_and_escape_the_id() {
        let e = validate_run_id("exr_\n").unwrap_err();
        assert_eq!(e.to_string(), "invalid run id \"exr_\\n\": it contains a control character");
    }
}
