//! The interface's layers, checked from its source: every import in `src/**/*.rs` runs down the
//! layers (root -> sections -> widgets -> shell -> browser), no section imports another section,
//! and no files import each other around a circle. Rust accepts all three inside one crate, so
//! without this test an import up a layer compiles silently.
//!
//! The scanner reads each file with its comments, strings and character literals blanked out,
//! then resolves every path that names a file of the crate: `use` trees (`use crate::{a, b::{c,
//! self}}`), paths written inline in code and in `view!` (`<crate::x::Y/>`,
//! `crate::shell::persist::flush()`), `super::` and `self::` (inline modules such as `mod
//! tests` counted), and a module's own children (`ranges::RangeEditor` after `pub mod ranges;`).
//! Like rustc's tidy `pal.rs`, it asserts it saw enough imports and files, so a scanner that
//! finds nothing cannot pass.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, bottom first: a file may import its own layer and those below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Browser,
    Shell,
    Widgets,
    Sections,
    Root,
}

/// One import: a path in `from` (at `line`) that names a file of the crate.
#[derive(Clone, Debug)]
struct Import {
    from: String,
    line: usize,
    to: String,
    path: String,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// A file's name relative to `src/`, with forward slashes (`shell/lazy.rs`).
fn rel(path: &Path) -> String {
    path.strip_prefix(src_dir())
        .expect("under src/")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The module path of a file: `lib.rs` -> [], `shell/lazy.rs` -> [shell, lazy],
/// `sections/uncertainty/mod.rs` -> [sections, uncertainty].
fn module_of(file: &str) -> Vec<String> {
    if file == "lib.rs" || file == "main.rs" {
        return Vec::new();
    }
    let mut parts: Vec<String> = file.split('/').map(str::to_string).collect();
    let last = parts.pop().expect("a file name");
    if last != "mod.rs" {
        parts.push(last.trim_end_matches(".rs").to_string());
    }
    parts
}

/// The file of a module path, if the crate has one.
fn file_of(module: &[String], files: &BTreeSet<String>) -> Option<String> {
    if module.is_empty() {
        return Some("lib.rs".to_string());
    }
    let base = module.join("/");
    [format!("{base}.rs"), format!("{base}/mod.rs")]
        .into_iter()
        .find(|f| files.contains(f))
}

/// The file a path (absolute, from the crate's root) lands in: the deepest module it names.
fn resolve(abs: &[String], files: &BTreeSet<String>) -> String {
    (0..=abs.len())
        .rev()
        .find_map(|k| file_of(&abs[..k], files))
        .expect("lib.rs exists")
}

fn layer_of(file: &str) -> Option<Layer> {
    match file.split('/').next()? {
        "browser" => Some(Layer::Browser),
        "shell" => Some(Layer::Shell),
        "widgets" => Some(Layer::Widgets),
        "sections" => Some(Layer::Sections),
        "lib.rs" | "main.rs" | "app.rs" | "parts.rs" => Some(Layer::Root),
        _ => None,
    }
}

/// The section a file belongs to (`sections/uncertainty/ranges.rs` -> `uncertainty`); `None`
/// for `sections/mod.rs`, which only declares them, and for every other layer.
fn section_of(file: &str) -> Option<String> {
    let mut parts = file.split('/');
    if parts.next()? != "sections" {
        return None;
    }
    let name = parts.next()?;
    (name != "mod.rs").then(|| name.trim_end_matches(".rs").to_string())
}

/// The text with comments, string literals and character literals replaced by spaces (line
/// breaks kept, so offsets and line numbers stay those of the file).
fn code_only(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = b.clone();
    let blank = |out: &mut Vec<char>, from: usize, to: usize| {
        for c in out.iter_mut().take(to).skip(from) {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            let end = (i..b.len()).find(|&j| b[j] == '\n').unwrap_or(b.len());
            blank(&mut out, i, end);
            i = end;
        } else if c == '/' && next == Some('*') {
            let (mut depth, mut j) = (1, i + 2);
            while j < b.len() && depth > 0 {
                if b[j] == '/' && b.get(j + 1) == Some(&'*') {
                    depth += 1;
                    j += 2;
                } else if b[j] == '*' && b.get(j + 1) == Some(&'/') {
                    depth -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !(b[i - 1].is_alphanumeric() || b[i - 1] == '_'))
        {
            // a raw string r"..." or r#"..."#
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (1..=hashes).all(|h| b.get(j + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            blank(&mut out, i, j);
            i = j;
        } else if c == '"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != '"' {
                j += if b[j] == '\\' { 2 } else { 1 };
            }
            blank(&mut out, i, (j + 1).min(b.len()));
            i = j + 1;
        } else if c == '\'' {
            // a character literal ('a', '\n', '\u{2014}'); otherwise a lifetime ('a)
            let end = if next == Some('\\') {
                (i + 2..b.len().min(i + 12)).find(|&j| b[j] == '\'')
            } else if b.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(e) => {
                    blank(&mut out, i, e + 1);
                    i = e + 1;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out.into_iter().collect()
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Sym(char),
}

/// Identifiers, `::` and single symbols, each with its offset (in chars).
fn tokens(code: &str) -> Vec<(Tok, usize)> {
    let b: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                i += 1;
            }
            out.push((Tok::Ident(b[start..i].iter().collect()), start));
        } else if c == ':' && b.get(i + 1) == Some(&':') {
            out.push((Tok::PathSep, i));
            i += 2;
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_' || b[i] == '.') {
                i += 1;
            }
        } else {
            out.push((Tok::Sym(c), i));
            i += 1;
        }
    }
    out
}

/// Expand a `use` tree (tokens after `use`, up to `;`) into full paths, each with the offset of
/// its first token.
fn expand_use(toks: &[(Tok, usize)], prefix: &[String], out: &mut Vec<(Vec<String>, usize)>) {
    // split the list at top-level commas
    let mut depth = 0;
    let mut start = 0;
    let mut items = Vec::new();
    for (k, (t, _)) in toks.iter().enumerate() {
        match t {
            Tok::Sym('{') => depth += 1,
            Tok::Sym('}') => depth -= 1,
            Tok::Sym(',') if depth == 0 => {
                items.push(&toks[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    items.push(&toks[start..]);
    for item in items {
        let Some(&(_, at)) = item.first() else {
            continue;
        };
        let mut path = prefix.to_vec();
        let mut k = 0;
        while k < item.len() {
            match &item[k].0 {
                Tok::Ident(name) if name == "as" => break,
                Tok::Ident(name) if name == "self" && !path.is_empty() && k + 1 == item.len() => {}
                Tok::Ident(name) => path.push(name.clone()),
                Tok::PathSep => {}
                Tok::Sym('{') => {
                    let inner = &item[k + 1..item.len() - 1];
                    expand_use(inner, &path, out);
                    path.clear();
                    break;
                }
                Tok::Sym('*') => break,
                Tok::Sym(_) => break,
            }
            k += 1;
        }
        if !path.is_empty() {
            out.push((path, at));
        }
    }
}

/// Every path in a file that starts at `crate`, `super`, `self` or one of the file's own child
/// modules, made absolute; paths that land in the file itself are left out.
fn imports_of(file: &str, text: &str, files: &BTreeSet<String>) -> Vec<Import> {
    let code = code_only(text);
    let line_at = |offset: usize| code.chars().take(offset).filter(|c| *c == '\n').count() + 1;
    let toks = tokens(&code);
    let here = module_of(file);
    // the file's own child modules (`mod x;`), and its inline modules as the scan goes
    let mut children = BTreeSet::new();
    for w in toks.windows(3) {
        if let (Tok::Ident(m), Tok::Ident(name), Tok::Sym(';')) = (&w[0].0, &w[1].0, &w[2].0) {
            if m == "mod" {
                children.insert(name.clone());
            }
        }
    }
    let mut inline: Vec<(String, i32)> = Vec::new();
    let mut depth = 0;
    let mut found: Vec<(Vec<String>, usize, Vec<String>)> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let (tok, at) = &toks[k];
        let module: Vec<String> = here
            .iter()
            .cloned()
            .chain(inline.iter().map(|(n, _)| n.clone()))
            .collect();
        match tok {
            Tok::Sym('{') => depth += 1,
            Tok::Sym('}') => {
                depth -= 1;
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
            }
            Tok::Ident(m) if m == "mod" => {
                if let (Some((Tok::Ident(name), _)), Some((Tok::Sym('{'), _))) =
                    (toks.get(k + 1), toks.get(k + 2))
                {
                    inline.push((name.clone(), depth));
                    depth += 1;
                    k += 3;
                    continue;
                }
            }
            Tok::Ident(u)
                if u == "use"
                    && !matches!(toks.get(k.wrapping_sub(1)), Some((Tok::PathSep, _))) =>
            {
                let end = (k..toks.len())
                    .find(|&j| toks[j].0 == Tok::Sym(';'))
                    .unwrap_or(toks.len());
                let mut paths = Vec::new();
                expand_use(&toks[k + 1..end], &[], &mut paths);
                for (p, at) in paths {
                    found.push((p, at, module.clone()));
                }
                k = end + 1;
                continue;
            }
            Tok::Ident(first)
                if (first == "crate"
                    || first == "super"
                    || first == "self"
                    || children.contains(first))
                    && matches!(toks.get(k + 1), Some((Tok::PathSep, _)))
                    && !matches!(toks.get(k.wrapping_sub(1)), Some((Tok::PathSep, _))) =>
            {
                let mut path = vec![first.clone()];
                let mut j = k + 1;
                while let (Some((Tok::PathSep, _)), Some((Tok::Ident(n), _))) =
                    (toks.get(j), toks.get(j + 1))
                {
                    path.push(n.clone());
                    j += 2;
                }
                found.push((path, *at, module.clone()));
                k = j;
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    let mut out = Vec::new();
    for (path, at, module) in found {
        let mut abs: Vec<String> = match path[0].as_str() {
            "crate" => Vec::new(),
            "super" | "self" => module.clone(),
            name if children.contains(name) => module.clone(),
            _ => continue, // another crate (leptos::, crisis_model::, std::)
        };
        let mut rest = path.iter().peekable();
        if path[0] == "crate" {
            rest.next();
        }
        while let Some(seg) = rest.peek() {
            match seg.as_str() {
                "super" => {
                    abs.pop();
                    rest.next();
                }
                "self" => {
                    rest.next();
                }
                _ => break,
            }
        }
        abs.extend(rest.cloned());
        let to = resolve(&abs, files);
        if to != file {
            out.push(Import {
                from: file.to_string(),
                line: line_at(at),
                to,
                path: path.join("::"),
            });
        }
    }
    out
}

fn scan() -> (BTreeSet<String>, Vec<Import>) {
    let mut paths = Vec::new();
    rust_files(&src_dir(), &mut paths);
    let files: BTreeSet<String> = paths.iter().map(|p| rel(p)).collect();
    let mut imports = Vec::new();
    for p in &paths {
        let text = fs::read_to_string(p).expect("a readable source file");
        imports.extend(imports_of(&rel(p), &text, &files));
    }
    (files, imports)
}

/// Every circle of imports among files (each reported once, from its smallest file).
fn circles(imports: &[Import]) -> Vec<Vec<Import>> {
    let mut edges: BTreeMap<&str, BTreeMap<&str, &Import>> = BTreeMap::new();
    for i in imports {
        edges
            .entry(i.from.as_str())
            .or_default()
            .entry(i.to.as_str())
            .or_insert(i);
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit<'a>(
        node: &'a str,
        edges: &BTreeMap<&'a str, BTreeMap<&'a str, &'a Import>>,
        marks: &mut BTreeMap<&'a str, Mark>,
        stack: &mut Vec<&'a Import>,
        found: &mut Vec<Vec<Import>>,
    ) {
        marks.insert(node, Mark::Open);
        for (next, import) in edges.get(node).into_iter().flatten() {
            stack.push(import);
            match marks.get(next).copied().unwrap_or(Mark::New) {
                Mark::New => visit(next, edges, marks, stack, found),
                Mark::Open => {
                    let start = stack
                        .iter()
                        .position(|i| i.from == *next)
                        .expect("an open file is on the stack");
                    found.push(stack[start..].iter().map(|i| (*i).clone()).collect());
                }
                Mark::Done => {}
            }
            stack.pop();
        }
        marks.insert(node, Mark::Done);
    }
    let mut marks = BTreeMap::new();
    let mut found = Vec::new();
    let nodes: Vec<&str> = edges.keys().copied().collect();
    for node in nodes {
        if marks.get(node).copied().unwrap_or(Mark::New) == Mark::New {
            visit(node, &edges, &mut marks, &mut Vec::new(), &mut found);
        }
    }
    found
}

#[test]
fn imports_run_down_the_layers_with_no_circle() {
    let (files, imports) = scan();
    println!(
        "layers: {} files, {} imports between them",
        files.len(),
        imports.len()
    );
    // the scanner must have seen the crate, or the checks below pass for nothing
    assert!(files.len() >= 30, "only {} files under src/", files.len());
    assert!(
        imports.len() >= 150,
        "only {} imports between the crate's files: the scanner is broken",
        imports.len()
    );
    for layer in [
        Layer::Browser,
        Layer::Shell,
        Layer::Widgets,
        Layer::Sections,
    ] {
        assert!(
            imports.iter().any(|i| layer_of(&i.to) == Some(layer)),
            "no import of the {layer:?} layer was seen: the scanner is broken"
        );
    }
    let mut problems = Vec::new();
    for f in &files {
        if layer_of(f).is_none() {
            problems.push(format!(
                "src/{f}: in no layer (put it under browser/, shell/, widgets/ or sections/)"
            ));
        }
    }
    for i in &imports {
        let (Some(from), Some(to)) = (layer_of(&i.from), layer_of(&i.to)) else {
            continue;
        };
        if to > from {
            problems.push(format!(
                "src/{}:{}: `{}` imports {} ({:?}) from the lower layer {:?}",
                i.from, i.line, i.path, i.to, to, from
            ));
        }
        if let (Some(a), Some(b)) = (section_of(&i.from), section_of(&i.to)) {
            if a != b {
                problems.push(format!(
                    "src/{}:{}: `{}`: the section `{a}` imports the section `{b}` ({})",
                    i.from, i.line, i.path, i.to
                ));
            }
        }
    }
    for circle in circles(&imports) {
        let steps: Vec<String> = circle
            .iter()
            .map(|i| format!("src/{}:{} -> {}", i.from, i.line, i.to))
            .collect();
        problems.push(format!("import circle: {}", steps.join(", ")));
    }
    assert!(
        problems.is_empty(),
        "{} layer problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

// The scanner itself, on small texts: each way of writing an import is found.
#[test]
fn the_scanner_finds_every_way_of_writing_an_import() {
    let files: BTreeSet<String> = [
        "lib.rs",
        "shell/mod.rs",
        "shell/lazy.rs",
        "shell/i18n.rs",
        "sections/mod.rs",
        "sections/present.rs",
        "sections/uncertainty/mod.rs",
        "sections/uncertainty/ranges.rs",
        "widgets/mod.rs",
        "widgets/charts/mod.rs",
        "widgets/charts/geometry.rs",
    ]
    .into_iter()
    .map(str::to_string)
    .collect();
    let text = r#"
        //! docs naming crate::sections::present are not imports
        use crate::shell::{i18n::{self, tr}, lazy};
        pub mod ranges;
        use ranges::RangeEditor;
        fn f() {
            let s = "crate::sections::present::SLIDES";
            let c = '"';
            crate::widgets::charts::geometry::nice_ticks(c);
            view! { <crate::sections::present::Presentation/> }
        }
        #[cfg(test)]
        mod tests {
            use super::*;
        }
    "#;
    let found = imports_of("sections/uncertainty/mod.rs", text, &files);
    let to: Vec<(&str, usize)> = found.iter().map(|i| (i.to.as_str(), i.line)).collect();
    assert_eq!(
        to,
        [
            ("shell/i18n.rs", 3),
            ("shell/i18n.rs", 3),
            ("shell/lazy.rs", 3),
            ("sections/uncertainty/ranges.rs", 5),
            ("widgets/charts/geometry.rs", 9),
            ("sections/present.rs", 10),
        ]
    );
    let inner = imports_of(
        "widgets/charts/geometry.rs",
        "use super::super::charts::*; fn g() { super::y(); }",
        &files,
    );
    let to: Vec<&str> = inner.iter().map(|i| i.to.as_str()).collect();
    assert_eq!(to, ["widgets/charts/mod.rs", "widgets/charts/mod.rs"]);
}

#[test]
fn a_circle_is_found() {
    let import = |from: &str, to: &str| Import {
        from: from.into(),
        line: 1,
        to: to.into(),
        path: String::new(),
    };
    let found = circles(&[
        import("a.rs", "b.rs"),
        import("b.rs", "c.rs"),
        import("c.rs", "a.rs"),
        import("c.rs", "d.rs"),
    ]);
    assert_eq!(found.len(), 1);
    let files: Vec<&str> = found[0].iter().map(|i| i.from.as_str()).collect();
    assert_eq!(files, ["a.rs", "b.rs", "c.rs"]);
    assert!(circles(&[import("a.rs", "b.rs"), import("b.rs", "c.rs")]).is_empty());
}
