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
    progress::Total,
    record::{self, OutputFile},
    report::{self, Entry, Format, LISTED_ID_WIDTH},
    resume,
    send::{self, Limits},
};
use extend_cancel::{Client, Error, RunFilter, RunKind, RunStatus};
use futures_util::{stream::BoxStream, StreamExt};

/// Runs the command.
pub async fn run(args: CancelArgs) -> Result<Status, Fatal> {
    if args.status.is_some() && !args.dry_run {
        return Err(Fatal::usage(
            "--status narrows what a --dry-run lists; a cancel takes the PROCESSING runs the filter matches \
             and its PENDING workflow runs (and, with --drain, the other PENDING ones once they start)",
        ));
    }
    // Before anything is read or sent: the record is never written into a file this run reads.
    record::check_inputs(args.resume.as_deref(), &args.file, args.output.as_deref())?;
    let limits = Limits {
        concurrency: args.batch_settings.concurrency as usize,
        rate: args.batch_settings.rate,
        stop_after: args.batch_settings.stop_after,
        cancelling_wait: args.batch_settings.cancelling_wait,
    };
    let (finished, skipped, filter) = match filter_of(&args) {
        Some(named) => {
            let shown = (named.shown.clone(), named.workflow);
            (by_filter(&args, named, limits).await?, None, Some(shown))
        }
        None => {
            let (finished, skipped) = by_ids(&args, limits).await?;
            (finished, skipped, None)
        }
    };
    for line in finished.summary_lines() {
        exit::note(&line);
    }
    if let Some(skipped) = skipped.filter(|skipped| *skipped > 0) {
        exit::note(&format!("({skipped} runs skipped: settled, or still cancelling, in the --resume file.)"));
    }
    match filter {
        // Nothing went wrong, and nothing was found: most often a mistyped id or the wrong
        // workspace, which must not pass for a batch done.
        Some((named, workflow)) if finished.labels.is_empty() && finished.status() == Status::Success => {
            exit::note(&matched_nothing(&named, workflow, &args));
            Ok(Status::SomeFailed)
        }
        _ => Ok(finished.status()),
    }
}

/// What to check when `named` (such as `--batch bpr_x`) matched no run; `workflow`: whether it
/// lists workflow runs.
fn matched_nothing(named: &str, workflow: bool, args: &CancelArgs) -> String {
    let status = args.status.as_ref().map_or_else(String::new, |status| format!(" in status {status}"));
    let cancellable = if args.drain.is_some() {
        "PROCESSING and PENDING runs are"
    } else if workflow {
        "PROCESSING runs (and PENDING workflow runs) are"
    } else {
        "PROCESSING runs are"
    };
    format!(
        "No run{status} matched {named}. Check the id, --workspace (EXTEND_WORKSPACE_ID: the workspace of its \
         runs) and --env or --base-url (EXTEND_BASE_URL: their deployment). Only {cancellable} \
         cancelled; `--dry-run --status PENDING` (or PROCESSED, FAILED, CANCELLED) lists the others."
    )
}

/// A filter named on the command line.
struct Named {
    /// The flag and its id (cut), for messages: `--batch bpr_x`.
    shown: String,
    /// What it lists.
    filter: RunFilter,
    /// Whether it may list workflow runs, which are cancelled while `PENDING` too.
    workflow: bool,
    /// The batch to look up first, for a batch the API's batch lookup covers.
    lookup: Option<Lookup>,
}

/// A batch to look up (`GET /batch_runs/{id}`) before its runs are listed.
struct Lookup {
    /// The batch's id.
    id: String,
    /// Whether a 404 stops the command: for `bpr_...` batches, which the lookup documents. A
    /// `bpar_...` parse batch is looked up for its count only: the lookup's documentation names
    /// parse batches but gives its ids as `bpr_...`, so a 404 there is no proof the batch does
    /// not exist, and its runs are listed anyway (a filter that matches nothing says so).
    required: bool,
}

/// The filter of --batch, --extractor, --classifier, --splitter, --workflow or --processor
/// (clap allows one at most).
fn filter_of(args: &CancelArgs) -> Option<Named> {
    let (flag, id, filter) = None
        .or(args.batch.as_ref().map(|id| ("--batch", id, RunFilter::batch(id))))
        .or(args.extractor.as_ref().map(|id| ("--extractor", id, RunFilter::extractor(id))))
        .or(args.classifier.as_ref().map(|id| ("--classifier", id, RunFilter::classifier(id))))
        .or(args.splitter.as_ref().map(|id| ("--splitter", id, RunFilter::splitter(id))))
        .or(args.workflow.as_ref().map(|id| ("--workflow", id, RunFilter::workflow(id))))
        .or(args.processor.as_ref().map(|id| ("--processor", id, RunFilter::processor(id))))?;
    let lookup = args.batch.as_ref().and_then(|id| {
        let required = id.starts_with("bpr_");
        (required || id.starts_with("bpar_")).then(|| Lookup { id: id.clone(), required })
    });
    let workflow = lists_workflow_runs(&filter);
    Some(Named {
        shown: format!("{flag} {}", input::cut(id)),
        // Pages of 100 instead of the API's default 10: a 20,000-run batch in 200 list requests.
        filter: filter.max_page_size(LIST_PAGE_SIZE),
        workflow,
        lookup,
    })
}

/// Whether the filter may list workflow runs (cancelled while `PENDING` too), as the library
/// chooses the kinds a filter lists.
fn lists_workflow_runs(filter: &RunFilter) -> bool {
    filter.listed_kinds().is_ok_and(|kinds| kinds.contains(&RunKind::Workflow))
}

/// The page size of a filter's listing.
const LIST_PAGE_SIZE: u32 = 100;

/// How a batch is shown: its total when known, the ID column as wide as `id_width`, and the
/// `--output` file opened (last, once everything else was checked, so that a refused command
/// leaves no file behind).
fn view(args: &CancelArgs, total: Total, id_width: usize, stop_on_interrupt: bool) -> Result<View, Fatal> {
    Ok(View {
        total,
        format: if args.json { Format::Json } else { Format::Table { id_width } },
        output: args.output.as_deref().map(OutputFile::create).transpose()?,
        dry_run: args.dry_run,
        stop_on_interrupt,
        cancelling_wait: args.batch_settings.cancelling_wait,
    })
}

/// Cancels (or lists) the runs a filter matches; a batch is looked up first.
async fn by_filter(args: &CancelArgs, named: Named, limits: Limits) -> Result<Finished, Fatal> {
    let client = connect::client(&args.connection, args.batch_settings.deadline)?;
    // Installed before the lookup: a Ctrl-C while it waits ends the command with nothing sent.
    let interrupt = Interrupt::install();
    let total = match &named.lookup {
        Some(lookup) => tokio::select! {
            total = look_up(&client, lookup) => total?,
            _ = interrupt.stopping() => {
                return Err(Fatal::interrupted(format!(
                    "interrupted while looking batch {} up; nothing was cancelled",
                    input::cut(&lookup.id)
                )))
            }
        },
        None => Total::Unknown,
    };
    // The runs are found as they are listed: ids of any length may come. Ctrl-C stops the
    // cancelling batch through its stop handle (it ends by itself); a dry run's listing is
    // dropped at once.
    let view = view(args, total, LISTED_ID_WIDTH, args.dry_run)?;
    let Named { filter, workflow, .. } = named;
    let stream: BoxStream<'static, Entry> = if args.dry_run {
        // What a cancel would take: PROCESSING runs and PENDING workflow runs, and with --drain
        // PENDING runs of every kind; or the status asked for.
        let filters = match (&args.status, args.drain) {
            (Some(status), _) => vec![filter.status(status.clone())],
            (None, Some(_)) => {
                vec![filter.clone().status(RunStatus::Processing), filter.status(RunStatus::Pending)]
            }
            (None, None) if workflow => vec![
                filter.clone().status(RunStatus::Processing),
                filter.kinds(&[RunKind::Workflow]).status(RunStatus::Pending),
            ],
            (None, None) => vec![filter.status(RunStatus::Processing)],
        };
        preview::list_filter(&client, filters, args.drain.is_some()).boxed()
    } else {
        send::cancel_filter(&client, filter, args.drain, limits, &interrupt).boxed()
    };
    Ok(batch::show(stream, view, &interrupt).await)
}

/// Looks a batch up (`GET /batch_runs/{id}`): its number of runs is the progress's total. A
/// batch the API does not know stops the command when the lookup is required, before anything
/// is cancelled, as does a refused key; another failure leaves the total unknown, and the
/// listing goes on (its own errors are reported as usual).
async fn look_up(client: &Client, lookup: &Lookup) -> Result<Total, Fatal> {
    let id = input::cut(&lookup.id);
    match client.batch_run(lookup.id.clone()).await {
        Ok(batch) => Ok(batch
            .run_count
            .and_then(|count| u64::try_from(count).ok())
            .map_or(Total::Unknown, Total::OfBatch)),
        Err(Error::InvalidRunId(invalid)) => {
            Err(Fatal::usage(format!("--batch {id}: not a batch id: {}", invalid.problem)))
        }
        Err(error) if error.status().is_some_and(|status| status.as_u16() == 401) => {
            Err(Fatal::stopped(batch::refused_line(&error)))
        }
        Err(error) if error.status().is_some_and(|status| status.as_u16() == 404) => {
            if !lookup.required {
                return Ok(Total::Unknown);
            }
            let request =
                error.request_id().map_or_else(String::new, |request| format!(", request id {request}"));
            Err(Fatal::usage(format!(
                "batch {id} not found (GET /batch_runs/{id} answered 404{request}): check the id, --workspace \
                 (EXTEND_WORKSPACE_ID) and --env or --base-url (EXTEND_BASE_URL); nothing was cancelled"
            )))
        }
        Err(error) => {
            exit::note(&format!(
                "warning: could not look batch {id} up ({error}); its runs are listed without a total."
            ));
            Ok(Total::Unknown)
        }
    }
}

/// Cancels (or looks up) the ids given; also returns how many --resume skipped.
async fn by_ids(args: &CancelArgs, limits: Limits) -> Result<(Finished, Option<u64>), Fatal> {
    if args.ids.is_empty() && args.file.is_empty() {
        return Err(Fatal::usage(
            "no runs given: pass run ids, `-` to read them from standard input, --file FILE, or one of \
             --batch, --extractor, --classifier, --splitter, --workflow, --processor (see `extend-cancel \
             cancel --help`)",
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
        let cancelling = ids.iter().filter(|id| settled.cancelling.contains(*id)).count();
        ids.retain(|id| !settled.ids.contains(id));
        skipped = Some((before - ids.len()) as u64);
        // Runs still cancelling were not settled: said apart, so that they are not taken for done.
        let cancelling = match cancelling {
            0 => String::new(),
            n => format!(" ({n} of them still cancelling: not cancelled again)"),
        };
        exit::note(&format!(
            "Resuming: {} runs skipped, settled in {}{cancelling}; {} to go.",
            before - ids.len(),
            path.display(),
            ids.len()
        ));
    }
    // The configuration is checked (and the key required) for a dry run too.
    let client = connect::client(&args.connection, args.batch_settings.deadline)?;
    let total = ids.len() as u64;
    // Ctrl-C ends the ids the stream takes: it ends by itself once those started are done.
    let view = view(args, Total::Runs(total), report::id_width(&ids), false)?;
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
