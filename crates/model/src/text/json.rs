//! JSON for the scenario format: a small, strict parser and writer, and reading and writing the
//! scenario's types field by field.
//!
//! The scenario travels as JSON (a saved file, the page address, the browser's storage, the
//! saved-scenario list). This module is the whole of that path, written for it instead of taken
//! from serde: the generic serde code was the largest single part of the page's first download
//! (about 40 KB of its gzipped WebAssembly), and what the format needs is small.
//!
//! - [`parse`] reads any JSON text (RFC 8259) into a [`Json`] tree: strict (no trailing commas,
//!   no comments, no leading zeros, no lone surrogates, no control characters in strings),
//!   bounded (nesting deeper than [`MAX_DEPTH`] is an error, not a stack overflow), and its
//!   errors say what was expected and where ("expected value at line 1 column 15").
//! - [`Json::to_compact`] and [`Json::to_pretty`] write it back (two-space indents, keys in the
//!   order they were inserted). A number is kept as the text it was written with, so a whole
//!   number of any size (a Monte Carlo seed) reads back exactly; a float is written in Rust's
//!   shortest form that reads back to the same value; NaN and infinity are written as `null`.
//! - [`ToJson`] and [`FromJson`] turn the scenario's types into a tree and read a tree *onto* a
//!   value: every key given replaces that field, every key left out or given as `null` keeps
//!   what was there. Reading onto a preset is how a partial file fills its missing fields. A
//!   key the type does not have is an error (`unknown field `populaton``), and so is a value of
//!   the wrong kind (`"population" must be a number, not text`).

use std::collections::BTreeMap;

/// The deepest nesting of arrays and objects [`parse`] accepts.
pub const MAX_DEPTH: usize = 128;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number as written (valid JSON number syntax, finite): see [`Json::as_f64`] and
    /// [`Json::as_u64`].
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Map),
}

/// A JSON object: keys in the order they were inserted, each key once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map(Vec<(String, Json)>);

impl Map {
    pub fn new() -> Map {
        Map(Vec::new())
    }
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    /// Set a key: replaces its value where it is, or adds it at the end.
    pub fn insert(&mut self, key: impl Into<String>, value: Json) {
        let key = key.into();
        match self.get_mut(&key) {
            Some(slot) => *slot = value,
            None => self.0.push((key, value)),
        }
    }
    pub fn remove(&mut self, key: &str) -> Option<Json> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(i).1)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// A lookup by key that stays fast however many keys the object has.
    pub fn index(&self) -> BTreeMap<&str, &Json> {
        self.iter().collect()
    }
}

/// A repeated key replaces the value where the key first stood (the last value wins), as in
/// [`parse`]. An index of the keys keeps this fast for objects of any size (a file may hold tens of
/// thousands of scores).
impl FromIterator<(String, Json)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Json)>>(iter: I) -> Map {
        let mut members: Vec<(String, Json)> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for (key, value) in iter {
            match index.get(&key) {
                Some(&at) => members[at].1 = value,
                None => {
                    index.insert(key.clone(), members.len());
                    members.push((key, value));
                }
            }
        }
        Map(members)
    }
}

impl Json {
    /// A number from a float: `null` when it is NaN or infinite (JSON has no such numbers).
    pub fn from_f64(x: f64) -> Json {
        if x.is_finite() {
            Json::Number(format!("{x:?}"))
        } else {
            Json::Null
        }
    }
    /// A whole number.
    pub fn from_u64(n: u64) -> Json {
        Json::Number(n.to_string())
    }
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(m) => m.get(key),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(t) => t.parse().ok(),
            _ => None,
        }
    }
    /// The number as a whole number: written without a fraction or exponent (`3`, not `3.0`),
    /// from 0 to `u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(t) => t.parse().ok(),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
    /// What kind of value this is, in words, for messages ("a number", "text").
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }

    /// Compact JSON text: no spaces.
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }
    /// Pretty JSON text: one member a line, indented by two spaces.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        // the separator before a member at `depth`: a newline and its indent when pretty
        let newline = |out: &mut String, depth: usize| {
            if indent.is_some() {
                out.push('\n');
                for _ in 0..depth {
                    out.push_str("  ");
                }
            }
        };
        let inner = indent.map(|d| d + 1);
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(t) => out.push_str(t),
            Json::String(s) => write_string(out, s),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, inner.unwrap_or(0));
                    item.write(out, inner);
                }
                if !items.is_empty() {
                    newline(out, indent.unwrap_or(0));
                }
                out.push(']');
            }
            Json::Object(map) => {
                out.push('{');
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, inner.unwrap_or(0));
                    write_string(out, k);
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                    v.write(out, inner);
                }
                if !map.is_empty() {
                    newline(out, indent.unwrap_or(0));
                }
                out.push('}');
            }
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Read JSON text. The error says what was wrong and where, as "expected value at line 1
/// column 15".
pub fn parse(text: &str) -> Result<Json, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let value = p.value().and_then(|v| {
        p.ws();
        if p.i < p.s.len() {
            Err("trailing characters")
        } else {
            Ok(v)
        }
    });
    value.map_err(|what| {
        // the line and column of the byte where reading stopped (columns count characters)
        let done = &text.as_bytes()[..p.i.min(text.len())];
        let line = done.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = done.iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
        let column = done[start..].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
        format!("{what} at line {line} column {column}")
    })
}

/// What the parser and the readers say went wrong, English to Spanish: the parser's reasons and
/// the kinds of value a reader expects.
const WORDS_ES: &[(&str, &str)] = &[
    (
        "trailing characters",
        "hay caracteres de más después del final",
    ),
    ("expected value", "se esperaba un valor"),
    (
        "EOF while parsing a value",
        "fin inesperado del archivo al leer un valor",
    ),
    (
        "recursion limit exceeded",
        "hay demasiados niveles anidados",
    ),
    (
        "EOF while parsing a list",
        "fin inesperado del archivo al leer una lista",
    ),
    ("expected `,` or `]`", "se esperaba `,` o `]`"),
    (
        "EOF while parsing an object",
        "fin inesperado del archivo al leer un objeto",
    ),
    (
        "key must be a string",
        "el nombre de un campo debe ir entre comillas",
    ),
    ("expected `:`", "se esperaba `:`"),
    ("expected `,` or `}`", "se esperaba `,` o `}`"),
    ("invalid number", "número no válido"),
    ("number out of range", "número fuera de rango"),
    ("invalid escape", "secuencia de escape no válida"),
    (
        "EOF while parsing a string",
        "fin inesperado del archivo al leer un texto",
    ),
    (
        "lone trailing surrogate in hex escape",
        "sustituto final sin pareja en un escape hexadecimal",
    ),
    (
        "lone leading surrogate in hex escape",
        "sustituto inicial sin pareja en un escape hexadecimal",
    ),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "carácter de control (\\u0000-\\u001F) dentro de un texto",
    ),
    ("the scenario", "el escenario"),
    ("a list of programs", "una lista de programas"),
    ("a number", "un número"),
    ("text", "texto"),
    ("true or false", "true o false"),
    ("a list", "una lista"),
    ("an object", "un objeto"),
    ("null", "null"),
];

fn word_es(en: &str) -> String {
    if let Some((_, es)) = WORDS_ES.iter().find(|(e, _)| *e == en) {
        return es.to_string();
    }
    if let Some(n) = en.strip_prefix("a whole number from 0 to ") {
        return format!("un número entero de 0 a {n}");
    }
    if let Some(ids) = en.strip_prefix("one of ") {
        return format!("uno de estos: {ids}");
    }
    en.to_string()
}

/// A message of [`parse`] or of a reader ([`At::expected`], [`read_object`], [`read_id`]) in a
/// language. The messages are made in English; this writes the Spanish from their parts (what
/// was expected, what was found, where), leaving names from the file (fields, ids) as they are.
pub fn message_in(english: &str, lang: crate::text::lang::Lang) -> String {
    if lang == crate::text::lang::Lang::En {
        return english.to_string();
    }
    // "expected value at line 1 column 5"
    if let Some((what, place)) = english.rsplit_once(" at line ") {
        if let Some((line, column)) = place.split_once(" column ") {
            if line
                .chars()
                .chain(column.chars())
                .all(|c| c.is_ascii_digit())
            {
                return format!("{} en la línea {line}, columna {column}", word_es(what));
            }
        }
    }
    // "unknown field `colour`, expected one of `version`, `preset`"
    if let Some(rest) = english.strip_prefix("unknown field ") {
        if let Some((field, names)) = rest.rsplit_once(", expected one of ") {
            let field = match field.rsplit_once(" in \"") {
                Some((name, path)) => format!("{name} en \"{path}"),
                None => field.to_string(),
            };
            return format!("campo desconocido {field}; los campos son: {names}");
        }
    }
    // "\"programs[2].stay_days\" must be a number, not text"
    if let Some((place, rest)) = english.split_once(" must be ") {
        if let Some((what, got)) = rest.rsplit_once(", not ") {
            return format!(
                "{} debe ser {}, no {}",
                word_es(place),
                word_es(what),
                word_es(got)
            );
        }
    }
    english.to_string()
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

type Step<T> = Result<T, &'static str>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.i += 1;
        }
        hit
    }
    fn word(&mut self, w: &[u8], v: Json) -> Step<Json> {
        if self.s[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(v)
        } else {
            Err("expected value")
        }
    }

    fn value(&mut self) -> Step<Json> {
        self.ws();
        match self.peek() {
            None => Err("EOF while parsing a value"),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.word(b"true", Json::Bool(true)),
            Some(b'f') => self.word(b"false", Json::Bool(false)),
            Some(b'n') => self.word(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err("expected value"),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Step<Json>) -> Step<Json> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("recursion limit exceeded");
        }
        self.i += 1;
        let v = f(self)?;
        self.depth -= 1;
        Ok(v)
    }

    fn array(&mut self) -> Step<Json> {
        let mut items = Vec::new();
        self.ws();
        if self.eat(b']') {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.ws();
            if self.eat(b']') {
                return Ok(Json::Array(items));
            }
            if !self.eat(b',') {
                return Err(if self.peek().is_none() {
                    "EOF while parsing a list"
                } else {
                    "expected `,` or `]`"
                });
            }
        }
    }

    fn object(&mut self) -> Step<Json> {
        let mut members: Vec<(String, Json)> = Vec::new();
        self.ws();
        if self.eat(b'}') {
            return Ok(Json::Object(Map(members)));
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(if self.peek().is_none() {
                    "EOF while parsing an object"
                } else {
                    "key must be a string"
                });
            }
            let key = self.string()?;
            self.ws();
            if !self.eat(b':') {
                return Err("expected `:`");
            }
            members.push((key, self.value()?));
            self.ws();
            if self.eat(b'}') {
                // a repeated key: the last value wins
                return Ok(Json::Object(members.into_iter().collect()));
            }
            if !self.eat(b',') {
                return Err(if self.peek().is_none() {
                    "EOF while parsing an object"
                } else {
                    "expected `,` or `}`"
                });
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Step<Json> {
        let start = self.i;
        self.eat(b'-');
        if self.eat(b'0') {
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err("invalid number");
            }
        } else if self.digits() == 0 {
            return Err("invalid number");
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err("invalid number");
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err("invalid number");
            }
        }
        // JSON number syntax is a subset of what Rust's float parser reads
        let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| "invalid number")?;
        match text.parse::<f64>() {
            Ok(x) if x.is_finite() => Ok(Json::Number(text.to_string())),
            _ => Err("number out of range"),
        }
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err("invalid escape"),
            };
            n = n * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Step<String> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            // copy the run up to the next quote, backslash or control character at once
            let start = self.i;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            // the input is a &str and the run stops at ASCII bytes only: it is whole UTF-8
            out.push_str(std::str::from_utf8(&self.s[start..self.i]).map_err(|_| "invalid text")?);
            match self.peek() {
                None => return Err("EOF while parsing a string"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.peek().ok_or("EOF while parsing a string")?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let mut n = self.hex4()?;
                            if (0xDC00..0xE000).contains(&n) {
                                return Err("lone trailing surrogate in hex escape");
                            }
                            if (0xD800..0xDC00).contains(&n) {
                                if !(self.eat(b'\\') && self.eat(b'u')) {
                                    return Err("lone leading surrogate in hex escape");
                                }
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err("lone leading surrogate in hex escape");
                                }
                                n = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00);
                            }
                            out.push(char::from_u32(n).ok_or("invalid escape")?);
                        }
                        _ => return Err("invalid escape"),
                    }
                }
                Some(_) => {
                    return Err("control character (\\u0000-\\u001F) found while parsing a string")
                }
            }
        }
    }
}

/// Where a value is in the scenario, for messages: `programs[2].stay_days`.
#[derive(Clone, Copy)]
pub enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    /// The dotted path (`programs[2].stay_days`); empty at the root.
    pub fn path(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Key(parent, key) => match parent.path() {
                p if p.is_empty() => key.to_string(),
                p => format!("{p}.{key}"),
            },
            At::Index(parent, i) => format!("{}[{i}]", parent.path()),
        }
    }

    /// "`programs[2].stay_days` must be a number, not text".
    pub fn expected(&self, what: &str, got: &Json) -> String {
        let place = match self.path() {
            p if p.is_empty() => String::from("the scenario"),
            p => format!("\"{p}\""),
        };
        format!("{place} must be {what}, not {}", got.kind())
    }
}

/// A value as JSON.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

/// Reading JSON onto a value: what the JSON gives replaces, what it leaves out (or gives as
/// `null`) stays.
pub trait FromJson {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String>;
}

impl ToJson for f64 {
    fn to_json(&self) -> Json {
        Json::from_f64(*self)
    }
}
/// Read a leaf value: `null` keeps what is there, `take` gives the new value, and a value it
/// cannot take is an error saying `what` was expected.
fn read_leaf<T>(
    slot: &mut T,
    v: &Json,
    at: At<'_>,
    what: &str,
    take: impl FnOnce(&Json) -> Option<T>,
) -> Result<(), String> {
    if *v != Json::Null {
        *slot = take(v).ok_or_else(|| at.expected(what, v))?;
    }
    Ok(())
}

impl FromJson for f64 {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        read_leaf(self, v, at, "a number", Json::as_f64)
    }
}

impl ToJson for Option<f64> {
    fn to_json(&self) -> Json {
        self.map_or(Json::Null, Json::from_f64)
    }
}
impl FromJson for Option<f64> {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        read_leaf(self, v, at, "a number", |v| v.as_f64().map(Some))
    }
}

/// A whole number (a count, a seed): `7`, or `7.0` written by a tool that writes every number
/// as a float.
fn whole(v: &Json) -> Option<u64> {
    v.as_u64().or_else(|| {
        v.as_f64()
            .filter(|x| x.fract() == 0.0 && *x >= 0.0 && *x <= 9_007_199_254_740_992.0)
            .map(|x| x as u64)
    })
}

impl ToJson for u64 {
    fn to_json(&self) -> Json {
        Json::from_u64(*self)
    }
}
impl FromJson for u64 {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        let what = format!("a whole number from 0 to {}", u64::MAX);
        read_leaf(self, v, at, &what, whole)
    }
}
impl ToJson for u32 {
    fn to_json(&self) -> Json {
        Json::from_u64(u64::from(*self))
    }
}
impl FromJson for u32 {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        let what = format!("a whole number from 0 to {}", u32::MAX);
        read_leaf(self, v, at, &what, |v| {
            whole(v).and_then(|n| u32::try_from(n).ok())
        })
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}
impl FromJson for bool {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        read_leaf(self, v, at, "true or false", |v| match v {
            Json::Bool(b) => Some(*b),
            _ => None,
        })
    }
}

impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::String(self.clone())
    }
}
impl FromJson for String {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        read_leaf(self, v, at, "text", |v| v.as_str().map(str::to_string))
    }
}

impl ToJson for Option<String> {
    fn to_json(&self) -> Json {
        self.as_ref()
            .map_or(Json::Null, |s| Json::String(s.clone()))
    }
}
impl FromJson for Option<String> {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        read_leaf(self, v, at, "text", |v| {
            v.as_str().map(|s| Some(s.to_string()))
        })
    }
}

/// A map of numbers by key (the self-assessment's scores): each key given sets its number, a
/// `null` leaves the key as it was.
impl ToJson for BTreeMap<String, f64> {
    fn to_json(&self) -> Json {
        Json::Object(
            self.iter()
                .map(|(k, x)| (k.clone(), Json::from_f64(*x)))
                .collect(),
        )
    }
}
impl FromJson for BTreeMap<String, f64> {
    fn read(&mut self, v: &Json, at: At<'_>) -> Result<(), String> {
        match v {
            Json::Null => Ok(()),
            Json::Object(m) => {
                for (k, x) in m.iter() {
                    if *x != Json::Null {
                        let mut n = f64::NAN;
                        n.read(x, At::Key(&at, k))?;
                        self.insert(k.to_string(), n);
                    }
                }
                Ok(())
            }
            _ => Err(at.expected("an object", v)),
        }
    }
}

/// Read an object onto a struct whose fields are `names`: `field(i, value, at)` reads the value
/// of `names[i]`. A key not in `names` is an error.
pub fn read_fields(
    v: &Json,
    at: At<'_>,
    names: &[&str],
    field: &mut dyn FnMut(usize, &Json, At<'_>) -> Result<(), String>,
) -> Result<(), String> {
    match v {
        Json::Null => Ok(()),
        Json::Object(m) => {
            for (k, x) in m.iter() {
                let Some(i) = names.iter().position(|n| *n == k) else {
                    let k: String = k.chars().take(40).collect();
                    let place = match at.path() {
                        p if p.is_empty() => String::new(),
                        p => format!(" in \"{p}\""),
                    };
                    return Err(format!(
                        "unknown field `{k}`{place}, expected one of {}",
                        names
                            .iter()
                            .map(|n| format!("`{n}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                };
                field(i, x, At::Key(&at, names[i]))?;
            }
            Ok(())
        }
        _ => Err(at.expected("an object", v)),
    }
}

/// Read an id (`"days-full"`) onto an enum: `from_id` knows the ids, `ids` lists them for the
/// message.
pub fn read_id<T>(
    slot: &mut T,
    v: &Json,
    at: At<'_>,
    from_id: fn(&str) -> Option<T>,
    ids: &[&str],
) -> Result<(), String> {
    match v {
        Json::Null => Ok(()),
        Json::String(s) => match from_id(s) {
            Some(x) => {
                *slot = x;
                Ok(())
            }
            None => Err(format!(
                "\"{}\" must be one of {}, not \"{}\"",
                at.path(),
                ids.join(", "),
                s.chars().take(40).collect::<String>()
            )),
        },
        _ => Err(at.expected(&format!("one of {}", ids.join(", ")), v)),
    }
}

/// [`ToJson`] and [`FromJson`] for a struct, field by field, in the order given: the key is the
/// field's name, or the string after `=`. Every field of the struct must be listed: the writer
/// takes the struct apart by all its fields' names, so a field left out (which links and files
/// would silently drop) does not compile.
macro_rules! json_struct {
    ($ty:ident { $($field:ident $(= $key:literal)?),* $(,)? }) => {
        impl $crate::text::json::ToJson for $ty {
            fn to_json(&self) -> $crate::text::json::Json {
                let $ty { $($field),* } = self;
                $crate::text::json::Json::Object(
                    [$((
                        $crate::text::json::json_struct!(@key $field $($key)?).to_string(),
                        $crate::text::json::ToJson::to_json($field),
                    )),*]
                    .into_iter()
                    .collect(),
                )
            }
        }
        impl $crate::text::json::FromJson for $ty {
            fn read(
                &mut self,
                v: &$crate::text::json::Json,
                at: $crate::text::json::At<'_>,
            ) -> Result<(), String> {
                $crate::text::json::read_fields(
                    v,
                    at,
                    &[$($crate::text::json::json_struct!(@key $field $($key)?)),*],
                    &mut |i, v, at| {
                        let mut n = 0usize;
                        $(
                            if i == n {
                                return $crate::text::json::FromJson::read(&mut self.$field, v, at);
                            }
                            n += 1;
                        )*
                        let _ = n;
                        Ok(())
                    },
                )
            }
        }
    };
    (@key $field:ident $key:literal) => { $key };
    (@key $field:ident) => { stringify!($field) };
}

/// [`ToJson`] and [`FromJson`] for an enum written as its `id()` and read with `from_id()`; its
/// `ALL` names the ids in messages.
macro_rules! json_id {
    ($ty:ident) => {
        impl $crate::text::json::ToJson for $ty {
            fn to_json(&self) -> $crate::text::json::Json {
                $crate::text::json::Json::String(self.id().to_string())
            }
        }
        impl $crate::text::json::FromJson for $ty {
            fn read(
                &mut self,
                v: &$crate::text::json::Json,
                at: $crate::text::json::At<'_>,
            ) -> Result<(), String> {
                let ids = $ty::ALL.map(|x| x.id());
                $crate::text::json::read_id(self, v, at, $ty::from_id, &ids)
            }
        }
    };
}

pub(crate) use json_id;
pub(crate) use json_struct;
