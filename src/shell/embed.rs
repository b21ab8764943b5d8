//! Embed mode, for an iframe in a course page: `?embed=1` hides the site chrome (header,
//! introduction, share bar, footer); `lock=1` locks every input to the scenario in the link
//! except those named in `edit=` (model paths, comma-separated, such as
//! `edit=population,adult.rate_per_100k`).
//!
//! This is the page's embed *context*, read once from the address and reached by the language,
//! the fields and the sections through [`use_embed`]; the "Embed this" panel that writes the
//! code is a section (`sections/embed.rs`).

use crisis_model::Lang;
use leptos::prelude::*;

/// How the page is shown, read once from the address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embed {
    pub on: bool,
    pub locked: bool,
    /// The inputs a locked page still lets people change.
    pub editable: Vec<String>,
}

impl Embed {
    /// Parse the query string (`?embed=1&lock=1&edit=population`). Unknown or malformed values
    /// mean "off"; at most 20 editable paths of at most 60 characters each are kept.
    pub fn from_query(query: &str) -> Embed {
        let mut e = Embed::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "embed" => e.on = v == "1" || v == "true",
                "lock" => e.locked = v == "1" || v == "true",
                "edit" => {
                    e.editable = v
                        .split([',', '+'])
                        .map(|p| p.replace("%5B", "[").replace("%5D", "]"))
                        .filter(|p| {
                            !p.is_empty()
                                && p.len() <= 60
                                && p.chars()
                                    .all(|c| c.is_ascii_alphanumeric() || "._[]".contains(c))
                        })
                        .take(20)
                        .collect()
                }
                _ => {}
            }
        }
        e
    }

    /// Whether a person may change the input at `path`.
    pub fn may_edit(&self, path: &str) -> bool {
        !self.locked || self.editable.iter().any(|p| p == path)
    }

    /// Whether the page around the frame may set the input at `path` by a message
    /// (`crisis-planner:set`): only an embedded page, and only the inputs `edit=` names, whether
    /// or not the rest are locked.
    pub fn may_set(&self, path: &str) -> bool {
        self.on && self.editable.iter().any(|p| p == path)
    }

    /// The iframe snippet for a page address (`href` already holds `?s=...`).
    pub fn snippet(href: &str, locked: bool, editable: &[&str]) -> String {
        Embed::snippet_in(href, locked, editable, Lang::En)
    }

    /// [`Embed::snippet`] with the frame's title in a language.
    pub fn snippet_in(href: &str, locked: bool, editable: &[&str], lang: Lang) -> String {
        let sep = if href.contains('?') { '&' } else { '?' };
        let mut src = format!("{href}{sep}embed=1");
        if locked {
            src.push_str("&lock=1");
            if !editable.is_empty() {
                src.push_str("&edit=");
                src.push_str(&editable.join(","));
            }
        }
        let src = src.replace('&', "&amp;").replace('"', "&quot;");
        let title = lang.pick(
            "Crisis Continuum Planner",
            "Planificador del continuo de crisis",
        );
        // the resizer script sits beside the page (`embed.js` at the site's root)
        let page = href.split(['?', '#']).next().unwrap_or_default();
        let base = &page[..page.rfind('/').map_or(0, |i| i + 1)];
        let script = format!("{base}embed.js")
            .replace('&', "&amp;")
            .replace('"', "&quot;");
        format!(
            "<iframe data-crisis-planner src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\"></iframe>\n<script src=\"{script}\" defer></script>"
        )
    }
}

/// The page's embed settings, from its address.
pub fn read() -> Embed {
    Embed::from_query(&crate::browser::query())
}

pub fn use_embed() -> Embed {
    use_context::<Embed>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_embed_settings_from_the_address() {
        let cases: &[(&str, bool, bool, &[&str])] = &[
            ("", false, false, &[]),
            ("?s=abc", false, false, &[]),
            ("?s=abc&embed=1", true, false, &[]),
            (
                "?embed=1&lock=1&edit=population,adult.rate_per_100k",
                true,
                true,
                &["population", "adult.rate_per_100k"],
            ),
            ("?embed=yes&lock=0", false, false, &[]),
            (
                "?lock=1&edit=programs%5B0%5D.share",
                false,
                true,
                &["programs[0].share"],
            ),
            (
                "?embed=1&lock=1&edit=<script>,population",
                true,
                true,
                &["population"],
            ),
        ];
        for (query, on, locked, editable) in cases {
            let e = Embed::from_query(query);
            assert_eq!((e.on, e.locked), (*on, *locked), "{query}");
            assert_eq!(
                e.editable,
                editable.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{query}"
            );
        }
        let e = Embed::from_query("?lock=1&edit=population");
        assert!(e.may_edit("population"));
        assert!(!e.may_edit("adult.rate_per_100k"));
        assert!(Embed::default().may_edit("anything"));
        let e = Embed::from_query("?embed=1&edit=population");
        assert!(e.may_set("population") && e.may_edit("adult.rate_per_100k"));
        assert!(!e.may_set("adult.rate_per_100k"));
        assert!(!Embed::from_query("?edit=population").may_set("population"));
        assert!(!Embed::from_query("?embed=1").may_set("population"));
    }

    #[test]
    fn the_snippet_is_an_escaped_iframe() {
        let s = Embed::snippet(
            "https://example.org/tools/crisis/?s=eyJ2",
            true,
            &["population"],
        );
        assert_eq!(
            s,
            "<iframe data-crisis-planner src=\"https://example.org/tools/crisis/?s=eyJ2&amp;embed=1&amp;lock=1&amp;edit=population\" title=\"Crisis Continuum Planner\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\"></iframe>\n<script src=\"https://example.org/tools/crisis/embed.js\" defer></script>"
        );
        assert!(
            Embed::snippet("https://x.org/\"onload=\"", false, &[]).contains("&quot;onload=&quot;")
        );
    }
}
