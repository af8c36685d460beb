//! The library in one page: cancel runs of any kind by id and print each run's definitive
//! outcome, then the batch's summary. (The command, `extend-cancel`, does this and more.)
//!
//! ```sh
//! cargo run --example cancel -- exr_Xj8mK2pL9nR4vT7qY5wZ clr_...
//! ```
//!
//! With `EXTEND_API_KEY` set it cancels on the Extend API (`EXTEND_BASE_URL` and
//! `EXTEND_WORKSPACE_ID` are read too). Without it, it starts the offline sandbox and cancels
//! the ids given there, or by default one run of each kind that can be cancelled and five that
//! cannot. The exit status is 0 when every run ended cancelled or already finished, 1
//! otherwise.

use extend_cancel::{Client, Outcome, Summary};
use extend_cancel_sandbox::Sandbox;
use futures_util::StreamExt;
use std::process::ExitCode;

/// Runs the sandbox holds: four `PROCESSING`, four in other statuses, and one it does not.
const DEMO: [&str; 9] = [
    "exr_processing",
    "clr_processing",
    "splr_processing",
    "dpr_processing",
    "exr_processed",
    "clr_cancelled",
    "splr_failed",
    "dpr_pending",
    "exr_does_not_exist",
];

#[tokio::main]
async fn main() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let mut ids: Vec<String> = std::env::args().skip(1).collect();
    // Without a key, the sandbox stands in for the API; it stops when dropped at the end.
    let (client, _sandbox) = if std::env::var_os("EXTEND_API_KEY").is_some() {
        (Client::from_env()?, None)
    } else {
        eprintln!("EXTEND_API_KEY is not set: cancelling in the offline sandbox instead");
        let sandbox = Sandbox::start().await?;
        if ids.is_empty() {
            ids = DEMO.map(String::from).to_vec();
        }
        (sandbox.client_builder().build()?, Some(sandbox))
    };

    let mut summary = Summary::default();
    // Eight at a time, ten requests a second at most; a 429 pauses the whole batch.
    let mut outcomes = client.cancel_many(ids).concurrency(8).rate_limit(10.0).outcomes();
    while let Some((id, outcome)) = outcomes.next().await {
        summary.add(&outcome);
        match &outcome {
            Outcome::Failed(error) => println!("{id}: failed: {error}"),
            Outcome::NotSent(stop) => println!("{id}: not sent ({stop})"),
            other => {
                println!("{id}: {} ({})", other.label(), other.status().map_or("-".into(), |s| s.to_string()))
            }
        }
    }
    println!("{summary}");
    Ok(if summary.all_settled() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
