//! `cargo xtask modules`: the module graphs of the library, the sandbox and the command,
//! checked against their layers ([`crate::layers`]). A crate fails when two of its modules
//! depend on each other (directly or around a longer cycle), when a module imports from a layer
//! above its own, when a module has no layer, or when a handwritten file is longer than
//! [`MAX_LINES`].
//!
//! A module depends on another when its code (comments and literals aside) names it: a
//! `crate::`, `super::` or `self::` path, followed through the names `use` lines bring in (a
//! path through a re-export depends on the module that defines the item). A module naming its
//! own ancestor (a submodule using its parent's re-exports, a `tests` module using `super::*`)
//! is not counted: the parent declares it, so that is how Rust nests, not a cycle. `generated`
//! counts as a leaf: it only includes build.rs's output.

mod cycles;
mod scan;

use crate::layers::Crate;
use cycles::Graph;
use std::{collections::BTreeSet, fmt::Write as _, path::Path};

/// The longest handwritten source file allowed, in lines.
pub const MAX_LINES: usize = 400;

/// Where the layer tables are, for messages.
const TABLES: &str = "xtask/src/layers.rs";

/// Checks `krate`, whose sources are under `workspace`; returns the report to print (its
/// modules by layer, with what each imports), or the problems, one a line.
pub fn check(workspace: &Path, krate: &Crate) -> Result<String, String> {
    let src = workspace.join(krate.src);
    let modules = scan::load(&src, krate.src, &src)?;
    let graph = graph(&modules);
    let file = |path: &str| modules.iter().find(|m| m.path == path).map_or("?", |m| m.file.as_str());
    let mut problems = placement(krate, &modules);
    for cycle in cycles::cycles(&graph) {
        let imports: Vec<String> = cycle
            .windows(2)
            .map(|w| format!("{}:{} imports {}", file(&w[0]), graph[&w[0]][&w[1]], w[1]))
            .collect();
        problems.push(format!(
            "modules depend on each other: {} ({})",
            cycle.join(" -> "),
            imports.join("; ")
        ));
    }
    for (module, edges) in &graph {
        let Some(own) = rank(krate, module) else { continue };
        for (target, line) in edges {
            let Some(theirs) = rank(krate, target).filter(|theirs| *theirs > own) else { continue };
            problems.push(format!(
                "{}:{line}: `{module}` in {} imports `{target}` in {}, a layer above its own",
                file(module),
                layer_name(krate, own),
                layer_name(krate, theirs),
            ));
        }
    }
    for module in modules.iter().filter(|m| m.lines > MAX_LINES) {
        problems.push(format!("{} has {} lines (at most {MAX_LINES})", module.file, module.lines));
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    Ok(report(krate, &graph))
}

/// Each module and the modules it imports, ancestors left out.
fn graph(modules: &[scan::Module]) -> Graph {
    let known: BTreeSet<&str> = modules.iter().map(|m| m.path.as_str()).collect();
    let aliases = scan::aliases(modules);
    let mut graph = Graph::new();
    for module in modules {
        let edges = graph.entry(module.path.clone()).or_default();
        for (target, line) in scan::references(module, &known, &aliases) {
            let ancestor = module.path == target || module.path.starts_with(&format!("{target}::"));
            if !ancestor {
                edges.insert(target, line);
            }
        }
    }
    graph
}

/// The modules the layer table does not place, the modules it names that do not exist, and,
/// where the crate root lists the layers, `mod` lines out of their order.
fn placement(krate: &Crate, modules: &[scan::Module]) -> Vec<String> {
    let mut problems = Vec::new();
    // Top-level modules only: a folder's submodules are in its layer, placed or not.
    let top_level = modules.iter().filter(|m| !m.path.is_empty() && !m.path.contains("::"));
    for module in top_level.filter(|m| rank(krate, &m.path).is_none()) {
        problems.push(format!("{}: `{}` has no layer in {TABLES}", module.file, module.path));
    }
    for name in krate.layers.iter().flat_map(|layer| layer.modules) {
        if !modules.iter().any(|m| m.path == *name) {
            problems.push(format!(
                "{TABLES}: {}'s layers name `{name}`, which {} does not have",
                krate.name, krate.src
            ));
        }
    }
    if krate.declared_in_order {
        problems.extend(out_of_order(krate, modules.iter().find(|m| m.path.is_empty())));
    }
    problems
}

/// The rank of the layer `module` is in (from 1, lowest first): that of its top-level module.
/// `None` for the crate root and for a module the table does not place.
fn rank(krate: &Crate, module: &str) -> Option<usize> {
    let top = module.split("::").next()?;
    krate.layers.iter().position(|layer| layer.modules.contains(&top)).map(|at| at + 1)
}

/// `layer 2 (model, generated)`.
fn layer_name(krate: &Crate, rank: usize) -> String {
    format!("layer {rank} ({})", krate.layers[rank - 1].modules.join(", "))
}

/// The crate root's `mod` lines that come after a module of a higher layer.
fn out_of_order(krate: &Crate, root: Option<&scan::Module>) -> Vec<String> {
    let Some(root) = root else { return Vec::new() };
    let mut out = Vec::new();
    let mut highest: Option<(usize, &str)> = None;
    for (line, text) in root.code.lines().enumerate() {
        // `mod name;`, `pub mod name;`, `pub(crate) mod name;`.
        let text = text.trim();
        let text =
            text.strip_prefix("pub").map_or(text, |rest| rest.split_once(' ').map_or(rest, |(_, r)| r));
        let Some(name) = text.strip_prefix("mod ").and_then(|rest| rest.strip_suffix(';')) else { continue };
        let Some(own) = rank(krate, name) else { continue };
        match highest {
            Some((above, before)) if above > own => out.push(format!(
                "{}:{}: `{name}` in {} is declared after `{before}` in {}; the `mod` lines list the layers \
                 lowest first, as {TABLES} does",
                root.file,
                line + 1,
                layer_name(krate, own),
                layer_name(krate, above),
            )),
            _ => highest = Some((own, name)),
        }
    }
    out
}

/// The crate's modules by layer, lowest first, each with the modules it imports.
fn report(krate: &Crate, graph: &Graph) -> String {
    let mut out = format!(
        "{} ({}): {} modules in {} layers; no cycle, no import from a higher layer, no file over {MAX_LINES} lines\n",
        krate.name,
        krate.src,
        graph.len(),
        krate.layers.len()
    );
    let line = |out: &mut String, module: &str| {
        let edges: Vec<&str> = graph[module].keys().map(String::as_str).collect();
        let name = if module.is_empty() { "(crate root)" } else { module };
        let _ = match edges.as_slice() {
            [] => writeln!(out, "      {name}"),
            _ => writeln!(out, "      {name} -> {}", edges.join(", ")),
        };
    };
    for (at, layer) in krate.layers.iter().enumerate() {
        let _ = writeln!(out, "  {}: {}", layer_name(krate, at + 1), layer.holds);
        for module in graph.keys().filter(|module| rank(krate, module) == Some(at + 1)) {
            line(&mut out, module);
        }
    }
    let _ = writeln!(out, "  the crate root: may use anything");
    line(&mut out, "");
    out
}

#[cfg(test)]
mod tests;
