//! The host element's options (`data-lang`, `data-theme`, `data-sections`, `data-src`), read
//! from its attributes (or a link's query) by `embed`, and read by the components. A bad value never stops the widget: it falls back to the default and yields a
//! problem naming the attribute, shown to the editor as a notice.

use std::borrow::Cow;

use crate::i18n::Lang;

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Dark text on white.
    Light,
    /// Light text on dark.
    Dark,
}

impl Theme {
    fn parse(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Self::Auto),
            "light" => Some(Self::Light),
            "dark" => Some(Self::Dark),
            _ => None,
        }
    }
}

/// A section of the widget that `data-sections` can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionName {
    /// The headline cards.
    Headlines,
    /// The forces chart and table.
    Forces,
    /// Outreach: billboards, banners, sessions, attendance.
    Outreach,
    /// People received and reformed.
    Rehabilitation,
    /// Shares certified safe.
    Safety,
    /// From the directive to the review.
    Timeline,
}

/// The `data-sections` names, in the order of [`SectionName::ALL`]: written once, here (the
/// editor's notice lists them).
const SECTION_KEYS: [&str; 6] = [
    "headlines",
    "forces",
    "outreach",
    "rehabilitation",
    "safety",
    "timeline",
];

impl SectionName {
    /// Every section, in display order: the default.
    pub const ALL: [Self; 6] = [
        Self::Headlines,
        Self::Forces,
        Self::Outreach,
        Self::Rehabilitation,
        Self::Safety,
        Self::Timeline,
    ];

    /// The `data-sections` name, also the section's class suffix (`bl-panel-forces`).
    pub fn key(self) -> &'static str {
        SECTION_KEYS[self as usize]
    }

    fn parse(value: &str) -> Option<Self> {
        let name = value.trim().to_ascii_lowercase();
        let i = SECTION_KEYS.iter().position(|n| *n == name)?;
        Self::ALL.get(i).copied()
    }
}

/// What the host asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// `data-lang`: `vi` (default) or `en`.
    pub lang: Lang,
    /// `data-theme`: `auto` (default), `light` or `dark`.
    pub theme: Theme,
    /// `data-sections`: comma list of sections to show, in that order (default: all).
    pub sections: Vec<SectionName>,
    /// `data-src`: URL of a dataset of the same schema (default: the article's, built in).
    pub src: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            lang: Lang::default(),
            theme: Theme::default(),
            sections: SectionName::ALL.to_vec(),
            src: None,
        }
    }
}

/// An attribute whose value could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionProblem {
    /// The attribute, e.g. `data-lang`.
    pub attribute: &'static str,
    /// The value found, cut to [`ECHO_CHARS`] characters.
    pub value: String,
    /// What would have been accepted.
    pub expected: Cow<'static, str>,
    /// What the widget did instead.
    pub outcome: Outcome,
}

/// What the widget does about a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Uses the option's default.
    Default,
    /// Shows each section once (a section named twice).
    ShownOnce,
}

/// How much of a value a notice repeats: enough to recognise it, never a page of it.
pub const ECHO_CHARS: usize = 80;

/// `value` cut to [`ECHO_CHARS`] characters, with "…" if it was longer.
pub fn echo(value: &str) -> String {
    match value.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_string(),
    }
}

fn problem(
    attribute: &'static str,
    value: &str,
    expected: impl Into<Cow<'static, str>>,
) -> OptionProblem {
    OptionProblem {
        attribute,
        value: echo(value),
        expected: expected.into(),
        outcome: Outcome::Default,
    }
}

impl Options {
    /// Reads the options through `attr` (the host's `getAttribute`).
    pub fn read(attr: impl Fn(&str) -> Option<String>) -> (Self, Vec<OptionProblem>) {
        let mut options = Self::default();
        let mut problems = Vec::new();
        if let Some(v) = attr("data-lang") {
            match Lang::parse(&v) {
                Some(lang) => options.lang = lang,
                None => problems.push(problem("data-lang", &v, "vi | en")),
            }
        }
        if let Some(v) = attr("data-theme") {
            match Theme::parse(&v) {
                Some(theme) => options.theme = theme,
                None => problems.push(problem("data-theme", &v, "auto | light | dark")),
            }
        }
        if let Some(v) = attr("data-sections") {
            let list: Option<Vec<SectionName>> = v.split(',').map(SectionName::parse).collect();
            match list {
                Some(list) => {
                    let mut once = Vec::with_capacity(list.len());
                    for s in &list {
                        if !once.contains(s) {
                            once.push(*s);
                        }
                    }
                    if once.len() < list.len() {
                        problems.push(OptionProblem {
                            outcome: Outcome::ShownOnce,
                            ..problem("data-sections", &v, SECTION_KEYS.join(", "))
                        });
                    }
                    options.sections = once;
                }
                _ => problems.push(problem("data-sections", &v, SECTION_KEYS.join(", "))),
            }
        }
        if let Some(v) = attr("data-src") {
            match v.trim() {
                "" => problems.push(problem("data-src", &v, "URL of a dataset (JSON)")),
                url => options.src = Some(url.to_string()),
            }
        }
        (options, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (Options, Vec<OptionProblem>) {
        Options::read(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn no_attributes_give_the_defaults() {
        assert_eq!(read(&[]), (Options::default(), vec![]));
        assert_eq!(Options::default().lang, Lang::Vi);
    }

    #[test]
    fn valid_values_are_taken_leniently() {
        let (o, p) = read(&[
            ("data-lang", " EN "),
            ("data-theme", "dark"),
            ("data-sections", "forces"),
        ]);
        assert!(p.is_empty());
        assert_eq!((o.lang, o.theme), (Lang::En, Theme::Dark));
    }

    #[test]
    fn every_section_is_read_by_the_name_the_notice_gives() {
        let keys: Vec<&str> = SectionName::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys, SECTION_KEYS);
        for s in SectionName::ALL {
            assert_eq!(SectionName::parse(s.key()), Some(s));
        }
    }

    #[test]
    fn a_section_named_twice_is_shown_once_with_a_notice() {
        let (o, p) = read(&[("data-sections", "forces, timeline,forces")]);
        assert_eq!(o.sections, [SectionName::Forces, SectionName::Timeline]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].outcome, Outcome::ShownOnce);
    }

    #[test]
    fn a_long_value_is_echoed_cut_short() {
        let long = "forces,".repeat(20_000) + "pie";
        let (_, p) = read(&[("data-sections", &long)]);
        assert_eq!(p[0].value.chars().count(), ECHO_CHARS + 1);
        assert!(p[0].value.ends_with('…') && p[0].value.starts_with("forces,forces"));
        assert_eq!(echo("ngắn"), "ngắn");
        let vi = "ấ".repeat(100);
        assert_eq!(echo(&vi), "ấ".repeat(ECHO_CHARS) + "…");
    }

    #[test]
    fn bad_values_fall_back_and_name_the_attribute() {
        let (o, p) = read(&[
            ("data-lang", "fr"),
            ("data-sections", "forces,pie"),
            ("data-src", " "),
        ]);
        assert_eq!(o, Options::default());
        assert_eq!(p.len(), 3);
        assert_eq!(p[2].attribute, "data-src");
        assert_eq!(p[0].attribute, "data-lang");
        assert_eq!(p[0].value, "fr");
        assert_eq!(p[1].attribute, "data-sections");
    }
}
