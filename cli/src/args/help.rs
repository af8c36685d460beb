//! The longer texts of `--help`: what the command and its commands say before and after their
//! options.

/// What `extend-cancel --help` says before the commands.
pub const ABOUT: &str =
    "Cancel runs on the Extend API (extract, classify, split, workflow, parse, verify and \
legacy processor runs), and serve an offline Extend look-alike for tests in any language.";

/// What `extend-cancel --help` says after the commands.
pub const AFTER_HELP: &str = "\
With no command and EXTEND_API_KEY unset, runs the demonstration (`extend-cancel demo`) against
a built-in sandbox.

The API key is read from EXTEND_API_KEY only, never from an argument, so that it stays out of
shell history. EXTEND_BASE_URL, EXTEND_WORKSPACE_ID and EXTEND_API_VERSION are read too; the
flags of the same meaning override them.";

/// What `extend-cancel cancel --help` says after the options (the exit statuses follow).
pub const CANCEL_AFTER_HELP: &str = "\
Ids are read from the arguments, from standard input (`-`) and from --file, one per line
(blank lines and lines starting with # are skipped) or as JSON lines with an \"id\" field, such
as this command's own --json output. The endpoint is chosen by each id's prefix: exr_ (extract),
clr_ (classify), splr_ (split), workflow_run_ (workflow), pr_ (parse), vr_ (verify), dpr_
(legacy processor). Every id is checked before anything is sent; an id repeated is cancelled
once.

A filter lists the runs to cancel and cancels each as it is listed: the PROCESSING ones, and
the PENDING workflow runs (a workflow run can be cancelled before it starts). --batch takes a
bpr_ id (extract, classify and split runs; the batch is looked up first, and one the API does
not know stops the command with status 2 before anything is sent), a batch_ id (workflow runs)
or a bpar_ id (parse runs; looked up too, for the progress total only: the API documents batch
ids as bpr_, so a 404 for a bpar_ id does not stop the command).

Outcomes: cancelled (by this command), already_cancelled, already_finished (processed or
failed before the cancel; for a workflow run also needs review or rejected; a verify run that
had finished answers its cancel unchanged), pending (not started yet, so not cancellable now),
cancelling (the workflow run is still being cancelled: its cancel was accepted, and it was not
CANCELLED yet when --cancelling-wait ended; it is not cancelled again by --resume), not_found,
failed.

Ctrl-C stops sending: the cancels in flight finish, the summary is printed, and the exit status
is 130. To take an interrupted batch up again, run the same command with --resume and the
earlier --json output (or --output file): the runs it shows settled, and those still
cancelling, are skipped. That file is never the one this run writes to: `--resume out.jsonl >
out.jsonl` is refused, as the shell empties the file first. Standard output closed under the
command (`| head`) stops it as Ctrl-C does, with exit status 4. With a filter (--batch,
--extractor, --classifier, --splitter, --workflow, --processor), Ctrl-C stops the listing too;
run the same command again: it lists what is still PROCESSING (or PENDING, for workflow runs).";

/// What `extend-cancel sandbox --help` says after the options.
pub const SANDBOX_AFTER_HELP: &str = "\
It prints its base URL, API key and workspace as EXTEND_BASE_URL=..., EXTEND_API_KEY=... and
EXTEND_WORKSPACE_ID=... lines, then one line per request it answers, and serves until it is
stopped (Ctrl-C or SIGTERM). Point any client at the base URL with the key.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_names_every_kind_s_prefix_and_says_resume_skips_cancelling() {
        let help = CANCEL_AFTER_HELP.split_whitespace().collect::<Vec<_>>().join(" ");
        for kind in extend_cancel::RunKind::ALL {
            let (prefix, name) = (kind.prefix(), kind.name());
            assert!(
                help.contains(&format!("{prefix} ({name})"))
                    || help.contains(&format!("{prefix} (legacy {name})")),
                "{kind:?}"
            );
        }
        assert!(CANCEL_AFTER_HELP.contains("it is not cancelled again by --resume"));
    }
}
