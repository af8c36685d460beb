//! `extend-cancel sandbox`: the offline Extend look-alike as a server of its own, for clients
//! in any language.

use crate::{
    args::SandboxArgs,
    exit::{Fatal, Status},
};
use extend_cancel_sandbox::Sandbox;
use std::io::Write;

/// Serves until Ctrl-C; exits 0 then.
pub async fn run(args: SandboxArgs) -> Result<Status, Fatal> {
    if args.port.is_some() || args.seed.is_some() {
        // TODO(sandbox13): SandboxBuilder::port, the demo seed and seeding from a file.
        return Err(Fatal::usage("--port and --seed need the sandbox crate's builder from branch sandbox13"));
    }
    let sandbox =
        Sandbox::start().await.map_err(|e| Fatal::failure(format!("could not start the sandbox: {e}")))?;
    // Machine-readable first lines: `eval`-able, and what the SDK check reads.
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "EXTEND_BASE_URL={}", sandbox.base_url());
    let _ = writeln!(stdout, "EXTEND_API_KEY={}", sandbox.api_key());
    let _ = writeln!(stdout, "EXTEND_WORKSPACE_ID={}", sandbox.workspace_id());
    let _ = stdout.flush();
    drop(stdout);
    eprintln!("Extend sandbox serving on {} until stopped (Ctrl-C).", sandbox.base_url());
    tokio::signal::ctrl_c().await.map_err(|e| Fatal::failure(format!("could not wait for Ctrl-C: {e}")))?;
    eprintln!("Stopped.");
    Ok(Status::Success)
}
