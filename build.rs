//! Generates the client from `openapi/extend-cancel.yaml` into `OUT_DIR` with
//! `build/generate.rs`, the function `cargo xtask regen` uses for the committed snapshot:
//! `client.rs` (the progenitor client), `spec_defaults.rs` (each operation's default API
//! version, the servers, the identity paths) and, with the `test-util` feature, `mock.rs`
//! (the httpmock helpers).

#[path = "build/generate.rs"]
mod generate;
#[path = "build/settings.rs"]
mod settings;

const SPEC: &str = "openapi/extend-cancel.yaml";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=build");
    if let Err(message) = run() {
        // A panic would bury the reason under a backtrace; this names the file and the fault.
        eprintln!("error: {SPEC}: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let text = std::fs::read_to_string(SPEC).map_err(|e| format!("cannot read: {e}"))?;
    let out_dir = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    let generated = generate::generate(&text, std::env::var_os("CARGO_FEATURE_TEST_UTIL").is_some())?;
    for (name, contents) in generated.files() {
        let path = std::path::Path::new(&out_dir).join(name);
        std::fs::write(&path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
