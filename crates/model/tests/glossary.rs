//! The interface's Spanish follows the glossary: every string literal of the model and of the
//! web interface is read, and a rendering the glossary rejects fails the test with its file,
//! line and term. Numbers follow the same rule: no figure typed into a string in the Spain
//! style (`100.000`, `36,26 %`).
//!
//! The folders are read recursively (files move between folders). A file's unit tests (from its
//! `#[cfg(test)]` line on) are not read: they may name a rejected term to check it is absent.
//! The glossary itself lists the rejected terms and is not read either.

use crisis_model::glossary::rejected_in;
use std::path::{Path, PathBuf};

/// A string literal of a source file: where it starts and its text as written (escapes kept).
struct Literal {
    file: PathBuf,
    line: usize,
    text: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of Rust source: `"..."` (escapes kept as written), raw strings
/// `r"..."` and `r#"..."#`, byte strings; comments, character literals and lifetimes skipped.
fn literals(source: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let count_lines =
        |from: usize, to: usize| chars[from..to].iter().filter(|&&c| c == '\n').count();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                let start = i;
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                line += count_lines(start, i);
            }
            '\'' => {
                // a character literal ('"', '\'', '\u{a0}') or a lifetime ('a)
                if next == Some('\\') {
                    let start = i;
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                    line += count_lines(start, i.min(chars.len()));
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' | 'b'
                if (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
                    && raw_start(&chars[i..]).is_some() =>
            {
                let (skip, hashes) = raw_start(&chars[i..]).expect("checked");
                let start = i;
                i += skip;
                let body_start = i;
                loop {
                    if i >= chars.len() {
                        break;
                    }
                    if chars[i] == '"' && (0..hashes).all(|k| chars.get(i + 1 + k) == Some(&'#')) {
                        break;
                    }
                    i += 1;
                }
                let text: String = chars[body_start..i.min(chars.len())].iter().collect();
                out.push((line, text));
                i += 1 + hashes;
                line += count_lines(start, i.min(chars.len()));
            }
            '"' => {
                let start = i;
                i += 1;
                let body_start = i;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                let text: String = chars[body_start..i.min(chars.len())].iter().collect();
                out.push((line, text));
                i += 1;
                line += count_lines(start, i.min(chars.len()));
            }
            _ => i += 1,
        }
    }
    out
}

/// `r"`, `r#"`, `br"`, `b"`: how many characters open the literal and how many `#` close it.
fn raw_start(s: &[char]) -> Option<(usize, usize)> {
    let mut i = 0;
    if s.first() == Some(&'b') {
        i += 1;
        if s.get(i) == Some(&'"') {
            return Some((i + 1, 0));
        }
    }
    if s.get(i) != Some(&'r') {
        return None;
    }
    i += 1;
    let mut hashes = 0;
    while s.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    (s.get(i) == Some(&'"')).then_some((i + 1, hashes))
}

/// The string literals of every Rust file of the model and of the web interface, outside unit
/// tests and the glossary.
fn every_literal() -> Vec<Literal> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository");
    let mut files = Vec::new();
    rust_files(&root.join("crates/model/src"), &mut files);
    rust_files(&root.join("src"), &mut files);
    let mut out = Vec::new();
    for file in files {
        if file.file_name().is_some_and(|n| n == "glossary.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("a source file");
        // a file's unit tests come last, from its #[cfg(test)] line
        let code = match source.find("\n#[cfg(test)]") {
            Some(at) => &source[..at],
            None => &source[..],
        };
        for (line, text) in literals(code) {
            out.push(Literal {
                file: file.strip_prefix(&root).unwrap_or(&file).to_path_buf(),
                line,
                text,
            });
        }
    }
    out
}

/// A figure typed into a string the way Spain writes it: `100.000`, `1.250,5`, `36,26 %`,
/// `4,8\u{a0}%`. `None` for US writing and for version numbers (`0.2.130`).
fn spain_style_number(text: &str) -> Option<String> {
    let c: Vec<char> = text.chars().collect();
    for i in 0..c.len() {
        let digit = |k: usize| c.get(k).is_some_and(|d| d.is_ascii_digit());
        // 100.000: a point between a digit and exactly three digits, in a number with no other
        // point
        if c[i] == '.' && i > 0 && digit(i - 1) && digit(i + 1) && digit(i + 2) && digit(i + 3) {
            let after = c.get(i + 4).copied();
            let mut s = i;
            while s > 0 && (c[s - 1].is_ascii_digit()) {
                s -= 1;
            }
            let before = if s > 0 { Some(c[s - 1]) } else { None };
            let more = |ch: Option<char>| ch.is_some_and(|ch| ch.is_ascii_digit() || ch == '.');
            let version = before == Some('.') || after == Some('.') && digit(i + 5);
            if !more(after) && !version && i - s <= 3 && c[s] != '0' {
                return Some(c[s..i + 4].iter().collect());
            }
        }
        // 36,26 % and 4,8 %: a decimal comma before a percent sign
        if c[i] == ',' && i > 0 && digit(i - 1) && digit(i + 1) {
            let mut e = i + 1;
            while digit(e) {
                e += 1;
            }
            let rest: String = c[e..].iter().take(9).collect();
            if e - i <= 3 && (rest.starts_with(" %") || rest.starts_with("\\u{a0}%")) {
                let mut s = i - 1;
                while s > 0 && c[s - 1].is_ascii_digit() {
                    s -= 1;
                }
                return Some(c[s..e + 2].iter().collect());
            }
        }
        // a space before a percent sign after a figure: 5 %
        if (c[i] == ' ' || c[i] == '\u{a0}') && i > 0 && digit(i - 1) && c.get(i + 1) == Some(&'%')
        {
            return Some(c[i - 1..i + 2].iter().collect());
        }
    }
    if let Some(at) = text.find("\\u{a0}%") {
        return Some(text[at.saturating_sub(4)..at + 8].to_string());
    }
    None
}

/// At least this many literals are read: fewer means the scanner broke, not that the strings
/// are clean.
const AT_LEAST: usize = 4000;

#[test]
fn no_spanish_string_uses_a_rejected_term() {
    let all = every_literal();
    assert!(
        all.len() >= AT_LEAST,
        "only {} string literals read: the scanner is broken",
        all.len()
    );
    let spanish = all
        .iter()
        .filter(|l| l.text.contains(['á', 'é', 'í', 'ó', 'ú', 'ñ']))
        .count();
    assert!(
        spanish >= 600,
        "only {spanish} Spanish string literals read"
    );
    let mut failures = Vec::new();
    for lit in &all {
        for f in rejected_in(&lit.text) {
            failures.push(format!(
                "{}:{}: \"{}\" (glossary: {} -> {}) in {:?}",
                lit.file.display(),
                lit.line,
                f.rejected,
                f.term.en,
                f.term.es,
                excerpt(&lit.text, f.at)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rejected terms in the program's strings:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_number_is_typed_into_a_string_the_spain_way() {
    let mut failures = Vec::new();
    for lit in every_literal() {
        if let Some(n) = spain_style_number(&lit.text) {
            failures.push(format!("{}:{}: {n:?}", lit.file.display(), lit.line));
        }
    }
    assert!(
        failures.is_empty(),
        "{} figures written the Spain way (write them the US way, or through the formatter):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_scanner_reads_rust_strings() {
    let src = "let a = \"semilla\"; // \"comment\"\nlet c = '\"'; let r = r#\"ETC \"x\"\"#;\n/* \"no\" */ fn f<'a>(x: &'a str) {} let s = \"a\\\"b\";\nlet t = b\"x\";";
    let got: Vec<(usize, String)> = literals(src);
    let want: Vec<(usize, String)> = vec![
        (1, "semilla".into()),
        (2, "ETC \"x\"".into()),
        (3, "a\\\"b".into()),
        (4, "x".into()),
    ];
    assert_eq!(got, want);
    assert_eq!(
        spain_style_number("de 100.000 residentes").as_deref(),
        Some("100.000")
    );
    assert_eq!(spain_style_number("36,26 %").as_deref(), Some("36,26 %"));
    assert_eq!(spain_style_number("100,000 residents, 4.8%"), None);
    assert_eq!(spain_style_number("wasm-bindgen 0.2.130"), None);
    assert_eq!(spain_style_number("2.5 days, 0.750"), None);
}

fn excerpt(text: &str, at: usize) -> String {
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(30)
        .map_or(0, |(i, _)| i);
    text[start..].chars().take(80).collect()
}
