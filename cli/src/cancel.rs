//! `extend-cancel cancel`: read and check the ids (or the filter), skip what an earlier run
//! settled, then cancel, or look up what a cancel would do.

use crate::{
    args::CancelArgs,
    batch::{self, Finished, View},
    connect,
    exit::{self, Fatal, Status},
    input,
    interrupt::Interrupt,
    preview,
    record::{self, OutputFile},
    report::{self, Entry, Format, LISTED_ID_WIDTH},
    resume,
    send::{self, Limits},
};
use extend_cancel::{RunFilter, RunStatus};
use futures_util::{stream::BoxStream, StreamExt};

/// Runs the command.
pub async fn run(args: CancelArgs) -> Result<Status, Fatal> {
    if args.status.is_some() && !args.dry_run {
        return Err(Fatal::usage(
            "--status narrows what a --dry-run lists; a cancel takes the PROCESSING runs the filter matches \
             (and, with --drain, the PENDING ones once they start)",
        ));
    }
    // Before anything is read or sent: the record is never written into a file this run reads.
    record::check_inputs(args.resume.as_deref(), &args.file, args.output.as_deref())?;
    let limits = Limits {
        concurrency: args.batch_settings.concurrency as usize,
        rate: args.batch_settings.rate,
        stop_after: args.batch_settings.stop_after,
    };
    let (finished, skipped, filter) = match filter_of(&args) {
        Some((named, filter)) => (by_filter(&args, filter, limits).await?, None, Some(named)),
        None => {
            let (finished, skipped) = by_ids(&args, limits).await?;
            (finished, skipped, None)
        }
    };
    for line in finished.summary_lines() {
        exit::note(&line);
    }
    if let Some(skipped) = skipped.filter(|skipped| *skipped > 0) {
        exit::note(&format!("({skipped} runs skipped: settled in the --resume file.)"));
    }
    match filter {
        // Nothing went wrong, and nothing was found: most often a mistyped id or the wrong
        // workspace, which must not pass for a batch done.
        Some(named) if finished.labels.is_empty() && finished.status() == Status::Success => {
            exit::note(&matched_nothing(&named, &args));
            Ok(Status::SomeFailed)
        }
        _ => Ok(finished.status()),
    }
}

/// What to check when `named` (such as `--batch bpr_x`) matched no run.
fn matched_nothing(named: &str, args: &CancelArgs) -> String {
    let status = args.status.as_ref().map_or_else(String::new, |status| format!(" in status {status}"));
    let cancellable = if args.drain.is_some() { "PROCESSING and PENDING" } else { "PROCESSING" };
    format!(
        "No run{status} matched {named}. Check the id, --workspace (EXTEND_WORKSPACE_ID: the workspace of its \
         runs) and --env or --base-url (EXTEND_BASE_URL: their deployment). Only {cancellable} runs are \
         cancelled; `--dry-run --status PENDING` (or PROCESSED, FAILED, CANCELLED) lists the others."
    )
}

/// The filter of --batch, --extractor, --classifier or --splitter (clap allows one at most),
/// and the flag with its id, for messages.
fn filter_of(args: &CancelArgs) -> Option<(String, RunFilter)> {
    let (flag, id, filter) = None
        .or(args.batch.as_ref().map(|id| ("--batch", id, RunFilter::batch(id))))
        .or(args.extractor.as_ref().map(|id| ("--extractor", id, RunFilter::extractor(id))))
        .or(args.classifier.as_ref().map(|id| ("--classifier", id, RunFilter::classifier(id))))
        .or(args.splitter.as_ref().map(|id| ("--splitter", id, RunFilter::splitter(id))))?;
    // Pages of 100 instead of the API's default 10: a 20,000-run batch in 200 list requests.
    Some((format!("{flag} {}", input::cut(id)), filter.max_page_size(LIST_PAGE_SIZE)))
}

/// The page size of a filter's listing.
const LIST_PAGE_SIZE: u32 = 100;

/// How a batch is shown: its total when known, the ID column as wide as `id_width`, and the
/// `--output` file opened (last, once everything else was checked, so that a refused command
/// leaves no file behind).
fn view(
    args: &CancelArgs,
    total: Option<u64>,
    id_width: usize,
    stop_on_interrupt: bool,
) -> Result<View, Fatal> {
    Ok(View {
        total,
        format: if args.json { Format::Json } else { Format::Table { id_width } },
        output: args.output.as_deref().map(OutputFile::create).transpose()?,
        dry_run: args.dry_run,
        stop_on_interrupt,
    })
}

/// Cancels (or lists) the runs a filter matches.
async fn by_filter(args: &CancelArgs, filter: RunFilter, limits: Limits) -> Result<Finished, Fatal> {
    let client = connect::client(&args.connection, args.batch_settings.deadline)?;
    // The runs are found as they are listed: no total, and ids of any length may come. Ctrl-C
    // stops the cancelling batch through its stop handle (it ends by itself); a dry run's
    // listing is dropped at once.
    let view = view(args, None, LISTED_ID_WIDTH, args.dry_run)?;
    let interrupt = Interrupt::install();
    let stream: BoxStream<'static, Entry> = if args.dry_run {
        let statuses = match (&args.status, args.drain) {
            (Some(status), _) => vec![status.clone()],
            (None, Some(_)) => vec![RunStatus::Processing, RunStatus::Pending],
            (None, None) => vec![RunStatus::Processing],
        };
        preview::list_filter(&client, filter, statuses, args.drain.is_some()).boxed()
    } else {
        send::cancel_filter(&client, filter, args.drain, limits, &interrupt).boxed()
    };
    Ok(batch::show(stream, view, &interrupt).await)
}

/// Cancels (or looks up) the ids given; also returns how many --resume skipped.
async fn by_ids(args: &CancelArgs, limits: Limits) -> Result<(Finished, Option<u64>), Fatal> {
    if args.ids.is_empty() && args.file.is_empty() {
        return Err(Fatal::usage(
            "no runs given: pass run ids, `-` to read them from standard input, --file FILE, or one of \
             --batch, --extractor, --classifier, --splitter (see `extend-cancel cancel --help`)",
        ));
    }
    let read = input::read(&args.ids, &args.file, &mut std::io::stdin().lock())?;
    if read.repeated > 0 {
        exit::note(&format!("note: {} repeated ids are cancelled once.", read.repeated));
    }
    let mut ids = read.ids;
    let mut skipped = None;
    if let Some(path) = &args.resume {
        let settled = resume::read(path)?;
        if let Some(warning) = &settled.warning {
            exit::note(&format!("warning: {warning}"));
        }
        let before = ids.len();
        ids.retain(|id| !settled.ids.contains(id));
        skipped = Some((before - ids.len()) as u64);
        exit::note(&format!(
            "Resuming: {} runs skipped, settled in {}; {} to go.",
            before - ids.len(),
            path.display(),
            ids.len()
        ));
    }
    // The configuration is checked (and the key required) for a dry run too.
    let client = connect::client(&args.connection, args.batch_settings.deadline)?;
    let total = ids.len() as u64;
    // Ctrl-C ends the ids the stream takes: it ends by itself once those started are done.
    let view = view(args, Some(total), report::id_width(&ids), false)?;
    let interrupt = Interrupt::install();
    let stream: BoxStream<'static, Entry> = if args.dry_run {
        preview::look_up_ids(&client, ids, limits, args.drain.is_some(), &interrupt).boxed()
    } else {
        send::cancel_ids(&client, ids, limits, &interrupt).boxed()
    };
    let mut finished = batch::show(stream, view, &interrupt).await;
    finished.not_sent = Some(total - finished.labels.len() as u64);
    Ok((finished, skipped))
}
