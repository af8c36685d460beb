//! `extend-cancel sandbox`: the offline Extend look-alike as a server of its own, for clients
//! in any language.

use crate::{
    args::SandboxArgs,
    exit::{Fatal, Status},
};
use extend_cancel_sandbox::{RecordedRequest, Sandbox};
use std::io::Write;

/// Serves until Ctrl-C; exits 0 then.
pub async fn run(args: SandboxArgs) -> Result<Status, Fatal> {
    let mut builder = Sandbox::builder().on_request(log_line);
    if let Some(port) = args.port {
        builder = builder.port(port);
    }
    let sandbox = builder.start().await.map_err(|e| {
        let port = args.port.map_or_else(|| "a free port".to_owned(), |port| format!("port {port}"));
        Fatal::failure(format!("could not start the sandbox on 127.0.0.1, {port}: {e}"))
    })?;
    let mut seeded = 0;
    for seed in &args.seed {
        seeded += if seed == "demo" {
            sandbox.seed_demo()
        } else {
            // A seed file that cannot be used is bad input: nothing is served.
            sandbox.seed_file(seed).map_err(|e| Fatal::usage(format!("--seed {seed}: {e}")))?
        };
    }
    // Machine-readable first lines: `eval`-able, and what .ci/sdk-check reads.
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "EXTEND_BASE_URL={}", sandbox.base_url());
    let _ = writeln!(stdout, "EXTEND_API_KEY={}", sandbox.api_key());
    let _ = writeln!(stdout, "EXTEND_WORKSPACE_ID={}", sandbox.workspace_id());
    let _ = stdout.flush();
    drop(stdout);
    eprintln!(
        "Extend sandbox serving {} runs on {} until stopped (Ctrl-C); one line per request follows.",
        sandbox.runs().len(),
        sandbox.base_url()
    );
    if seeded > 0 {
        eprintln!("({seeded} of them from --seed.)");
    }
    tokio::signal::ctrl_c().await.map_err(|e| Fatal::failure(format!("could not wait for Ctrl-C: {e}")))?;
    eprintln!("Stopped.");
    Ok(Status::Success)
}

/// One line per request, on standard output: method, path and query, status, request id,
/// API version (never the key).
fn log_line(request: &RecordedRequest) {
    let version = request.header("x-extend-api-version").unwrap_or("-");
    let dropped = if request.dropped { " (response dropped)" } else { "" };
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(
        stdout,
        "{} {} {} {} api-version={version}{dropped}",
        request.method,
        request.path_and_query(),
        request.status,
        request.request_id
    );
    let _ = stdout.flush();
}
