//! Languages of the widget: the reader's language choice, the UI string catalogue and the
//! number formatting that goes with it. Vietnamese is the default and the first language.

mod catalogue;
mod format;

#[cfg(feature = "prerender")]
pub(crate) use catalogue::{catalogue, pick};
pub use catalogue::{fill, text, Key};
pub use format::{format_date, format_int, format_tenths, parse_date};

/// A language the widget can speak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Tiếng Việt: the article's language and the default.
    #[default]
    Vi,
    /// English, the second language.
    En,
}

impl Lang {
    /// Parses the `data-lang` value (`vi` or `en`, case-insensitive, surrounding spaces ignored).
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "vi" => Some(Self::Vi),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The BCP 47 tag, for the `lang` attribute of the widget's root.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Vi => "vi",
            Self::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_read_from_its_tag_in_any_case_and_spacing() {
        assert_eq!(Lang::parse("vi"), Some(Lang::Vi));
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::En.tag(), "en");
        assert_eq!(Lang::default(), Lang::Vi);
    }
}
