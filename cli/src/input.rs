//! Reading the run ids to cancel: from the arguments, standard input (`-`) and files, one per
//! line or as JSON lines with an `id` field. Every id is checked before anything is sent.

use crate::exit::Fatal;
use extend_cancel::{validate_run_id, InvalidRunId, RunIdProblem, RunKind};
use std::{collections::HashSet, fmt, io::Read, path::PathBuf};

/// The ids to cancel, in the order given, each once.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Ids {
    /// The distinct ids.
    pub ids: Vec<String>,
    /// How many ids were left out because they had been given before.
    pub repeated: usize,
}

/// Where an id was read from, for messages.
#[derive(Clone, Debug)]
enum Origin {
    Argument(usize),
    Line { source: String, line: usize },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Argument(n) => write!(f, "argument {n}"),
            Origin::Line { source, line } => write!(f, "{source} line {line}"),
        }
    }
}

/// At most this many problems are listed; the rest are counted.
const MAX_LISTED: usize = 20;

/// Reads and checks every id from `args` (where `-` stands for `stdin`) and `files`.
///
/// # Errors
///
/// A usage error listing what could not be read and every id that cannot be a run id of a
/// known kind, with where it came from.
pub fn read(args: &[String], files: &[PathBuf], stdin: &mut dyn Read) -> Result<Ids, Fatal> {
    let mut reader = Reader::default();
    let mut stdin_read = false;
    for (index, arg) in args.iter().enumerate() {
        if arg == "-" {
            // A second `-` would find standard input already at its end.
            if !std::mem::replace(&mut stdin_read, true) {
                let mut text = String::new();
                stdin
                    .read_to_string(&mut text)
                    .map_err(|e| Fatal::usage(format!("could not read ids from standard input: {e}")))?;
                reader.lines("standard input", &text);
            }
        } else {
            reader.id(arg.clone(), Origin::Argument(index + 1));
        }
    }
    for path in files {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Fatal::usage(format!("could not read ids from {}: {e}", path.display())))?;
        reader.lines(&path.display().to_string(), &text);
    }
    reader.finish()
}

#[derive(Default)]
struct Reader {
    seen: HashSet<String>,
    ids: Ids,
    problems: Vec<String>,
}

impl Reader {
    /// Reads one id per line: a JSON object's `id`, or the line itself (trimmed). Blank lines
    /// and `#` comments are skipped.
    fn lines(&mut self, source: &str, text: &str) {
        for (index, line) in text.lines().enumerate() {
            let origin = Origin::Line { source: source.to_owned(), line: index + 1 };
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with('{') {
                match id_of_json_line(line) {
                    Ok(id) => self.id(id, origin),
                    Err(problem) => self.problems.push(format!("{origin}: {problem}")),
                }
            } else {
                self.id(line.to_owned(), origin);
            }
        }
    }

    fn id(&mut self, id: String, origin: Origin) {
        if let Err(invalid) = check(&id) {
            // Not the library's message, which shows the id whole, however long.
            self.problems.push(format!(
                "{origin}: invalid run id {}: {}",
                shown(&invalid.id),
                invalid.problem
            ));
        } else if self.seen.insert(id.clone()) {
            self.ids.ids.push(id);
        } else {
            self.ids.repeated += 1;
        }
    }

    fn finish(self) -> Result<Ids, Fatal> {
        if self.problems.is_empty() {
            return Ok(self.ids);
        }
        let count = self.problems.len();
        let mut message = format!(
            "{count} of the ids given cannot be cancelled; nothing was sent:\n  {}",
            self.problems[..count.min(MAX_LISTED)].join("\n  ")
        );
        if count > MAX_LISTED {
            message.push_str(&format!("\n  ... and {} more", count - MAX_LISTED));
        }
        Err(Fatal::usage(message))
    }
}

/// The `id` of a JSON line, such as a line of this command's own `--json` output.
fn id_of_json_line(line: &str) -> Result<String, String> {
    let value: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| format!("not a JSON object with an \"id\": {}", cut(&e.to_string())))?;
    match value.get("id") {
        Some(serde_json::Value::String(id)) => Ok(id.clone()),
        Some(_) => Err("its \"id\" is not a string".to_owned()),
        None => Err("the JSON object has no \"id\"".to_owned()),
    }
}

/// The most characters of an id, or of anything else read from the input, that a message
/// shows: enough to recognize it, short enough to read.
const SHOWN_CHARS: usize = 64;

/// `id` as messages show it: quoted and escaped, and cut after [`SHOWN_CHARS`] characters with
/// its length in bytes, so that a 50 MB line taken for an id makes a message of one line.
pub fn shown(id: &str) -> String {
    match head(id) {
        Some(head) => format!("{head:?}… ({} bytes)", id.len()),
        None => format!("{id:?}"),
    }
}

/// `text` (an error that may quote the input) cut as [`shown`] cuts an id, unquoted.
pub fn cut(text: &str) -> String {
    match head(text) {
        Some(head) => format!("{head}… ({} bytes)", text.len()),
        None => text.to_owned(),
    }
}

/// The first [`SHOWN_CHARS`] characters of `text`, when it has more.
fn head(text: &str) -> Option<&str> {
    text.char_indices().nth(SHOWN_CHARS).map(|(end, _)| &text[..end])
}

/// Whether `id` can be sent, and to a known kind's endpoint (the check `Client::cancel` makes
/// before sending, made here for every id before any is sent).
pub fn check(id: &str) -> Result<RunKind, InvalidRunId> {
    validate_run_id(id)?;
    RunKind::from_id(id)
        .ok_or_else(|| InvalidRunId { id: id.to_owned(), problem: RunIdProblem::UnknownPrefix })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_arguments_stdin_lines_and_json_lines_in_order_each_id_once() {
        let mut stdin =
            "clr_2\n\n# a comment\n  {\"id\": \"splr_3\", \"outcome\": \"failed\"}\r\nexr_1\n".as_bytes();
        let ids = read(&args(&["exr_1", "-", "dpr_4", "-"]), &[], &mut stdin).unwrap();
        assert_eq!(ids.ids, ["exr_1", "clr_2", "splr_3", "dpr_4"]);
        assert_eq!(ids.repeated, 1);
    }

    #[test]
    fn every_problem_is_listed_with_where_it_came_from() {
        let mut stdin = "exr_ok\n{\"run\": \"exr_1\"}\n{\"id\": 7}\n{not json\nexr_a b\n".as_bytes();
        let fatal = read(&args(&["-", "wf_1", "exr_x?y"]), &[], &mut stdin).unwrap_err();
        assert_eq!(fatal.status, crate::exit::Status::Usage);
        let lines: Vec<&str> = fatal.message.lines().collect();
        assert_eq!(lines[0], "6 of the ids given cannot be cancelled; nothing was sent:");
        assert_eq!(lines[1], "  standard input line 2: the JSON object has no \"id\"");
        assert_eq!(lines[2], "  standard input line 3: its \"id\" is not a string");
        assert!(
            lines[3].starts_with("  standard input line 4: not a JSON object with an \"id\": "),
            "{}",
            lines[3]
        );
        assert_eq!(lines[4], "  standard input line 5: invalid run id \"exr_a b\": it contains whitespace");
        assert!(
            lines[5].starts_with("  argument 2: invalid run id \"wf_1\": its prefix is not one of"),
            "{}",
            lines[5]
        );
        assert_eq!(
            lines[6],
            "  argument 3: invalid run id \"exr_x?y\": it contains '?', which is not allowed in a run id"
        );
    }

    #[test]
    fn a_huge_bad_id_is_shown_cut_with_its_length() {
        let huge = format!("exr_{}", "é".repeat(1_000_000));
        let fatal = read(&args(&["-"]), &[], &mut huge.as_bytes()).unwrap_err();
        let shown = format!("\"exr_{}\"… (2000004 bytes)", "é".repeat(60));
        assert_eq!(
            fatal.message.lines().nth(1),
            Some(format!("  standard input line 1: invalid run id {shown}: it is 2000004 bytes long; run ids are at most 255").as_str())
        );
        assert_eq!(
            super::shown(&"x".repeat(64)),
            format!("{:?}", "x".repeat(64)),
            "64 characters are shown whole"
        );
        assert_eq!(cut(&"ab".repeat(40)), format!("{}… (80 bytes)", "ab".repeat(32)));
    }

    #[test]
    fn a_long_list_of_problems_is_cut() {
        let text: String = (0..25).map(|i| format!("bad_{i}\n")).collect();
        let fatal = read(&args(&["-"]), &[], &mut text.as_bytes()).unwrap_err();
        assert_eq!(fatal.message.lines().count(), 1 + MAX_LISTED + 1);
        assert!(fatal.message.ends_with("... and 5 more"));
    }

    #[test]
    fn an_unreadable_file_is_a_usage_error() {
        let fatal = read(&[], &[PathBuf::from("/nonexistent/ids.txt")], &mut "".as_bytes()).unwrap_err();
        assert!(
            fatal.message.starts_with("could not read ids from /nonexistent/ids.txt: "),
            "{}",
            fatal.message
        );
    }
}
