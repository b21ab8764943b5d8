//! The model's layers hold: every file imports only from its own layer or the layers below it,
//! and no files import each other in a circle. The layers are the folders of `src/`, bottom
//! first (see `src/lib.rs`):
//!
//! `text` < `scenario` < `input` < `eval` < `analysis` < `stochastic` < `lib.rs`
//!
//! The check reads the sources as text: every `crate::a::b` path outside comments and test
//! modules, in `use` lines, in expressions and in macro bodies (`$crate::`), `super::` paths, and
//! paths through a module the file declares (`mod stream;` then `stream::explain`). Inside the crate a path is written whole from a layer's folder
//! (`crate::input::presets::preset`): the root's short names (`crate::presets`) are the public
//! paths for other crates and are refused here, since they would hide which layer is used.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, bottom first.
const LAYERS: [&str; 6] = [
    "text",
    "scenario",
    "input",
    "eval",
    "analysis",
    "stochastic",
];

/// A module file, as its path below `src/` without `.rs` and without a final `mod`:
/// `input/validate`, `input/validate/ranges`, `scenario`, `lib`.
type Module = String;

struct Import {
    from: Module,
    line: usize,
    to: Module,
    text: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/` except the command line's (`src/bin/`, a separate crate).
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().unwrap() != "bin" {
                files(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn module_of(file: &Path) -> Module {
    let rel = file.strip_prefix(src()).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("/")
}

/// The layer of a module: its position in [`LAYERS`], or one above the top for `lib`.
fn rank(m: &str) -> usize {
    let top = m.split('/').next().unwrap();
    LAYERS.iter().position(|l| *l == top).unwrap_or_else(|| {
        assert_eq!(m, "lib", "{m}: a module outside the layers' folders");
        LAYERS.len()
    })
}

/// The module file a path's segments name: the longest prefix that is a module of the tree.
fn resolve(segments: &[&str], modules: &BTreeSet<Module>) -> Option<Module> {
    (1..=segments.len())
        .rev()
        .map(|n| segments[..n].join("/"))
        .find(|m| modules.contains(m))
}

/// The text of a line outside comments (a `//` that starts a comment, not one inside a string).
fn code(line: &str) -> &str {
    let mut in_str = false;
    let b = line.as_bytes();
    for i in 0..b.len() {
        match b[i] {
            b'"' if i == 0 || b[i - 1] != b'\\' => in_str = !in_str,
            b'/' if !in_str && b.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
    }
    line
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The path segments after `crate::` (or `super::`) at byte `at` of a line.
fn segments_at(line: &str, at: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = &line[at..];
    loop {
        let end = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        out.push(&rest[..end]);
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(r) if r.starts_with(|c: char| c.is_ascii_lowercase()) => rest = r,
            _ => break,
        }
    }
    out
}

/// Every import of the tree, and the problems the scan itself finds (a grouped `crate::{…}`,
/// a root short name).
fn scan() -> (BTreeSet<Module>, Vec<Import>, Vec<String>) {
    let mut paths = Vec::new();
    files(&src(), &mut paths);
    let modules: BTreeSet<Module> = paths.iter().map(|p| module_of(p)).collect();
    let mut imports = Vec::new();
    let mut refused = Vec::new();
    for path in &paths {
        let from = module_of(path);
        let text = fs::read_to_string(path).unwrap();
        // the modules this file declares (`mod stream;`), named by a relative path below
        let children: Vec<&str> = text
            .lines()
            .filter_map(|l| {
                let l = l.trim_start();
                let l = l
                    .strip_prefix("pub ")
                    .or_else(|| l.strip_prefix("pub(crate) "))
                    .unwrap_or(l);
                l.strip_prefix("mod ")?.strip_suffix(';')
            })
            .collect();
        let folder = if from == "lib" {
            String::new()
        } else {
            format!("{from}/")
        };
        for (i, raw) in text.lines().enumerate() {
            if raw.trim_start().starts_with("#[cfg(test)]") {
                break; // the test module: tests may use the whole crate
            }
            let line = code(raw);
            for child in &children {
                let to = format!("{folder}{child}");
                let named = line.match_indices(&format!("{child}::")).any(|(at, _)| {
                    at == 0 || {
                        let before = &line[..at];
                        !before.ends_with("::") && !is_ident(before.chars().last().unwrap())
                    }
                });
                if named && modules.contains(&to) {
                    imports.push(Import {
                        from: from.clone(),
                        line: i + 1,
                        to,
                        text: raw.trim().to_string(),
                    });
                }
            }
            let mut starts: Vec<(usize, bool)> = line
                .match_indices("crate::")
                .filter(|(at, _)| {
                    *at == 0
                        || !is_ident(line[..*at].chars().last().unwrap())
                        || line[..*at].ends_with('$')
                })
                .map(|(at, _)| (at + "crate::".len(), false))
                .collect();
            starts.extend(
                line.match_indices("super::")
                    .filter(|(at, _)| *at == 0 || !is_ident(line[..*at].chars().last().unwrap()))
                    .map(|(at, _)| (at + "super::".len(), true)),
            );
            for (at, is_super) in starts {
                let where_ = format!("src/{}: line {}: {}", from, i + 1, raw.trim());
                if line[at..].starts_with('{') {
                    refused.push(format!("{where_}\n    write each `crate::` path whole"));
                    continue;
                }
                let segs = segments_at(line, at);
                let full: Vec<&str> = if is_super {
                    let mut base: Vec<&str> = from.split('/').collect();
                    // a `mod.rs` is its folder's module: `super` is the folder's parent
                    base.pop();
                    base.into_iter().chain(segs.iter().copied()).collect()
                } else {
                    segs.clone()
                };
                let Some(first) = full.first() else { continue };
                if !is_super && !LAYERS.contains(first) {
                    // `crate::Lang`, `crate::presets::…`: the root's public names
                    refused.push(format!(
                        "{where_}\n    `crate::{first}` is a public name of the root; inside the \
                         crate, name the layer (`crate::<layer>::…`)"
                    ));
                    continue;
                }
                if let Some(to) = resolve(&full, &modules) {
                    if to != from {
                        imports.push(Import {
                            from: from.clone(),
                            line: i + 1,
                            to,
                            text: raw.trim().to_string(),
                        });
                    }
                }
            }
        }
    }
    (modules, imports, refused)
}

/// The circles among the modules' imports (each as the list of modules around it).
fn circles(imports: &[Import]) -> Vec<Vec<Module>> {
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for i in imports {
        edges.entry(&i.from).or_default().insert(&i.to);
    }
    // Tarjan's strongly connected components: a component of more than one module is a circle
    struct State<'a> {
        edges: &'a BTreeMap<&'a str, BTreeSet<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<Module>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for &w in s.edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            loop {
                let w = s.stack.pop().unwrap();
                s.on_stack.remove(w);
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.out.push(component);
            }
        }
    }
    let mut s = State {
        edges: &edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    let nodes: Vec<&str> = edges.keys().copied().collect();
    for v in nodes {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.out
}

#[test]
fn every_import_runs_down_and_none_runs_in_a_circle() {
    let (modules, imports, mut problems) = scan();
    // like rustc's tidy: a scanner that reads nothing must not pass
    assert!(modules.len() >= 30, "only {} modules found", modules.len());
    assert!(imports.len() >= 150, "only {} imports found", imports.len());
    for l in LAYERS {
        assert!(
            imports.iter().any(|i| i.to.starts_with(l)),
            "nothing imports the layer {l}: is the scan broken?"
        );
    }
    for i in &imports {
        if rank(&i.to) > rank(&i.from) {
            problems.push(format!(
                "src/{}: line {}: {}\n    the layer {} imports {} above it",
                i.from,
                i.line,
                i.text,
                i.from.split('/').next().unwrap(),
                i.to.split('/').next().unwrap()
            ));
        }
    }
    for c in circles(&imports) {
        let ties: Vec<String> = imports
            .iter()
            .filter(|i| c.contains(&i.from) && c.contains(&i.to))
            .map(|i| format!("    src/{} -> src/{} (line {})", i.from, i.to, i.line))
            .collect();
        problems.push(format!(
            "an import circle among {}:\n{}",
            c.join(", "),
            ties.join("\n")
        ));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_circle_finder_finds_circles() {
    let edge = |from: &str, to: &str| Import {
        from: from.into(),
        line: 1,
        to: to.into(),
        text: String::new(),
    };
    let found = circles(&[
        edge("a", "b"),
        edge("b", "c"),
        edge("c", "a"),
        edge("c", "d"),
        edge("d", "e"),
    ]);
    assert_eq!(found, vec![vec!["a".to_string(), "b".into(), "c".into()]]);
    assert!(circles(&[edge("a", "b"), edge("b", "c")]).is_empty());
}
