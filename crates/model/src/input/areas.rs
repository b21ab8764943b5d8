//! Reading and writing the table of areas: CSV or tab-separated text with a header row, as a
//! spreadsheet saves or copies it.
//!
//! The reader is strict and bounded. The header names the columns (`name` and `population` are
//! required; `rate`, `rural`, `per_sq_mile`, `region` and `beds_today` are optional; an unknown
//! column is an error); the text is at most [`MAX_AREAS_BYTES`] and [`MAX_AREAS`] rows. A row
//! with a bad value is left out with a message naming its row (the header is row 1, as in a
//! spreadsheet) and its column, and every good row is kept.

use std::borrow::Cow;

use crate::scenario::areas::{Area, MAX_AREAS, MAX_AREAS_BYTES};
use crate::text::format::Format;
use crate::text::lang::Lang;

/// The columns of the table, in the order the writer writes them.
pub const COLUMNS: [&str; 7] = [
    "name",
    "population",
    "rate",
    "rural",
    "per_sq_mile",
    "region",
    "beds_today",
];

/// The longest area or region name, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// The areas a table holds, and a message for each row left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AreasRead {
    pub areas: Vec<Area>,
    pub problems: Vec<RowProblem>,
}

/// A row left out: its row (the header is row 1), its column, and the sentence that says what is
/// wrong, naming both.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub row: usize,
    pub column: String,
    pub message: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Col {
    Name,
    Population,
    Rate,
    Rural,
    PerSqMile,
    Region,
    BedsToday,
}

/// The column a header names (English, Spanish and a few common spellings; any case, spaces or
/// underscores).
fn column_of(header: &str) -> Option<Col> {
    let key: String = header
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' => 'u',
            c => c,
        })
        .collect();
    Some(match key.as_str() {
        "name" | "area" | "county" | "nombre" | "zona" | "condado" => Col::Name,
        "population" | "residents" | "poblacion" | "residentes" => Col::Population,
        "rate" | "rate_per_100k" | "tasa" => Col::Rate,
        "rural" => Col::Rural,
        "per_sq_mile" | "people_per_sq_mile" | "density" | "densidad" => Col::PerSqMile,
        "region" => Col::Region,
        "beds_today" | "camas_hoy" => Col::BedsToday,
        _ => return None,
    })
}

/// Read a table of areas (English messages).
pub fn read_areas(text: &str) -> Result<AreasRead, String> {
    read_areas_in(text, Lang::En)
}

/// Read a table of areas. `Err` when nothing can be read (empty, too large, too many rows, a
/// header without `name` or `population`, an unknown or repeated column); otherwise the good
/// rows and a message for each row left out.
pub fn read_areas_in(text: &str, lang: Lang) -> Result<AreasRead, String> {
    let f = Format::new(lang);
    if text.len() > MAX_AREAS_BYTES {
        let (n, max) = (
            f.thousands(text.len() as f64),
            f.count(MAX_AREAS_BYTES as u64),
        );
        return Err(match lang {
            Lang::En => format!(
                "The table of areas is {n} bytes; the largest accepted is 16 MB ({max} bytes)."
            ),
            Lang::Es => format!(
                "La tabla de zonas tiene {n} bytes; el máximo aceptado es 16 MB ({max} bytes)."
            ),
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first_line.is_empty() {
        return Err(empty_message(lang));
    }
    let sep = if first_line.contains('\t') { '\t' } else { ',' };
    let mut records = Records::new(text, sep);
    let mut fields = Vec::new();
    let header_row = loop {
        match records.next_into(&mut fields) {
            None => return Err(empty_message(lang)),
            Some(_) if fields.iter().all(|c| c.trim().is_empty()) => {}
            Some(row) => break row,
        }
    };
    let mut cols = Vec::with_capacity(fields.len());
    for (i, h) in fields.iter().enumerate() {
        let Some(c) = column_of(h) else {
            let h = clip(h.trim(), 40);
            let known = COLUMNS.join(", ");
            return Err(match lang {
                Lang::En => format!(
                    "Row {header_row}, column {}: \"{h}\" is not a column of the table of areas; \
                     the columns are {known}.",
                    i + 1
                ),
                Lang::Es => format!(
                    "Fila {header_row}, columna {}: \"{h}\" no es una columna de la tabla de \
                     zonas; las columnas son {known}.",
                    i + 1
                ),
            });
        };
        if cols.contains(&c) {
            let h = clip(h.trim(), 40);
            return Err(match lang {
                Lang::En => format!(
                    "Row {header_row}, column {}: the column \"{h}\" is given twice.",
                    i + 1
                ),
                Lang::Es => format!(
                    "Fila {header_row}, columna {}: la columna \"{h}\" aparece dos veces.",
                    i + 1
                ),
            });
        }
        cols.push(c);
    }
    for (c, name) in [(Col::Name, "name"), (Col::Population, "population")] {
        if !cols.contains(&c) {
            return Err(match lang {
                Lang::En => format!(
                    "The table of areas has no \"{name}\" column; its header row needs at least \
                     name and population."
                ),
                Lang::Es => format!(
                    "La tabla de zonas no tiene la columna \"{name}\"; su fila de encabezado \
                     necesita al menos name y population."
                ),
            });
        }
    }
    let headers: Vec<String> = fields.iter().map(|h| clip(h.trim(), 40)).collect();
    let mut out = AreasRead::default();
    let mut seen = std::collections::HashMap::with_capacity(text.len() / 32);
    while let Some(row) = records.next_into(&mut fields) {
        if fields.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if out.areas.len() + out.problems.len() >= MAX_AREAS {
            let max = f.count(MAX_AREAS as u64);
            return Err(match lang {
                Lang::En => format!(
                    "The table of areas has more than {max} rows; the most accepted is {max}."
                ),
                Lang::Es => format!(
                    "La tabla de zonas tiene más de {max} filas; el máximo aceptado es {max}."
                ),
            });
        }
        match area_of(&fields, &cols, &headers, row, lang) {
            Ok(area) => {
                if let Some(first) = seen.get(&area.name) {
                    let name = clip(&area.name, 40);
                    let column = headers[col_index(&cols, Col::Name)].clone();
                    out.problems.push(RowProblem {
                        row,
                        message: match lang {
                            Lang::En => format!(
                                "Row {row}, column \"{column}\": \"{name}\" is already the name of \
                                 row {first}; each area needs its own name."
                            ),
                            Lang::Es => format!(
                                "Fila {row}, columna \"{column}\": \"{name}\" ya es el nombre de la \
                                 fila {first}; cada zona necesita su propio nombre."
                            ),
                        },
                        column,
                    });
                } else {
                    seen.insert(area.name.clone(), row);
                    out.areas.push(area);
                }
            }
            Err(p) => out.problems.push(p),
        }
    }
    if out.areas.is_empty() && out.problems.is_empty() {
        return Err(match lang {
            Lang::En => {
                format!("The table of areas has a header (row {header_row}) but no areas below it.")
            }
            Lang::Es => format!(
                "La tabla de zonas tiene un encabezado (fila {header_row}) pero ninguna zona \
                 debajo."
            ),
        });
    }
    Ok(out)
}

fn empty_message(lang: Lang) -> String {
    lang
        .pick(
            "The table of areas is empty: it needs a header row (name, population, ...) and one row an area.",
            "La tabla de zonas está vacía: necesita una fila de encabezado (name, population, ...) y una fila por zona.",
        )
        .into()
}

fn col_index(cols: &[Col], c: Col) -> usize {
    cols.iter().position(|x| *x == c).unwrap_or(0)
}

/// One row as an area, or the problem that leaves it out.
fn area_of(
    fields: &[Cow<'_, str>],
    cols: &[Col],
    headers: &[String],
    row: usize,
    lang: Lang,
) -> Result<Area, RowProblem> {
    if fields.len() > cols.len() {
        let (n, m) = (fields.len(), cols.len());
        return Err(RowProblem {
            row,
            column: String::new(),
            message: match lang {
                Lang::En => format!(
                    "Row {row}, column {}: the row has {n} values but the header has {m} columns.",
                    m + 1
                ),
                Lang::Es => format!(
                    "Fila {row}, columna {}: la fila tiene {n} valores pero el encabezado tiene \
                     {m} columnas.",
                    m + 1
                ),
            },
        });
    }
    let mut area = Area {
        row,
        ..Area::default()
    };
    for (i, &c) in cols.iter().enumerate() {
        let raw = fields.get(i).map_or("", |s| s.trim());
        let bad = |en: &str, es: &str| {
            let column = headers[i].clone();
            let v = clip(raw, 40);
            RowProblem {
                row,
                message: match lang {
                    Lang::En => format!("Row {row}, column \"{column}\": \"{v}\" {en}."),
                    Lang::Es => format!("Fila {row}, columna \"{column}\": \"{v}\" {es}."),
                },
                column,
            }
        };
        let number = |raw: &str| -> Result<Option<f64>, RowProblem> {
            if raw.is_empty() {
                return Ok(None);
            }
            let cleaned: String = raw.chars().filter(|c| !matches!(c, ',' | '_')).collect();
            match cleaned.trim().parse::<f64>() {
                Ok(x) if x.is_finite() => Ok(Some(x)),
                _ => Err(bad("is not a number", "no es un número")),
            }
        };
        match c {
            Col::Name => {
                if raw.is_empty() {
                    return Err(bad(
                        "is empty: each area needs a name",
                        "está vacío: cada zona necesita un nombre",
                    ));
                }
                if raw.chars().count() > MAX_NAME_CHARS {
                    return Err(bad(
                        "is longer than 100 characters",
                        "tiene más de 100 caracteres",
                    ));
                }
                area.name = raw.to_string();
            }
            Col::Population => match number(raw)? {
                Some(x) => area.population = x,
                None => {
                    return Err(bad(
                        "is empty: each area needs its population",
                        "está vacío: cada zona necesita su población",
                    ))
                }
            },
            Col::Rate => area.rate_per_100k = number(raw)?,
            Col::Rural => {
                area.rural = match raw.to_lowercase().as_str() {
                    "" => None,
                    "yes" | "y" | "true" | "1" | "rural" | "sí" | "si" | "s" => Some(true),
                    "no" | "n" | "false" | "0" | "urban" | "urbana" | "urbano" => Some(false),
                    _ => {
                        return Err(bad(
                            "is not yes or no (rural: yes, no, 1, 0 or empty)",
                            "no es sí ni no (rural: sí, no, 1, 0 o vacío)",
                        ))
                    }
                }
            }
            Col::PerSqMile => {
                area.per_sq_mile = number(raw)?;
                if area.per_sq_mile.is_some_and(|d| d < 0.0) {
                    return Err(bad(
                        "is below zero: people per square mile is 0 or more",
                        "es menor que cero: las personas por milla cuadrada son 0 o más",
                    ));
                }
            }
            Col::Region => {
                if raw.chars().count() > MAX_NAME_CHARS {
                    return Err(bad(
                        "is longer than 100 characters",
                        "tiene más de 100 caracteres",
                    ));
                }
                area.region = (!raw.is_empty()).then(|| raw.to_string());
            }
            Col::BedsToday => {
                area.beds_today = number(raw)?;
                if area.beds_today.is_some_and(|b| b < 0.0 || b.fract() != 0.0) {
                    return Err(bad(
                        "is not a whole number of beds, 0 or more",
                        "no es un número entero de camas, 0 o más",
                    ));
                }
            }
        }
    }
    Ok(area)
}

fn clip(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The records of CSV text (RFC 4180 quoting: a quoted field may hold the separator, a line
/// break or `""` for a quote), with the row each starts on (row 1 first). A field without
/// quotes is a slice of the text.
struct Records<'a> {
    text: &'a str,
    at: usize,
    sep: u8,
    row: usize,
}

impl<'a> Records<'a> {
    fn new(text: &'a str, sep: char) -> Self {
        Records {
            text,
            at: 0,
            sep: if sep == '\t' { b'\t' } else { b',' },
            row: 0,
        }
    }

    /// The next record's fields into `out`, and its row; `None` at the end.
    fn next_into(&mut self, out: &mut Vec<Cow<'a, str>>) -> Option<usize> {
        let bytes = self.text.as_bytes();
        if self.at >= bytes.len() {
            return None;
        }
        out.clear();
        self.row += 1;
        let start_row = self.row;
        loop {
            // one field, starting at `self.at`
            let mut i = self.at;
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            if i < bytes.len() && bytes[i] == b'"' {
                let mut field = String::new();
                let mut j = i + 1;
                let mut from = j;
                loop {
                    match bytes.get(j) {
                        None => {
                            field.push_str(&self.text[from..j]);
                            break;
                        }
                        Some(b'"') if bytes.get(j + 1) == Some(&b'"') => {
                            field.push_str(&self.text[from..=j]);
                            j += 2;
                            from = j;
                        }
                        Some(b'"') => {
                            field.push_str(&self.text[from..j]);
                            j += 1;
                            break;
                        }
                        Some(b'\n') => {
                            self.row += 1;
                            j += 1;
                        }
                        Some(_) => j += 1,
                    }
                }
                // text after the closing quote, up to the separator, joins the field
                let mut k = j;
                while k < bytes.len() && bytes[k] != self.sep && bytes[k] != b'\n' {
                    k += 1;
                }
                field.push_str(self.text[j..k].trim_end_matches('\r'));
                out.push(Cow::Owned(field));
                i = k;
            } else {
                let mut k = i;
                while k < bytes.len() && bytes[k] != self.sep && bytes[k] != b'\n' {
                    k += 1;
                }
                out.push(Cow::Borrowed(self.text[i..k].trim_end_matches('\r')));
                i = k;
            }
            match bytes.get(i) {
                Some(&b) if b == self.sep => self.at = i + 1,
                Some(_) => {
                    self.at = i + 1;
                    return Some(start_row);
                }
                None => {
                    self.at = bytes.len();
                    return Some(start_row);
                }
            }
        }
    }
}

/// The areas as CSV text with a header row, the columns any area uses (name and population
/// always): what [`read_areas`] reads back to the same areas.
pub fn areas_csv(areas: &[Area]) -> String {
    let used = [
        true,
        true,
        areas.iter().any(|a| a.rate_per_100k.is_some()),
        areas.iter().any(|a| a.rural.is_some()),
        areas.iter().any(|a| a.per_sq_mile.is_some()),
        areas.iter().any(|a| a.region.is_some()),
        areas.iter().any(|a| a.beds_today.is_some()),
    ];
    let mut out = String::with_capacity(areas.len() * 32 + 64);
    let header: Vec<&str> = COLUMNS
        .iter()
        .zip(used)
        .filter(|(_, u)| *u)
        .map(|(c, _)| *c)
        .collect();
    out.push_str(&header.join(","));
    out.push('\n');
    let num = |x: Option<f64>| x.map_or(String::new(), |v| v.to_string());
    for a in areas {
        let cells = [
            quote(&a.name),
            a.population.to_string(),
            num(a.rate_per_100k),
            a.rural
                .map_or(String::new(), |r| if r { "yes" } else { "no" }.to_string()),
            num(a.per_sq_mile),
            a.region.as_deref().map_or(String::new(), quote),
            num(a.beds_today),
        ];
        let row: Vec<&str> = cells
            .iter()
            .zip(used)
            .filter(|(_, u)| *u)
            .map(|(c, _)| c.as_str())
            .collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// The editor's rows of areas already read: `editor_rows(&areas_csv(areas))`, without writing
/// the table out and reading it again (a pasted table of 100,000 areas).
pub fn editor_rows_of(areas: &[Area]) -> Vec<[String; 7]> {
    let num = |x: Option<f64>| x.map_or(String::new(), |v| v.to_string());
    areas
        .iter()
        .map(|a| {
            [
                a.name.trim().to_string(),
                a.population.to_string(),
                num(a.rate_per_100k),
                a.rural
                    .map_or(String::new(), |r| if r { "yes" } else { "no" }.to_string()),
                num(a.per_sq_mile),
                a.region
                    .as_deref()
                    .map_or(String::new(), |r| r.trim().to_string()),
                num(a.beds_today),
            ]
        })
        .collect()
}

/// The table's cells as the page's editor shows them: one row for each record below the
/// header (blank records too, so a row just added stays), its cells in the order of
/// [`COLUMNS`]; a column the header does not name is empty, and one the reader does not know
/// is dropped. Empty when the text has no header row. The editor's row `i` is row `i + 2` of
/// the table, the row the reader's messages name.
pub fn editor_rows(text: &str) -> Vec<[String; 7]> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first_line.is_empty() || text.len() > MAX_AREAS_BYTES {
        return Vec::new();
    }
    let sep = if first_line.contains('\t') { '\t' } else { ',' };
    let mut records = Records::new(text, sep);
    let mut fields = Vec::new();
    loop {
        match records.next_into(&mut fields) {
            None => return Vec::new(),
            Some(_) if fields.iter().all(|c| c.trim().is_empty()) => {}
            Some(_) => break,
        }
    }
    let cols: Vec<Option<usize>> = fields
        .iter()
        .map(|h| column_of(h).map(|c| c as usize))
        .collect();
    let mut rows = Vec::new();
    while records.next_into(&mut fields).is_some() {
        let mut row: [String; 7] = Default::default();
        for (cell, col) in fields.iter().zip(&cols) {
            if let Some(i) = col {
                row[*i] = cell.trim().to_string();
            }
        }
        rows.push(row);
        if rows.len() > MAX_AREAS {
            break;
        }
    }
    // a text that ends in a line break has no record after it
    rows
}

/// The editor's rows as CSV text with every column in the header: what [`editor_rows`] reads
/// back unchanged, and what [`read_areas`] reads (a blank row is skipped, its row number kept).
pub fn editor_csv(rows: &[[String; 7]]) -> String {
    let mut out = String::with_capacity(rows.len() * 40 + 64);
    out.push_str(&COLUMNS.join(","));
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| quote(c.trim())).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A name as a CSV field: quoted when it holds a comma, a quote, a line break or spaces at an
/// end.
fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r', '\t']) || s.trim() != s {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
