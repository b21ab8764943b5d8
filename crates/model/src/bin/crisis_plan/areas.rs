//! `crisis-plan --areas FILE`: many areas at once (the table of areas, every area as the
//! single-area planner evaluates it, the regions' pooled beds, the total).

use std::io::Write;

use crate::files::Unread;

use crisis_model::areas::{
    evaluate_areas, read_areas_in, summarize, Area, AreaEvaluator, AreaResult, AreasResults,
    MAX_AREAS_BYTES,
};
use crisis_model::format::Format;
use crisis_model::{Lang, Scenario};

/// Read the table of areas at `path` (`-`: standard input), at most [`MAX_AREAS_BYTES`].
fn read_table(path: &str, lang: Lang) -> Result<String, String> {
    crate::files::read_text(path, MAX_AREAS_BYTES).map_err(|why| match why {
        Unread::Open(e) => match lang {
            Lang::En => format!("Cannot open the table of areas \"{path}\": {e}."),
            Lang::Es => format!("No se puede abrir la tabla de zonas \"{path}\": {e}."),
        },
        Unread::Read(e) => match lang {
            Lang::En => format!("Cannot read the table of areas \"{path}\": {e}."),
            Lang::Es => format!("No se puede leer la tabla de zonas \"{path}\": {e}."),
        },
        Unread::TooLarge => {
            let most = Format::new(lang).count(MAX_AREAS_BYTES as u64);
            match lang {
                Lang::En => format!(
                    "The table of areas is larger than 16 MB; the largest accepted is 16 MB \
                     ({most} bytes)."
                ),
                Lang::Es => format!(
                    "La tabla de zonas tiene más de 16 MB; el máximo aceptado es 16 MB ({most} \
                     bytes)."
                ),
            }
        }
        Unread::NotText => lang
            .pick(
                "The table of areas is not UTF-8 text (save it from the spreadsheet as CSV UTF-8).",
                "La tabla de zonas no es texto UTF-8 (guárdela desde la hoja de cálculo como CSV UTF-8).",
            )
            .to_string(),
    })
}

/// Every area of the table at `path` evaluated with the scenario `s`: the results, or the
/// lines that say what is wrong (a row and column for each bad row; each area the single-area
/// planner refuses, with its problems).
pub fn run(s: &Scenario, path: &str, lang: Lang) -> Result<AreasResults, Vec<String>> {
    let text = read_table(path, lang).map_err(|m| vec![m])?;
    let read = read_areas_in(&text, lang).map_err(|m| vec![m])?;
    let mut lines: Vec<String> = read.problems.iter().map(|p| p.message.clone()).collect();
    let results = evaluate_parallel(s, &read.areas, lang);
    for r in &results.refused {
        for p in &r.problems {
            lines.push(match lang {
                Lang::En => format!("Row {} ({}): {}: {}", r.row, r.name, p.field, p.message),
                Lang::Es => format!("Fila {} ({}): {}: {}", r.row, r.name, p.field, p.message),
            });
        }
    }
    if lines.is_empty() {
        Ok(results)
    } else {
        let n = lines.len();
        let head = match (lang, n) {
            (Lang::En, 1) => "The table of areas has a problem:".to_string(),
            (Lang::En, _) => format!("The table of areas has {n} problems:"),
            (Lang::Es, 1) => "La tabla de zonas tiene un problema:".to_string(),
            (Lang::Es, _) => format!("La tabla de zonas tiene {n} problemas:"),
        };
        let mut out = vec![head];
        out.extend(lines.into_iter().take(50).map(|l| format!("  {l}")));
        if n > 50 {
            out.push(match lang {
                Lang::En => format!("  ... and {} more.", n - 50),
                Lang::Es => format!("  ... y {} más.", n - 50),
            });
        }
        Err(out)
    }
}

/// [`evaluate_areas`] on every core: the areas in one slice a thread, each thread with its
/// own [`AreaEvaluator`], then the regions and the total ([`summarize`]). The same results as
/// one go, in the table's order.
fn evaluate_parallel(s: &Scenario, areas: &[Area], lang: Lang) -> AreasResults {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || areas.len() < 2_000 {
        return evaluate_areas(s, areas, lang);
    }
    let mut base = s.clone();
    base.areas = String::new();
    let chunk = areas.len().div_ceil(threads);
    let parts: Vec<Vec<_>> = std::thread::scope(|scope| {
        let handles: Vec<_> = areas
            .chunks(chunk)
            .map(|part| {
                let base = &base;
                scope.spawn(move || {
                    let mut each = AreaEvaluator::new(base, lang);
                    part.iter().map(|a| each.evaluate(a)).collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let (mut done, mut refused) = (Vec::with_capacity(areas.len()), Vec::new());
    for r in parts.into_iter().flatten() {
        match r {
            Ok(a) => done.push(a),
            Err(p) => refused.push(p),
        }
    }
    summarize(&base, done, refused)
}

/// The results as JSON: `areas` (each with `name`, `population` and the single-area `totals`),
/// `regions` (each with `separate` and `pooled` residential beds) and `total`. Indented up to
/// [`PRETTY_UP_TO`] areas, compact above (a state's counties stay readable; 100,000 areas
/// stay a third smaller).
pub fn print_json(r: &AreasResults) {
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    // written as it is made, so 100,000 areas never sit in memory as text; a closed pipe
    // (`crisis-plan ... | head`) ends the writing quietly
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if write_json(r, &mut w, threads).is_ok() {
        let _ = w.write_all(b"\n");
    }
    let _ = w.flush();
}

/// The areas a thread serializes at a time: the text of a batch is a few megabytes.
const JSON_BATCH: usize = 1_024;

/// [`print_json`]'s text, to any writer. Above [`PRETTY_UP_TO`] areas it is compact, and the
/// areas (most of the text: every area's totals and warning sentences) are serialized on
/// `threads` threads, a batch at a time, while this thread writes the batches already done in
/// the table's order: the same bytes as `serde_json::to_writer`.
fn write_json(r: &AreasResults, w: &mut impl Write, threads: usize) -> serde_json::Result<()> {
    if r.areas.len() <= PRETTY_UP_TO {
        return serde_json::to_writer_pretty(w, r);
    }
    if threads < 2 {
        return serde_json::to_writer(w, r);
    }
    let io = serde_json::Error::io;
    w.write_all(b"{\"areas\":[").map_err(io)?;
    let batches: Vec<&[AreaResult]> = r.areas.chunks(JSON_BATCH).collect();
    let written = std::thread::scope(|scope| -> serde_json::Result<()> {
        // each thread takes every `threads`-th batch; a bounded channel keeps the text in
        // memory to a few batches a thread
        let (send, receive) = std::sync::mpsc::sync_channel::<(usize, Vec<u8>)>(threads * 2);
        for t in 0..threads {
            let (send, batches) = (send.clone(), &batches);
            scope.spawn(move || {
                for (i, batch) in batches.iter().enumerate().skip(t).step_by(threads) {
                    let mut out = Vec::with_capacity(batch.len() * 5_120);
                    for (j, a) in batch.iter().enumerate() {
                        if i + j > 0 {
                            out.push(b',');
                        }
                        if serde_json::to_writer(&mut out, a).is_err() {
                            return;
                        }
                    }
                    if send.send((i, out)).is_err() {
                        return; // the writing stopped (a closed pipe)
                    }
                }
            });
        }
        drop(send);
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        for (i, text) in receive.iter() {
            waiting.insert(i, text);
            while let Some(text) = waiting.remove(&next) {
                w.write_all(&text).map_err(io)?;
                next += 1;
            }
        }
        if next == batches.len() {
            Ok(())
        } else {
            Err(io(std::io::Error::other(
                "an area could not be written as JSON",
            )))
        }
    });
    written?;
    w.write_all(b"],\"regions\":").map_err(io)?;
    serde_json::to_writer(&mut *w, &r.regions)?;
    w.write_all(b",\"total\":").map_err(io)?;
    serde_json::to_writer(&mut *w, &r.total)?;
    if !r.refused.is_empty() {
        w.write_all(b",\"refused\":").map_err(io)?;
        serde_json::to_writer(&mut *w, &r.refused)?;
    }
    w.write_all(b"}").map_err(io)
}

/// The most areas written as indented JSON.
pub const PRETTY_UP_TO: usize = crisis_model::areas::JSON_PRETTY_UP_TO;

/// The results as a table for people: the areas, the regions, the total.
pub fn table(
    r: &AreasResults,
    lang: Lang,
    rows: impl Fn((Vec<String>, Vec<Vec<String>>), &str) -> String,
) -> String {
    let f = Format::new(lang);
    let mut o = rows(r.table_in(lang), lang.pick("Areas", "Zonas"));
    o += &rows(
        r.regions_table_in(lang),
        lang.pick(
            "Regions: residential beds, each area its own programs or one pool per program type",
            "Regiones: camas residenciales, cada zona con sus propios programas o un conjunto compartido de camas por tipo de programa",
        ),
    );
    let t = &r.total;
    o += &match lang {
        Lang::En => format!(
            "\nTotal: {} areas, {} residents; {} residential beds ({} with each region's areas \
             pooled), {} receiving chairs, {} inpatient beds, {} mobile teams; annual cost {}.\n",
            f.count(t.areas as u64),
            f.thousands(t.population),
            f.count(t.totals.residential_beds.total),
            f.count(t.pooled_by_region),
            f.count(t.totals.receiving_chairs.total),
            f.count(t.totals.inpatient_beds.total),
            f.count(t.totals.mobile_teams),
            t.totals.annual_cost.range_in(lang, true),
        ),
        Lang::Es => format!(
            "\nTotal: {} zonas, {} residentes; {} camas residenciales ({} con un conjunto \
             compartido de camas por región), {} sillones del centro de recepción, {} camas de \
             hospitalización psiquiátrica, {} equipos móviles; costo anual {}.\n",
            f.count(t.areas as u64),
            f.thousands(t.population),
            f.count(t.totals.residential_beds.total),
            f.count(t.pooled_by_region),
            f.count(t.totals.receiving_chairs.total),
            f.count(t.totals.inpatient_beds.total),
            f.count(t.totals.mobile_teams),
            t.totals.annual_cost.range_in(lang, true),
        ),
    };
    if t.low_use_areas > 0 {
        o += &match lang {
            Lang::En => format!(
                "\n{} areas would use their residential programs less than half the time (\"low \
                 use\" above):\n  {}\n",
                f.count(t.low_use_areas as u64),
                crisis_model::areas::rural_advice(lang)
            ),
            Lang::Es => format!(
                "\n{} zonas usarían sus programas residenciales menos de la mitad del tiempo \
                 (\"uso bajo\" arriba):\n  {}\n",
                f.count(t.low_use_areas as u64),
                crisis_model::areas::rural_advice(lang)
            ),
        };
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table of `n` areas of every size, some rural, in 7 regions.
    fn table(n: usize) -> String {
        let mut t = String::from("name,population,rural,region\n");
        for i in 0..n {
            let population = 800 + (i * 7_919) % 900_000;
            let rural = if i % 3 == 0 { "yes" } else { "no" };
            t.push_str(&format!("Area {i},{population},{rural},Region {}\n", i % 7));
        }
        t
    }

    /// The batched, threaded JSON is byte for byte what serde writes in one go, for any number
    /// of threads and batches that do not divide the areas evenly.
    #[test]
    fn threaded_json_is_the_same_text() {
        let read = crisis_model::areas::read_areas(&table(PRETTY_UP_TO + JSON_BATCH + 37)).unwrap();
        let r = evaluate_areas(&Scenario::default(), &read.areas, Lang::En);
        assert!(r.areas.iter().any(|a| !a.warnings.is_empty()));
        let whole = serde_json::to_vec(&r).unwrap();
        for threads in [1, 2, 3, 8] {
            let mut out = Vec::new();
            write_json(&r, &mut out, threads).unwrap();
            assert!(out == whole, "{threads} threads");
        }
        // a state's counties stay indented
        let small = evaluate_areas(&Scenario::default(), &read.areas[..20], Lang::En);
        let mut out = Vec::new();
        write_json(&small, &mut out, 2).unwrap();
        assert_eq!(out, serde_json::to_vec_pretty(&small).unwrap());
    }
}
