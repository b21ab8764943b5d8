//! The public documents the calculator is built from, as a person should see them cited.
//!
//! File names are the ones in `shared/seeds/` (see its README); the interface cites a default by
//! the document's title and its file name, so a reader can find the exact text.

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

/// "Title (file name)" for a seed file; the bare file name for an unknown one.
pub fn seed_title(file: &str) -> String {
    match SEEDS.iter().find(|(f, _)| *f == file) {
        Some((f, title)) => format!("{title} ({f})"),
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
    }
}
