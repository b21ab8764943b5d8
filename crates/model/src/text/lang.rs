//! The languages of the page: English and Spanish.
//!
//! The model writes every sentence a person reads (validation messages, explanations, labels,
//! source notes) and every number (`format`), so it takes a [`Lang`] wherever it writes text.
//! The English-only functions that predate it remain and mean `Lang::En`.

/// A language the planner speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (United States): `12,345.6`, `$1.2 million`, `4.8%`.
    #[default]
    En,
    /// Spanish (United States): the same figures, `12,345.6`, `$1.2 millones`, `4.8%`.
    Es,
}

impl Lang {
    /// Every language, in the order the switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language tag: `"en"` or `"es"`.
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name for itself (what a language switch shows).
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The language of a BCP 47 tag such as `es-MX` or `en-US` (case-insensitive); `None` for
    /// a language the planner does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The first language of a preference list (the browser's `navigator.languages`) that the
    /// planner speaks; English when none.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// Pick the text for this language.
    pub fn pick<T>(self, en: T, es: T) -> T {
        match self {
            Lang::En => en,
            Lang::Es => es,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("en", Some(Lang::En)),
            ("en-US", Some(Lang::En)),
            ("es", Some(Lang::Es)),
            ("es-MX", Some(Lang::Es)),
            ("ES_us", Some(Lang::Es)),
            ("fr-FR", None),
            ("", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Lang::from_tag(tag), *want, "{tag}");
        }
    }

    #[test]
    fn negotiation_takes_the_first_known_language() {
        assert_eq!(Lang::negotiate(["fr-CA", "es-US", "en"]), Lang::Es);
        assert_eq!(Lang::negotiate(["de", "en-GB", "es"]), Lang::En);
        assert_eq!(Lang::negotiate(["de", "fr"]), Lang::En);
        assert_eq!(Lang::negotiate(std::iter::empty()), Lang::En);
    }
}
