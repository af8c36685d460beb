//! `cargo xtask modules`: the library's module graph, checked. Fails when two modules depend on
//! each other (directly or around a longer cycle) or when a handwritten file is longer than
//! [`MAX_LINES`].
//!
//! A module depends on another when its code (comments and strings aside) names it: a
//! `crate::other` path, a name `lib.rs` re-exports from `other`, or `super::sibling` inside a
//! folder module. A module naming its own ancestor (a submodule using its parent's re-exports,
//! a `tests` module using `super::*`) is not counted: the parent declares it, so that is how
//! Rust nests, not a cycle. `generated` counts as a leaf: it only includes build.rs's output.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
};

/// The longest handwritten source file allowed, in lines.
pub const MAX_LINES: usize = 400;

/// One source file as a module: its path (`unions::shape`) and its code without comments.
struct Module {
    path: String,
    code: String,
    lines: usize,
    file: String,
}

/// Checks the crate under `src`; returns the report to print, or the problems.
pub fn check(src: &Path) -> Result<String, String> {
    let modules = load(src, src)?;
    let known: BTreeSet<&str> = modules.iter().map(|m| m.path.as_str()).collect();
    let reexports = reexports(modules.iter().find(|m| m.path.is_empty()).map_or("", |m| &m.code));
    let mut graph: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for module in &modules {
        let edges = graph.entry(&module.path).or_default();
        for target in references(module, &known, &reexports) {
            let ancestor = module.path == target || module.path.starts_with(&format!("{target}::"));
            if !ancestor && !target.is_empty() {
                edges.insert(target);
            }
        }
    }
    let mut problems = Vec::new();
    for cycle in cycles(&graph) {
        problems.push(format!("modules depend on each other: {}", cycle.join(" -> ")));
    }
    for module in modules.iter().filter(|m| m.lines > MAX_LINES) {
        problems.push(format!("{} has {} lines (at most {MAX_LINES})", module.file, module.lines));
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let mut report = String::new();
    for (module, edges) in &graph {
        let name = if module.is_empty() { "(lib)" } else { module };
        let edges: Vec<&str> = edges.iter().map(String::as_str).collect();
        report.push_str(&format!("    {name} -> {}\n", edges.join(", ")));
    }
    Ok(report)
}

/// Every `.rs` file under `dir`, as modules of the crate rooted at `root`.
fn load(root: &Path, dir: &Path) -> Result<Vec<Module>, String> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(load(root, &path)?);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let relative = path.strip_prefix(root).unwrap_or(&path).with_extension("");
        let mut parts: Vec<String> =
            relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        if matches!(parts.last().map(String::as_str), Some("lib" | "mod")) {
            parts.pop();
        }
        out.push(Module {
            path: parts.join("::"),
            code: strip_comments_and_strings(&text),
            lines: text.lines().count(),
            file: format!("src/{}", path.strip_prefix(root).unwrap_or(&path).display()),
        });
    }
    Ok(out)
}

/// `name -> module` for every `pub use module::{Name, ...}` of `lib.rs`.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else { continue };
        let Some((module, names)) = rest.split_once("::") else { continue };
        for name in names.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|n| !n.is_empty()) {
            out.insert(name.to_owned(), module.trim().to_owned());
        }
    }
    out
}

/// The modules `module`'s code names.
fn references(
    module: &Module,
    known: &BTreeSet<&str>,
    reexports: &BTreeMap<String, String>,
) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let parent = module.path.rsplit_once("::").map_or("", |(parent, _)| parent);
    for (prefix, base) in [("crate::", String::new()), ("super::", parent.to_owned())] {
        let mut rest = module.code.as_str();
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + prefix.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            for path in expand(rest) {
                let full = if base.is_empty() { path.clone() } else { format!("{base}::{path}") };
                if let Some(target) = resolve(&full, known, reexports) {
                    out.insert(target);
                }
            }
        }
    }
    out
}

/// The paths a `use` tree or path expression starting at `text` names: `a::{b, c::d}` gives
/// `a::b` and `a::c::d`.
fn expand(text: &str) -> Vec<String> {
    let mut segments = String::new();
    for (i, c) in text.char_indices() {
        match c {
            c if c.is_alphanumeric() || c == '_' || c == ':' => segments.push(c),
            '{' => {
                let mut depth = 0;
                let mut end = text.len();
                for (j, c) in text[i..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = i + j;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let inner = &text[i + 1..end];
                let mut items = Vec::new();
                let (mut depth, mut start) = (0, 0);
                for (j, c) in inner.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            items.push(&inner[start..j]);
                            start = j + 1;
                        }
                        _ => {}
                    }
                }
                items.push(&inner[start..]);
                return items
                    .into_iter()
                    .flat_map(|item| expand(item.trim()))
                    .map(|path| format!("{segments}{path}"))
                    .collect();
            }
            _ => break,
        }
    }
    vec![segments.trim_end_matches(':').to_owned()]
}

/// The known module a path lies in: its longest known prefix, or the module a `lib.rs`
/// re-export of its first segment comes from.
fn resolve(path: &str, known: &BTreeSet<&str>, reexports: &BTreeMap<String, String>) -> Option<String> {
    let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    for len in (1..=segments.len()).rev() {
        let prefix = segments[..len].join("::");
        if known.contains(prefix.as_str()) {
            return Some(prefix);
        }
    }
    reexports.get(*segments.first()?).cloned()
}

/// Every cycle of the graph, one per strongly connected component of more than one module.
fn cycles(graph: &BTreeMap<&str, BTreeSet<String>>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for start in graph.keys() {
        if seen.contains(*start) {
            continue;
        }
        if let Some(path) = path_back(graph, start) {
            seen.extend(path.iter().cloned());
            out.push(path);
        }
    }
    out
}

/// A path from `start` back to itself, if there is one (breadth first, so the shortest).
fn path_back(graph: &BTreeMap<&str, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut previous: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.to_owned()]);
    while let Some(node) = queue.pop_front() {
        for next in graph.get(node.as_str()).into_iter().flatten() {
            if next == start {
                let mut path = vec![start.to_owned(), node.clone()];
                let mut at = node.clone();
                while let Some(before) = previous.get(&at) {
                    path.insert(1, before.clone());
                    at = before.clone();
                }
                path.dedup();
                path.push(start.to_owned());
                return Some(path);
            }
            if !previous.contains_key(next) && next != start {
                previous.insert(next.clone(), node.clone());
                queue.push_back(next.clone());
            }
        }
    }
    None
}

/// The code with comments, string and character literals blanked, so that doc links and
/// messages do not count as dependencies.
fn strip_comments_and_strings(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            let end = rest.find('\n').map_or(text.len(), |n| i + n);
            i = end;
        } else if rest.starts_with("/*") {
            i = rest.find("*/").map_or(text.len(), |n| i + n + 2);
        } else if rest.starts_with("r#\"") || rest.starts_with("r\"") {
            let hashes = rest[1..].chars().take_while(|c| *c == '#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let body = i + 2 + hashes;
            i = text[body..].find(&close).map_or(text.len(), |n| body + n + close.len());
            out.push_str("\"\"");
        } else if bytes[i] == b'"' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_use_trees_and_skips_comments() {
        assert_eq!(expand("a::{b, c::{d, e}}, f"), ["a::b", "a::c::d", "a::c::e"]);
        assert_eq!(expand("retry::decide(x)"), ["retry::decide"]);
        let code = strip_comments_and_strings("use x; // crate::a\n/* crate::b */ let s = \"crate::c\";");
        assert!(!code.contains("crate::"), "{code}");
    }

    #[test]
    fn finds_a_cycle() {
        let mut graph: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        graph.insert("a", ["b".to_owned()].into());
        graph.insert("b", ["c".to_owned()].into());
        graph.insert("c", ["a".to_owned()].into());
        graph.insert("d", ["a".to_owned()].into());
        assert_eq!(cycles(&graph), vec![vec!["a", "b", "c", "a"]]);
    }

    /// `cargo test --workspace` fails when the library's modules depend on each other.
    #[test]
    fn the_library_has_no_module_cycle_and_no_long_file() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
        if let Err(problems) = check(&src) {
            panic!("{problems}");
        }
    }
}
