//! The public documents the calculator is built from, as a person should see them cited.
//!
//! File names are the ones in `shared/seeds/` (see its README); the interface cites a default by
//! the document's title and its file name, so a reader can find the exact text. The documents
//! are in English: in Spanish a citation keeps the original title (to find the document) and
//! adds its translation.

use crisis_model::Lang;

/// (file name, title) of every source document.
pub const SEEDS: &[(&str, &str)] = &[
    (
        "000_d776e508f1e03cc9.txt",
        "Crisis Roadmap (2024): introduction to the ideal behavioral health crisis system",
    ),
    (
        "001_34aad73059ae8cb3.txt",
        "HSRI: Framework for an Ideal Behavioral Health System (2025)",
    ),
    (
        "002_293f36c7aa45bd89.txt",
        "TBD Solutions: Crisis Residential Best Practices Handbook (2018)",
    ),
    (
        "003_d551ced1080a9b42.txt",
        "Crisis Roadmap: Residential Crisis Program Continuum",
    ),
    (
        "004_b2b0e137abf430a1.txt",
        "California DHCS: Medi-Cal Mobile Crisis Services",
    ),
];

/// (file name, Spanish translation of the title) of every source document, in the order of
/// [`SEEDS`].
pub const SEEDS_ES: &[(&str, &str)] = &[
    (
        "000_d776e508f1e03cc9.txt",
        "introducción al sistema ideal de atención de crisis de salud conductual",
    ),
    (
        "001_34aad73059ae8cb3.txt",
        "marco para un sistema ideal de salud conductual",
    ),
    (
        "002_293f36c7aa45bd89.txt",
        "manual de mejores prácticas de residenciales de crisis",
    ),
    (
        "003_d551ced1080a9b42.txt",
        "continuo de programas residenciales de crisis",
    ),
    (
        "004_b2b0e137abf430a1.txt",
        "servicios móviles de crisis de Medi-Cal (Departamento de Servicios de Atención Médica de California)",
    ),
];

/// The title of a seed file as shown in a language: the original title, and in Spanish its
/// translation after a dash. `None` for an unknown file.
pub fn title_in(file: &str, lang: Lang) -> Option<String> {
    let (_, title) = SEEDS.iter().find(|(f, _)| *f == file)?;
    let es = SEEDS_ES.iter().find(|(f, _)| *f == file).map(|(_, t)| *t);
    Some(match (lang, es) {
        (Lang::Es, Some(es)) => format!("{title} — {es}"),
        _ => title.to_string(),
    })
}

/// (file name, title as shown in a language) of every source document, for a list of sources.
pub fn seeds_in(lang: Lang) -> Vec<(&'static str, String)> {
    SEEDS
        .iter()
        .map(|(file, title)| (*file, title_in(file, lang).unwrap_or(title.to_string())))
        .collect()
}

/// "Title (file name)" for a seed file; the bare file name for an unknown one.
pub fn seed_title(file: &str) -> String {
    seed_title_in(file, Lang::En)
}

/// "Title (file name)" for a seed file in a language; the bare file name for an unknown one.
pub fn seed_title_in(file: &str, lang: Lang) -> String {
    match title_in(file, lang) {
        Some(title) => format!("{title} ({file})"),
        None => file.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cites_title_and_file() {
        assert_eq!(
            seed_title("003_d551ced1080a9b42.txt"),
            "Crisis Roadmap: Residential Crisis Program Continuum (003_d551ced1080a9b42.txt)"
        );
        assert_eq!(seed_title("other.txt"), "other.txt");
        assert_eq!(
            seed_title_in("003_d551ced1080a9b42.txt", Lang::Es),
            "Crisis Roadmap: Residential Crisis Program Continuum — continuo de programas \
             residenciales de crisis (003_d551ced1080a9b42.txt)"
        );
    }

    #[test]
    fn every_seed_has_a_spanish_title() {
        assert_eq!(SEEDS.len(), SEEDS_ES.len());
        for ((f, _), (g, es)) in SEEDS.iter().zip(SEEDS_ES) {
            assert_eq!(f, g);
            assert!(!es.is_empty());
        }
    }
}
