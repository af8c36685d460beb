//! The check on small planted crates, and on the workspace's three crates as they are.

use super::*;
use crate::layers::{Layer, COMMAND, LIBRARY, SANDBOX};
use std::path::PathBuf;

/// A crate of two layers, `low` below `high`, each a folder.
const PLANTED: Crate = Crate {
    name: "the planted crate",
    src: "src",
    declared_in_order: true,
    layers: &[
        Layer { modules: &["low"], holds: "what the rest builds on" },
        Layer { modules: &["high"], holds: "what uses it" },
    ],
};

/// The planted crate without a fault: `high` uses `low::b` (through a re-export of the crate
/// root), `low::b` uses its sibling `low::a`, `low::c` uses nothing.
const CLEAN: &[(&str, &str)] = &[
    ("src/lib.rs", "mod low;\npub mod high;\n\npub use low::b::B;\n"),
    ("src/low/mod.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
    ("src/low/a.rs", "/// A.\npub struct A;\n"),
    ("src/low/b.rs", "use super::a::A;\n\n/// B.\npub struct B(pub A);\n"),
    ("src/low/c.rs", "/// C.\npub struct C;\n"),
    (
        "src/high/mod.rs",
        "/// Top: names `crate::low::c::C` in a comment only.\npub struct Top(pub crate::B);\n",
    ),
];

/// Writes `CLEAN` with `changes` (same file names) into a fresh folder; returns the folder.
fn plant(test: &str, changes: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-modules-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in CLEAN.iter().filter(|(name, _)| !changes.iter().any(|(changed, _)| changed == name)) {
        write(&dir, name, text);
    }
    for (name, text) in changes {
        write(&dir, name, text);
    }
    dir
}

/// Writes `text` to the file `name` under `dir`, making its folders.
fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("creates the folder");
    std::fs::write(path, text).expect("writes the file");
}

/// Checks the planted crate in `dir`, then removes it.
fn check_planted(dir: PathBuf) -> Result<String, String> {
    let result = check(&dir, &PLANTED);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// The clean crate passes; the report lists its modules by layer with what each imports.
#[test]
fn a_clean_crate_passes_and_is_reported_by_layer() {
    let report = check_planted(plant("clean", &[])).expect("the clean crate passes");
    assert_eq!(
        report,
        "the planted crate (src): 6 modules in 2 layers; no cycle, no import from a higher layer, \
         no file over 400 lines\n  \
         layer 1 (low): what the rest builds on\n      low\n      low::a\n      low::b -> low::a\n      low::c\n  \
         layer 2 (high): what uses it\n      high -> low::b\n  \
         the crate root: may use anything\n      (crate root)\n"
    );
}

/// `low::c` naming `crate::high::Top` fails, with its file, line and both layers.
#[test]
fn an_import_from_a_higher_layer_fails() {
    let upward = "/// C.\npub struct C;\n\n/// Made from the top.\npub fn top() -> crate::high::Top {\n    todo!()\n}\n";
    let problems = check_planted(plant("upward", &[("src/low/c.rs", upward)])).unwrap_err();
    assert_eq!(
        problems,
        "src/low/c.rs:5: `low::c` in layer 1 (low) imports `high` in layer 2 (high), a layer above its own"
    );
}

/// `low::a` and `low::b` importing each other fails, though they share a layer.
#[test]
fn a_cycle_fails() {
    let a =
        "use super::b::B;\n\n/// A.\npub struct A;\n\n/// Back.\npub fn back() -> Option<B> {\n    None\n}\n";
    let problems = check_planted(plant("cycle", &[("src/low/a.rs", a)])).unwrap_err();
    assert_eq!(
        problems,
        "modules depend on each other: low::a -> low::b -> low::a \
         (src/low/a.rs:1 imports low::b; src/low/b.rs:1 imports low::a)"
    );
}

/// A module the table does not place fails, and so does a `mod` line out of layer order.
#[test]
fn a_module_without_a_layer_and_layers_declared_out_of_order_fail() {
    let lib = "pub mod high;\nmod low;\nmod extra;\n\npub use low::b::B;\n";
    let problems =
        check_planted(plant("unplaced", &[("src/lib.rs", lib), ("src/extra.rs", "")])).unwrap_err();
    assert_eq!(
        problems,
        "src/extra.rs: `extra` has no layer in xtask/src/layers.rs\n\
         src/lib.rs:2: `low` in layer 1 (low) is declared after `high` in layer 2 (high); the `mod` lines \
         list the layers lowest first, as xtask/src/layers.rs does"
    );
}

/// A file over the limit fails.
#[test]
fn a_long_file_fails() {
    let long = "/// C.\npub struct C;\n".repeat(MAX_LINES / 2 + 1);
    let problems = check_planted(plant("long", &[("src/low/c.rs", &long)])).unwrap_err();
    assert_eq!(problems, "src/low/c.rs has 402 lines (at most 400)");
}

/// The workspace's root.
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `cargo test --workspace` fails when the library's modules break the rules.
#[test]
fn the_library_keeps_its_layers() {
    let report = check(&workspace(), &LIBRARY).unwrap_or_else(|problems| panic!("{problems}"));
    assert!(report.starts_with("the library (src):"), "{report}");
}

/// `cargo test --workspace` fails when the sandbox or the command breaks the rules.
#[test]
fn the_sandbox_and_the_command_keep_their_layers() {
    for krate in [&SANDBOX, &COMMAND] {
        if let Err(problems) = check(&workspace(), krate) {
            panic!("{} ({}):\n{problems}", krate.name, krate.src);
        }
    }
}
