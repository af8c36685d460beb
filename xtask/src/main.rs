//! `cargo xtask regen [--check]` validates `openapi/extend-cancel.yaml` (its embedded examples
//! against their schemas, and the handwritten open enums of `src/model/open_enum.rs` against
//! its enums) and writes (or, with `--check`, compares) every committed artifact derived from
//! it:
//!
//! - `openapi/extend-cancel.json`: the same spec as JSON, keys in source order;
//! - `build/snapshot/client.rs`, `mock.rs`, `spec_defaults.rs`: what build.rs generates into
//!   `OUT_DIR`, committed for review.
//!
//! Both this command and build.rs call `generate` in `build/generate.rs`, so the snapshot and
//! the compiled client cannot be generated differently.
//! The recipe follows rust-analyzer's `cargo xtask codegen` and oxide.rs's
//! `cargo xtask generate --check`: one command writes, the same command with `--check`
//! writes nothing and fails with a diff.

use std::{
    fmt::Write as _,
    path::{Path, PathBuf},
    process::ExitCode,
};

mod layers;
mod modules;
mod open_enums;

#[path = "../../build/generate.rs"]
mod generate;
#[path = "../../build/settings.rs"]
mod settings;

/// The spec, relative to the workspace root.
const SPEC: &str = "openapi/extend-cancel.yaml";
/// The command that regenerates every artifact; each artifact names it.
const REGEN: &str = "cargo xtask regen";
/// Where the snapshot of the generated files is committed.
const SNAPSHOT_DIR: &str = "build/snapshot";

const USAGE: &str = "\
usage: cargo xtask regen [--check] | modules

  regen           validate openapi/extend-cancel.yaml (examples, open enums) and write every
                  derived artifact
  regen --check   write nothing; fail with a diff when an artifact is out of date
  modules         print the module graphs of the library, the sandbox and the command by
                  layer; fail on a cycle, an import from a higher layer or a file over 400 lines";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let check = match args.as_slice() {
        ["regen"] => false,
        ["regen", "--check"] => true,
        ["modules"] => return check_modules(&project_root()),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match regen(&project_root(), check) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask modules`: checks each crate of [`layers::CRATES`]; prints the reports of those
/// that pass and the problems of those that do not, and fails if any does not.
fn check_modules(root: &Path) -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for krate in layers::CRATES {
        match modules::check(root, krate) {
            Ok(report) => print!("{report}"),
            Err(problems) => {
                eprintln!("error: {} ({}) breaks its module rules:\n{problems}", krate.name, krate.src);
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}

/// The workspace root: the parent of this crate's folder.
fn project_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// One committed file and the contents it must have.
struct Artifact {
    path: String,
    contents: String,
}

fn regen(root: &Path, check: bool) -> Result<(), String> {
    let artifacts = artifacts(root)?;
    let mut stale = Vec::new();
    for artifact in &artifacts {
        let path = root.join(&artifact.path);
        let current = match std::fs::read_to_string(&path) {
            Ok(text) => Some(text.replace("\r\n", "\n")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("{}: cannot read: {e}", artifact.path)),
        };
        if current.as_deref() == Some(artifact.contents.as_str()) {
            println!("    fresh  {}", artifact.path);
            continue;
        }
        if check {
            println!("    STALE  {}", artifact.path);
            print_diff(&artifact.path, current.as_deref().unwrap_or(""), &artifact.contents);
            stale.push(artifact.path.as_str());
        } else {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&path, &artifact.contents)
                .map_err(|e| format!("{}: cannot write: {e}", artifact.path))?;
            println!("    wrote  {}", artifact.path);
        }
    }
    if stale.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} derived file(s) out of date relative to {SPEC}: {}\n\
         run `{REGEN}` and commit the result",
        stale.len(),
        stale.join(", ")
    ))
}

/// Validates the spec and produces every artifact in memory.
fn artifacts(root: &Path) -> Result<Vec<Artifact>, String> {
    let text = std::fs::read_to_string(root.join(SPEC)).map_err(|e| format!("{SPEC}: cannot read: {e}"))?;
    let spec: openapiv3::OpenAPI =
        serde_yaml::from_str(&text).map_err(|e| format!("{SPEC}: not a valid OpenAPI 3.0 document: {e}"))?;

    let generated = generate::generate(&text, true).map_err(|e| format!("{SPEC}: {e}"))?;

    check_examples(root)?;
    check_open_enums(root, &spec)?;

    let json = spec_json(&text)?;
    // The JSON must be the same document: parse it back and compare with the YAML's model.
    let mut reparsed: openapiv3::OpenAPI = serde_json::from_str(&json)
        .map_err(|e| format!("openapi/extend-cancel.json does not parse back as OpenAPI: {e}"))?;
    reparsed.extensions.shift_remove("x-generated-by");
    if reparsed != spec {
        return Err("openapi/extend-cancel.json would not describe the same API as the YAML".into());
    }

    let mut artifacts = vec![Artifact { path: "openapi/extend-cancel.json".into(), contents: json }];
    for (name, contents) in generated.files() {
        artifacts.push(Artifact { path: format!("{SNAPSHOT_DIR}/{name}"), contents: contents.to_owned() });
    }
    Ok(artifacts)
}

/// Every embedded response example must satisfy its schema.
fn check_examples(root: &Path) -> Result<(), String> {
    let spec = spec_check::Spec::load(root.join(SPEC))?;
    let examples = spec.response_examples();
    let mut problems = String::new();
    for example in &examples {
        if let Err(errors) = spec.validate(&example.schema_name, &example.value) {
            let _ = writeln!(problems, "  {} (schema {}):", example.location, example.schema_name);
            for error in errors {
                let _ = writeln!(problems, "    {error}");
            }
        }
    }
    if problems.is_empty() {
        println!("    {} embedded example(s) match their schemas", examples.len());
        Ok(())
    } else {
        Err(format!("{SPEC}: embedded examples do not match their schemas:\n{problems}"))
    }
}

/// The handwritten open enums must know exactly the values the spec's enums list: the schemas
/// they replace are not generated, so nothing else compares them.
fn check_open_enums(root: &Path, spec: &openapiv3::OpenAPI) -> Result<(), String> {
    let path = open_enums::FILE;
    let rust = std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: cannot read: {e}"))?;
    let checked = open_enums::check(spec, settings::REPLACEMENTS, &rust)?;
    println!("    {checked} open enum(s) know the values the spec lists");
    Ok(())
}

/// The spec as pretty JSON (two-space indent, keys in the YAML's order, trailing newline),
/// with a first key naming the command that produced it.
fn spec_json(yaml: &str) -> Result<String, String> {
    let value: serde_yaml::Value = serde_yaml::from_str(yaml).map_err(|e| format!("{SPEC}: {e}"))?;
    let serde_yaml::Value::Mapping(mut document) = value else {
        return Err(format!("{SPEC}: the document is not a mapping"));
    };
    let note = format!("Generated from {SPEC} by `{REGEN}`; do not edit. Edit the YAML instead.");
    let mut with_note = serde_yaml::Mapping::new();
    with_note.insert("x-generated-by".into(), note.into());
    for (key, value) in std::mem::take(&mut document) {
        with_note.insert(key, value);
    }
    let mut out = String::new();
    write_json(&serde_yaml::Value::Mapping(with_note), 0, &mut out)?;
    out.push('\n');
    Ok(out)
}

fn write_json(value: &serde_yaml::Value, indent: usize, out: &mut String) -> Result<(), String> {
    use serde_yaml::Value as Y;
    let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
    match value {
        Y::Null => out.push_str("null"),
        Y::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                let _ = write!(out, "{i}");
            } else if let Some(u) = n.as_u64() {
                let _ = write!(out, "{u}");
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                let number =
                    serde_json::Number::from_f64(f).ok_or(format!("{SPEC}: {f} has no JSON form"))?;
                out.push_str(&number.to_string());
            }
        }
        Y::String(s) => out.push_str(&json_string(s)),
        Y::Sequence(items) if items.is_empty() => out.push_str("[]"),
        Y::Sequence(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, indent + 2);
                write_json(item, indent + 2, out)?;
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        Y::Mapping(map) if map.is_empty() => out.push_str("{}"),
        Y::Mapping(map) => {
            out.push_str("{\n");
            for (i, (key, item)) in map.iter().enumerate() {
                let key = match key {
                    Y::String(s) => s.clone(),
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => return Err(format!("{SPEC}: unsupported mapping key {other:?}")),
                };
                pad(out, indent + 2);
                out.push_str(&json_string(&key));
                out.push_str(": ");
                write_json(item, indent + 2, out)?;
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
        Y::Tagged(tagged) => return Err(format!("{SPEC}: YAML tags are not allowed ({})", tagged.tag)),
    }
    Ok(())
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serializes")
}

/// A unified diff from the committed file to what `regen` would write, capped so that a
/// generator upgrade does not flood the log.
fn print_diff(path: &str, old: &str, new: &str) {
    const MAX_LINES: usize = 400;
    let diff = similar::TextDiff::from_lines(old, new);
    let text =
        diff.unified_diff().context_radius(3).header(&format!("a/{path}"), &format!("b/{path}")).to_string();
    let total = text.lines().count();
    for line in text.lines().take(MAX_LINES) {
        println!("{line}");
    }
    if total > MAX_LINES {
        println!(
            "... ({} more diff lines; run `{REGEN}` and use `git diff` to see them all)",
            total - MAX_LINES
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cargo test --workspace` fails early when a derived file is stale (as rust-analyzer's
    /// codegen test does); the error names `cargo xtask regen`.
    #[test]
    fn derived_files_are_fresh() {
        if let Err(message) = regen(&project_root(), true) {
            panic!("{message}");
        }
    }

    #[test]
    fn json_keeps_source_order_and_escapes() {
        let yaml = "openapi: 3.0.3\nb: {z: 1, a: [true, null, 1.5, \"q\\\"uote\"]}\n'200': {}\nempty: []\n";
        let json = spec_json(yaml).expect("converts");
        let expected = concat!(
            "{\n",
            "  \"x-generated-by\": \"Generated from openapi/extend-cancel.yaml by `cargo xtask regen`; do not edit. Edit the YAML instead.\",\n",
            "  \"openapi\": \"3.0.3\",\n",
            "  \"b\": {\n",
            "    \"z\": 1,\n",
            "    \"a\": [\n",
            "      true,\n",
            "      null,\n",
            "      1.5,\n",
            "      \"q\\\"uote\"\n",
            "    ]\n",
            "  },\n",
            "  \"200\": {},\n",
            "  \"empty\": []\n",
            "}\n",
        );
        assert_eq!(json, expected);
    }
}
