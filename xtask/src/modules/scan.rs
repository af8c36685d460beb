//! Reading a crate's sources as modules: each file's module path, its code without comments and
//! literals, the names its `use` lines bring in, and the modules its code names.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
};

/// One source file as a module.
pub struct Module {
    /// Its path in the crate (`unions::shape`; the crate root's is empty).
    pub path: String,
    /// Its code with comments and literals blanked, line breaks kept (so lines still count).
    pub code: String,
    /// Its length in lines.
    pub lines: usize,
    /// Its file as reports name it (`sandbox/src/list.rs`).
    pub file: String,
}

/// Every `.rs` file under `dir`, as modules of the crate whose sources are in `root`; `label`
/// is how reports name `root`.
pub fn load(root: &Path, label: &str, dir: &Path) -> Result<Vec<Module>, String> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(load(root, label, &path)?);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let relative = path.strip_prefix(root).unwrap_or(&path);
        let mut parts: Vec<String> = relative
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let crate_root = matches!(parts.as_slice(), [only] if only == "lib" || only == "main");
        if crate_root || parts.last().is_some_and(|last| last == "mod") {
            parts.pop();
        }
        out.push(Module {
            path: parts.join("::"),
            code: strip_comments_and_strings(&text),
            lines: text.lines().count(),
            file: format!("{label}/{}", relative.display()),
        });
    }
    Ok(out)
}

/// `name -> what it names` for every name a `use` line brings into a module, both as full
/// paths: after `pub use builder::SampleRun;` in `sample`, `sample::SampleRun` is
/// `sample::builder::SampleRun`. So a path through a re-export counts as a dependency on the
/// module the item is defined in, not on the module re-exporting it.
pub fn aliases(modules: &[Module]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for module in modules {
        for statement in use_statements(&module.code) {
            for (path, _) in expand(statement) {
                let mut target = absolute(&module.path, &path);
                if target.last().is_some_and(|last| last == "self") {
                    target.pop();
                }
                let Some(name) = target.last() else { continue };
                if matches!(name.as_str(), "*" | "crate" | "super" | "self") {
                    continue;
                }
                let alias =
                    if module.path.is_empty() { name.clone() } else { format!("{}::{name}", module.path) };
                out.insert(alias, target.join("::"));
            }
        }
    }
    out
}

/// The text of every `use` declaration in `code`, from after `use` to the `;`.
fn use_statements(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = code[from..].find("use ") {
        let start = from + at;
        from = start + "use ".len();
        if code[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = code[from..].find(';').map_or(code.len(), |n| from + n);
        out.push(code[from..end].trim());
    }
    out
}

/// The modules `module`'s code names through `crate::`, `super::` and `self::` paths, each
/// with the line it is first named on.
pub fn references(
    module: &Module,
    known: &BTreeSet<&str>,
    aliases: &BTreeMap<String, String>,
) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let code = module.code.as_str();
    for prefix in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(prefix) {
            let start = from + at;
            from = start + prefix.len();
            // `$crate::` in a macro is this crate too; `a::super::` is part of a longer path.
            if code[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
            {
                continue;
            }
            for (path, at) in expand(&code[start..]) {
                if let Some(target) = resolve(&absolute(&module.path, &path), known, aliases, 0) {
                    out.entry(target).or_insert_with(|| code[..start + at].matches('\n').count() + 1);
                }
            }
        }
    }
    out
}

/// `path`, as written in `module`, from the crate root: `crate::` is the root, each `super::`
/// one module up, `self::` the module itself; any other path is taken as relative.
fn absolute(module: &str, path: &str) -> Vec<String> {
    let mut base: Vec<String> = module.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    match segments.peek().copied() {
        Some("crate") => {
            base.clear();
            segments.next();
        }
        Some("self") => {
            segments.next();
        }
        _ => {
            while segments.next_if_eq(&"super").is_some() {
                base.pop();
            }
        }
    }
    base.extend(segments.map(str::to_owned));
    base
}

/// The paths a `use` tree or path expression starting at `text` names, each with the offset in
/// `text` of its last part: `a::{b, c::d}` gives `a::b` at 4 and `a::c::d` at 7; a glob keeps
/// its `*`.
pub fn expand(text: &str) -> Vec<(String, usize)> {
    let mut segments = String::new();
    for (i, c) in text.char_indices() {
        match c {
            c if c.is_alphanumeric() || c == '_' || c == ':' || c == '*' => segments.push(c),
            '{' => {
                let inner = &text[i + 1..i + closing_brace(&text[i..])];
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
                let mut paths = Vec::new();
                for item in items.into_iter().map(str::trim).filter(|item| !item.is_empty()) {
                    // Where the item is in `text`: both are slices of the same string.
                    let offset = item.as_ptr() as usize - text.as_ptr() as usize;
                    paths.extend(
                        expand(item).into_iter().map(|(path, at)| (format!("{segments}{path}"), offset + at)),
                    );
                }
                return paths;
            }
            _ => break,
        }
    }
    vec![(segments.trim_end_matches(':').to_owned(), 0)]
}

/// The offset of the `}` closing the `{` that `text` starts with (its length if none does).
fn closing_brace(text: &str) -> usize {
    let mut depth = 0;
    for (j, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// The module an absolute path lies in: its longest known prefix, or, where the path goes on
/// through a name a `use` line brought in, the module that name comes from. `None` for an item
/// of the crate root and for paths outside the crate.
fn resolve(
    segments: &[String],
    known: &BTreeSet<&str>,
    aliases: &BTreeMap<String, String>,
    depth: usize,
) -> Option<String> {
    for len in (0..=segments.len()).rev() {
        let prefix = segments[..len].join("::");
        if len > 0 && !known.contains(prefix.as_str()) {
            continue;
        }
        // Re-exports chain (`lib.rs` re-exports what `sample` re-exports); a loop of them
        // would be a compile error, the depth bound only keeps a typo here from hanging.
        let through = segments.get(len).and_then(|_| aliases.get(&segments[..=len].join("::")));
        if let Some(target) = through.filter(|_| depth < 8) {
            let mut full: Vec<String> = target.split("::").map(str::to_owned).collect();
            full.extend(segments[len + 1..].iter().cloned());
            return resolve(&full, known, aliases, depth + 1);
        }
        return (len > 0).then_some(prefix);
    }
    None
}

/// The code with comments, string and character literals blanked (line breaks kept), so that
/// doc links and messages do not count as dependencies.
pub fn strip_comments_and_strings(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // What is skipped still counts its lines, so that positions in `out` have the same line.
    let skip = |out: &mut String, skipped: &str| out.extend(skipped.chars().filter(|c| *c == '\n'));
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        let end = if rest.starts_with("//") {
            rest.find('\n').map_or(text.len(), |n| i + n)
        } else if rest.starts_with("/*") {
            rest.find("*/").map_or(text.len(), |n| i + n + 2)
        } else if rest.starts_with("r#\"") || rest.starts_with("r\"") {
            let hashes = rest[1..].chars().take_while(|c| *c == '#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let body = i + 2 + hashes;
            out.push_str("\"\"");
            text[body..].find(&close).map_or(text.len(), |n| body + n + close.len())
        } else if bytes[i] == b'"' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            (j + 1).min(text.len())
        } else if let Some(len) = char_literal(rest) {
            out.push_str("' '");
            i + len
        } else {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            i += c.len_utf8();
            continue;
        };
        skip(&mut out, &text[i..end]);
        i = end;
    }
    out
}

/// The length of the character literal `text` starts with (`'"'`, `'\''`, `'\u{e9}'`), or
/// `None` when it starts with something else, such as a lifetime (`'a`).
fn char_literal(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    if chars.next()?.1 != '\'' {
        return None;
    }
    let (_, first) = chars.next()?;
    if first == '\\' {
        // An escape: up to the next quote after the escaped character.
        let after = 2 + text[2..].chars().next()?.len_utf8();
        return text[after..].find('\'').map(|n| after + n + 1);
    }
    let (at, second) = chars.next()?;
    (second == '\'').then_some(at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Use trees expand to their paths and offsets; comments and literals are blanked, lines kept.
    #[test]
    fn expands_use_trees_and_skips_comments_and_literals() {
        let paths = |text: &str| expand(text).into_iter().map(|(path, _)| path).collect::<Vec<_>>();
        assert_eq!(paths("a::{b, c::{d, e}}, f"), ["a::b", "a::c::d", "a::c::e"]);
        assert_eq!(paths("retry::decide(x)"), ["retry::decide"]);
        assert_eq!(paths("super::*;"), ["super::*"]);
        assert_eq!(expand("a::{b,\n c::d}"), [("a::b".to_owned(), 4), ("a::c::d".to_owned(), 8)]);
        let code = strip_comments_and_strings(
            "use x; // crate::a\n/* crate::b\n */ let s = \"crate::c\";\nlet q = '\"'; let l: &'a str = crate::d;",
        );
        assert_eq!(code, "use x; \n\n let s = \"\";\nlet q = ' '; let l: &'a str = crate::d;");
    }

    /// A path through re-exports (`crate::SampleRun`) depends on the module defining the item.
    #[test]
    fn resolves_paths_through_re_exports_to_where_items_are_defined() {
        let module = |path: &str, code: &str| Module {
            path: path.to_owned(),
            code: code.to_owned(),
            lines: 1,
            file: String::new(),
        };
        let modules = [
            module("", "mod sample; pub use sample::{SampleRun, parts::{self}};"),
            module("sample", "mod builder; pub use builder::SampleRun;"),
            module("sample::builder", "use super::parts::tail;\nuse crate::run::Run;"),
            module("sample::parts", ""),
            module("run", "fn f() {\n crate::SampleRun::new(); crate::parts::tail(); }"),
        ];
        let known: BTreeSet<&str> = modules.iter().map(|m| m.path.as_str()).collect();
        let aliases = aliases(&modules);
        assert_eq!(aliases["SampleRun"], "sample::SampleRun");
        assert_eq!(aliases["parts"], "sample::parts");
        assert_eq!(aliases["sample::SampleRun"], "sample::builder::SampleRun");
        let found = |i: usize| references(&modules[i], &known, &aliases).into_iter().collect::<Vec<_>>();
        assert_eq!(found(2), [("run".to_owned(), 2), ("sample::parts".to_owned(), 1)]);
        assert_eq!(found(4), [("sample::builder".to_owned(), 2), ("sample::parts".to_owned(), 2)]);
    }
}
