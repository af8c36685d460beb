//! `extend-cancel cancel`: read and check the ids (or the filter), skip what an earlier run
//! settled, then cancel, or look up what a cancel would do.

use crate::{
    args::CancelArgs,
    batch::{self, Finished, View},
    connect,
    exit::{Fatal, Status},
    input,
    interrupt::Interrupt,
    preview,
    report::Entry,
    resume,
    send::{self, Limits},
};
use extend_cancel::{ProcessorRunStatus, RunFilter};
use futures_util::{stream::BoxStream, StreamExt};

/// Runs the command.
pub async fn run(args: CancelArgs) -> Result<Status, Fatal> {
    if args.status.is_some() && !args.dry_run {
        return Err(Fatal::usage(
            "--status narrows what a --dry-run lists; a cancel takes the PROCESSING runs the filter matches \
             (and, with --drain, the PENDING ones once they start)",
        ));
    }
    let limits = Limits {
        concurrency: args.batch_settings.concurrency as usize,
        rate: args.batch_settings.rate,
        stop_after: args.batch_settings.stop_after,
    };
    let (finished, skipped) = match filter_of(&args) {
        Some(filter) => (by_filter(&args, filter, limits).await?, None),
        None => by_ids(&args, limits).await?,
    };
    for line in finished.summary_lines() {
        eprintln!("{line}");
    }
    if let Some(skipped) = skipped.filter(|skipped| *skipped > 0) {
        eprintln!("({skipped} runs skipped: settled in the --resume file.)");
    }
    Ok(finished.status())
}

/// The filter of --batch, --extractor, --classifier or --splitter (clap allows one at most).
fn filter_of(args: &CancelArgs) -> Option<RunFilter> {
    let filter = None
        .or(args.batch.as_ref().map(RunFilter::batch))
        .or(args.extractor.as_ref().map(RunFilter::extractor))
        .or(args.classifier.as_ref().map(RunFilter::classifier))
        .or(args.splitter.as_ref().map(RunFilter::splitter))?;
    // Pages of 100 instead of the API's default 10: a 20,000-run batch in 200 list requests.
    Some(filter.max_page_size(LIST_PAGE_SIZE))
}

/// The page size of a filter's listing.
const LIST_PAGE_SIZE: u32 = 100;

/// Cancels (or lists) the runs a filter matches.
async fn by_filter(args: &CancelArgs, filter: RunFilter, limits: Limits) -> Result<Finished, Fatal> {
    let client = connect::client(&args.connection, args.batch_settings.deadline)?;
    let interrupt = Interrupt::install();
    let stream: BoxStream<'static, Entry> = if args.dry_run {
        let statuses = match (&args.status, args.drain) {
            (Some(status), _) => vec![status.clone()],
            (None, Some(_)) => vec![ProcessorRunStatus::Processing, ProcessorRunStatus::Pending],
            (None, None) => vec![ProcessorRunStatus::Processing],
        };
        preview::list_filter(&client, filter, statuses, args.drain.is_some()).boxed()
    } else {
        send::cancel_filter(&client, filter, args.drain, limits, &interrupt).boxed()
    };
    // The runs are found as they are listed: no total. Ctrl-C stops the cancelling batch
    // through its stop handle (it ends by itself); a dry run's listing is dropped at once.
    let view = View { total: None, json: args.json, dry_run: args.dry_run, stop_on_interrupt: args.dry_run };
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
        eprintln!("note: {} repeated ids are cancelled once.", read.repeated);
    }
    let mut ids = read.ids;
    let mut skipped = None;
    if let Some(path) = &args.resume {
        let settled = resume::read(path)?;
        if let Some(warning) = &settled.warning {
            eprintln!("warning: {warning}");
        }
        let before = ids.len();
        ids.retain(|id| !settled.ids.contains(id));
        skipped = Some((before - ids.len()) as u64);
        eprintln!(
            "Resuming: {} runs skipped, settled in {}; {} to go.",
            before - ids.len(),
            path.display(),
            ids.len()
        );
    }
    // The configuration is checked (and the key required) for a dry run too.
    let client = connect::client(&args.connection, args.batch_settings.deadline)?;
    let interrupt = Interrupt::install();
    let total = ids.len() as u64;
    let stream: BoxStream<'static, Entry> = if args.dry_run {
        preview::look_up_ids(&client, ids, limits, args.drain.is_some(), &interrupt).boxed()
    } else {
        send::cancel_ids(&client, ids, limits, &interrupt).boxed()
    };
    // Ctrl-C ends the ids the stream takes: it ends by itself once those started are done.
    let view = View { total: Some(total), json: args.json, dry_run: args.dry_run, stop_on_interrupt: false };
    let mut finished = batch::show(stream, view, &interrupt).await;
    finished.not_sent = Some(total - finished.labels.len() as u64);
    Ok((finished, skipped))
}
