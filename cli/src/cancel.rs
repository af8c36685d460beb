//! `extend-cancel cancel`: read and check the ids (or the filter), skip what an earlier run
//! settled, then cancel, or list what would be cancelled.

use crate::{
    args::CancelArgs,
    batch::{self, Settings},
    connect,
    exit::{Fatal, Status},
    input,
    interrupt::Interrupt,
    report, resume,
};

/// Runs the command.
pub async fn run(args: CancelArgs) -> Result<Status, Fatal> {
    if [&args.batch, &args.extractor, &args.classifier, &args.splitter].iter().any(|f| f.is_some())
        || args.status.is_some()
        || args.drain.is_some()
    {
        // TODO(issue 13): the library's RunFilter and cancel_matching, once merged from main.
        return Err(Fatal::usage(
            "--batch, --extractor, --classifier and --splitter are not available in this build",
        ));
    }
    if args.ids.is_empty() && args.file.is_empty() {
        return Err(Fatal::usage(
            "no runs given: pass run ids, `-` to read them from standard input, --file FILE, or one of \
             --batch, --extractor, --classifier, --splitter (see `extend-cancel cancel --help`)",
        ));
    }
    let read = input::read(&args.ids, &args.file, &mut std::io::stdin().lock())?;
    if read.repeated > 0 {
        eprintln!("note: {} repeated ids are cancelled once.", read.repeated);
    }
    let mut ids = read.ids;
    let mut skipped = 0;
    if let Some(path) = &args.resume {
        let settled = resume::read(path)?;
        if let Some(warning) = &settled.warning {
            eprintln!("warning: {warning}");
        }
        let before = ids.len();
        ids.retain(|id| !settled.ids.contains(id));
        skipped = before - ids.len();
        eprintln!("Resuming: {skipped} runs skipped, settled in {}; {} to go.", path.display(), ids.len());
    }
    // The configuration is checked (and the key required) for a dry run too.
    let client = connect::client(&args.connection, args.batch_settings.deadline)?;

    if args.dry_run {
        if !args.json {
            println!("{}", report::header());
        }
        for id in &ids {
            println!("{}", report::would_cancel(id, None, args.json));
        }
        eprintln!("Dry run: {} runs would be cancelled; no cancel was sent.", ids.len());
        return Ok(Status::Success);
    }
    if ids.is_empty() {
        eprintln!("Nothing to cancel.");
        return Ok(Status::Success);
    }

    let settings = Settings {
        concurrency: args.batch_settings.concurrency as usize,
        rate: args.batch_settings.rate,
        json: args.json,
    };
    let interrupt = Interrupt::install();
    let finished = batch::cancel_ids(&client, ids, settings, &interrupt).await;
    for line in finished.summary_lines() {
        eprintln!("{line}");
    }
    if skipped > 0 {
        eprintln!("({skipped} runs skipped: settled in the --resume file.)");
    }
    Ok(finished.status())
}
