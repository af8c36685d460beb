//! `extend-cancel`: cancel Extend runs from the command line, and serve the offline sandbox.
//!
//! A thin layer over the `extend-cancel` library: every request, retry, rate limit and
//! outcome comes from it. This crate reads the arguments and the ids, shows progress, prints
//! the results, and turns them into an exit status.

#![forbid(unsafe_code)]

// The modules, one concern each. `args` and `exit` use nothing else of the crate; `input`,
// `resume`, `connect`, `report`, `record`, `progress` and `interrupt` each hold one step of a batch;
// `send` (cancelling) and `preview` (a dry run) make a batch's entries, and `batch` shows and
// counts them; `cancel`, `demo` and `sandbox` are the commands.
mod args;
mod batch;
mod cancel;
mod connect;
mod demo;
mod exit;
mod input;
mod interrupt;
mod preview;
mod progress;
mod record;
mod report;
mod resume;
mod sandbox;
mod send;

use args::{Cli, Command};
use clap::Parser;
use exit::{Fatal, Status};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // One thread is plenty: the work is waiting on the network, and the sandbox (in `sandbox`
    // and the demonstration) shares it.
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => return report_fatal(Fatal::failure(format!("could not start the runtime: {error}"))),
    };
    match runtime.block_on(run(cli)) {
        Ok(status) => status.into(),
        Err(fatal) => report_fatal(fatal),
    }
}

/// Dispatches to the command; with none, runs the demonstration when no key is set.
async fn run(cli: Cli) -> Result<Status, Fatal> {
    match cli.command {
        Some(Command::Cancel(args)) => cancel::run(*args).await,
        Some(Command::Sandbox(args)) => sandbox::run(args).await,
        Some(Command::Demo(args)) => demo::run(args).await,
        None if connect::api_key_is_set() => Err(Fatal::usage(
            "EXTEND_API_KEY is set: say what to do, such as `extend-cancel cancel <run-id>...` \
             (see `extend-cancel --help`)",
        )),
        None => demo::run(args::DemoArgs::default()).await,
    }
}

fn report_fatal(fatal: Fatal) -> ExitCode {
    exit::note(&fatal.line());
    fatal.status.into()
}
