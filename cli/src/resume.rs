//! `--resume FILE`: the ids an earlier run's `--json` output shows settled, or still being
//! cancelled, to be skipped.

use crate::{exit::Fatal, input::cut};
use serde::Deserialize;
use std::{collections::HashSet, path::Path};

/// The fields of a `--json` line that resuming reads.
#[derive(Deserialize)]
struct Line {
    id: String,
    /// Every line of this command's output has one; a file with none (a list of ids as JSON
    /// lines, say) is not a record to resume from.
    outcome: Option<String>,
    /// Written by the earlier run from the library's `Outcome::is_settled`. Absent on the
    /// lines of a `--dry-run`, which settled nothing.
    #[serde(default)]
    settled: bool,
}

/// The outcome of a workflow run whose cancel was accepted but that was still `CANCELLING`
/// when the batch stopped following it: not settled (it has not stopped yet), but not to be
/// cancelled again.
const CANCELLING: &str = "cancelling";

/// The ids settled, or still being cancelled, in an earlier `--json` output, and a warning
/// when its last line was cut short (a run killed while writing it).
#[derive(Debug, Default)]
pub struct Settled {
    /// The ids to skip: settled, or still cancelling.
    pub ids: HashSet<String>,
    /// Of those, the ids still cancelling.
    pub cancelling: HashSet<String>,
    /// What to tell the user about lines that were not read.
    pub warning: Option<String>,
}

/// Reads `path`, an earlier run's `--json` output.
///
/// # Errors
///
/// A usage error when it cannot be read, a complete line is not one of those lines, or it
/// holds none of them (an empty file: the record of an earlier run emptied, by `> FILE` for
/// one): resuming from the wrong file, or from a lost record, must not go unnoticed, since
/// every run it does not skip is sent again.
pub fn read(path: &Path) -> Result<Settled, Fatal> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Fatal::usage(format!("could not read --resume {}: {e}", path.display())))?;
    parse(&text, &path.display().to_string())
}

fn parse(text: &str, name: &str) -> Result<Settled, Fatal> {
    let mut settled = Settled::default();
    let mut records = 0;
    let lines: Vec<&str> = text.lines().collect();
    let complete = if text.ends_with('\n') { lines.len() } else { lines.len().saturating_sub(1) };
    for (index, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Line>(line) {
            Ok(line) => {
                records += usize::from(line.outcome.is_some());
                if line.outcome.as_deref() == Some(CANCELLING) {
                    settled.cancelling.insert(line.id.clone());
                    settled.ids.insert(line.id);
                } else if line.settled {
                    settled.ids.insert(line.id);
                }
            }
            Err(_) if index >= complete => {
                settled.warning = Some(format!(
                    "the last line of {name} is incomplete and was ignored; its run is not skipped"
                ));
            }
            Err(error) => {
                return Err(Fatal::usage(format!(
                    "--resume {name} line {}: not a line of `extend-cancel cancel --json` output: {}",
                    index + 1,
                    cut(&error.to_string())
                )))
            }
        }
    }
    if records == 0 {
        let what = if text.trim().is_empty() {
            "is empty"
        } else {
            "holds no line with an \"id\" and an \"outcome\""
        };
        return Err(Fatal::usage(format!(
            "--resume {name} {what}: it is not the --json output of an earlier run, so it would skip nothing and \
             every run would be sent again. Give the file that run wrote (if it wrote into the file it \
             resumed from, as `--resume {name} > {name}` does, that record is lost), or leave out --resume to \
             send every run"
        )));
    }
    Ok(settled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settled_lines_are_skipped_and_others_are_not() {
        let text = concat!(
            r#"{"id":"exr_1","outcome":"cancelled","settled":true,"status":"CANCELLED"}"#,
            "\n",
            r#"{"id":"clr_2","outcome":"failed","settled":false}"#,
            "\n\n",
            r#"{"id":"splr_3","outcome":"already_finished","settled":true}"#,
            "\n",
            r#"{"id":"dpr_4","outcome":"would_cancel"}"#,
            "\n",
        );
        let settled = parse(text, "out.jsonl").unwrap();
        assert_eq!(settled.ids, HashSet::from(["exr_1".to_owned(), "splr_3".to_owned()]));
        assert!(settled.cancelling.is_empty());
        assert!(settled.warning.is_none());
    }

    #[test]
    fn a_run_still_cancelling_is_skipped_though_not_settled() {
        let text = concat!(
            r#"{"id":"workflow_run_1","kind":"workflow","outcome":"cancelling","settled":false,"status":"CANCELLING"}"#,
            "\n",
            r#"{"id":"workflow_run_2","kind":"workflow","outcome":"pending","settled":false,"status":"PENDING"}"#,
            "\n",
            r#"{"id":"workflow_run_3","kind":"workflow","outcome":"cancelled","settled":true,"status":"CANCELLED"}"#,
            "\n",
        );
        let settled = parse(text, "out.jsonl").unwrap();
        assert_eq!(settled.ids, HashSet::from(["workflow_run_1".to_owned(), "workflow_run_3".to_owned()]));
        assert_eq!(settled.cancelling, HashSet::from(["workflow_run_1".to_owned()]));
    }

    #[test]
    fn a_cut_last_line_is_ignored_with_a_warning() {
        let text = "{\"id\":\"exr_1\",\"outcome\":\"cancelled\",\"settled\":true}\n{\"id\":\"exr_2\",\"sett";
        let settled = parse(text, "out.jsonl").unwrap();
        assert_eq!(settled.ids.len(), 1);
        assert_eq!(
            settled.warning.as_deref(),
            Some("the last line of out.jsonl is incomplete and was ignored; its run is not skipped")
        );
    }

    #[test]
    fn a_file_with_no_line_of_output_is_refused() {
        for (text, what) in [
            ("", "is empty"),
            ("\n  \n", "is empty"),
            ("{\"id\":\"exr_1\"}\n{\"id\":\"exr_2\"}\n", "holds no line with an \"id\" and an \"outcome\""),
            ("{\"id\":\"exr_1\",\"outc", "holds no line with an \"id\" and an \"outcome\""),
        ] {
            let fatal = parse(text, "out.jsonl").unwrap_err();
            assert!(
                fatal.message.starts_with(&format!("--resume out.jsonl {what}: ")),
                "{text:?}: {}",
                fatal.message
            );
            assert_eq!(fatal.status, crate::exit::Status::Usage);
        }
    }

    #[test]
    fn a_huge_line_is_quoted_cut() {
        let text = format!("\"{}\"\n", "x".repeat(1_000_000));
        let fatal = parse(&text, "out.jsonl").unwrap_err();
        assert!(fatal.message.len() < 300, "{}", fatal.message);
        assert!(fatal.message.ends_with(" bytes)"), "{}", fatal.message);
    }

    #[test]
    fn another_kind_of_file_is_refused() {
        let fatal = parse("exr_1\nexr_2\n", "ids.txt").unwrap_err();
        assert!(
            fatal
                .message
                .starts_with("--resume ids.txt line 1: not a line of `extend-cancel cancel --json` output"),
            "{}",
            fatal.message
        );
    }
}
