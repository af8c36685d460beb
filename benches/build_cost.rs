//! Benchmark 4: what the build-time code generation costs a consumer's build.
//!
//! - a clean `cargo build` of this crate vs a baseline crate with the same reqwest, tokio and
//!   serde features and no code generation (a hand-written reqwest call), each in its own
//!   fresh target directory, with the same Cargo.lock versions;
//! - an incremental rebuild after touching `src/lib.rs` (build.rs must not rerun) and after
//!   touching the spec (build.rs reruns).
//!
//! Run: `cargo bench --bench build_cost` (several minutes: two clean builds). It builds the
//! default features (native-tls). Set `BENCH_BUILD_COST=skip` to skip it.

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

const BASELINE_MANIFEST: &str = r#"[package]
name = "baseline"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
reqwest = { version = "0.13", default-features = false, features = ["json", "stream", "native-tls"] }
serde = { version = "1", features = ["derive"] }
serde_json = { version = "1", features = ["raw_value"] }
tokio = { version = "1", features = ["time", "rt"] }

[workspace]
"#;

const BASELINE_LIB: &str = r#"
/// The hand-written equivalent of one cancel call.
pub async fn cancel(client: &reqwest::Client, base: &str, id: &str) -> reqwest::Result<serde_json::Value> {
    client.post(format!("{base}/extract_runs/{id}/cancel"))
        .header("x-extend-api-version", "2026-02-09")
        .send().await?.error_for_status()?.json().await
}
"#;

/// Runs `cargo build` in `dir` with its own target dir; returns the wall time and whether this
/// crate's build script ran.
fn cargo_build(manifest: &Path, target: &Path) -> (Duration, bool) {
    let started = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "-v", "--manifest-path"])
        .arg(manifest)
        .arg("--target-dir")
        .arg(target)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("cargo runs");
    let elapsed = started.elapsed();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let log = String::from_utf8_lossy(&output.stderr);
    let build_script_ran = log
        .lines()
        .any(|l| l.contains("Running") && l.contains("extend-cancel") && l.contains("build-script-build"));
    (elapsed, build_script_ran)
}

fn touch(path: &Path) {
    let file = std::fs::File::options().append(true).open(path).unwrap();
    file.set_modified(std::time::SystemTime::now()).unwrap();
}

fn main() {
    if std::env::var("BENCH_BUILD_COST").as_deref() == Ok("skip") || std::env::args().any(|a| a == "--list") {
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scratch = std::env::temp_dir().join(format!("extend-cancel-build-cost-{}", std::process::id()));
    let baseline = scratch.join("baseline");
    std::fs::create_dir_all(baseline.join("src")).unwrap();
    std::fs::write(baseline.join("Cargo.toml"), BASELINE_MANIFEST).unwrap();
    std::fs::write(baseline.join("src/lib.rs"), BASELINE_LIB).unwrap();
    std::fs::copy(root.join("Cargo.lock"), baseline.join("Cargo.lock")).unwrap();

    let (base_clean, _) = cargo_build(&baseline.join("Cargo.toml"), &scratch.join("target-baseline"));
    let target = scratch.join("target-crate");
    let manifest = root.join("Cargo.toml");
    let (crate_clean, ran) = cargo_build(&manifest, &target);
    assert!(ran, "a clean build runs the build script");
    touch(&root.join("src/lib.rs"));
    let (after_lib, ran_after_lib) = cargo_build(&manifest, &target);
    touch(&root.join("openapi/extend-cancel.yaml"));
    let (after_spec, ran_after_spec) = cargo_build(&manifest, &target);

    println!(
        "4. build cost (cargo build, dev profile, default features, {} cores):",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!("   clean, baseline crate (reqwest + serde, no codegen) {:>7.1} s", base_clean.as_secs_f64());
    println!(
        "   clean, extend-cancel                               {:>7.1} s  ratio {:.2}",
        crate_clean.as_secs_f64(),
        crate_clean.as_secs_f64() / base_clean.as_secs_f64()
    );
    println!(
        "   incremental after touching src/lib.rs              {:>7.1} s  build.rs reran: {ran_after_lib}",
        after_lib.as_secs_f64()
    );
    println!(
        "   incremental after touching the spec                {:>7.1} s  build.rs reran: {ran_after_spec}",
        after_spec.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&scratch);
}
