//! The host element's options (`data-lang`, `data-theme`, `data-sections`, `data-src`), read
//! from its attributes (or a link's query) by `embed`, and read by the components. A bad value never stops the widget: it falls back to the default and yields a
//! problem naming the attribute, shown to the editor as a notice.

use std::borrow::Cow;

use crate::data::vocabulary;
use crate::i18n::{text, Key, Lang};

vocabulary! {
    /// Colour theme (`data-theme`).
    #[derive(Default)]
    Theme {
        /// Follow the reader's system setting (`prefers-color-scheme`).
        #[default]
        Auto = "auto",
        /// Dark text on white.
        Light = "light",
        /// Light text on dark.
        Dark = "dark",
    }
}

vocabulary! {
    /// A section of the widget that `data-sections` can name; its name is also its panel's
    /// `data-panel`.
    SectionName {
        /// The headline cards.
        Headlines = "headlines",
        /// The forces chart and table.
        Forces = "forces",
        /// Outreach: billboards, banners, sessions, attendance.
        Outreach = "outreach",
        /// People received and reformed.
        Rehabilitation = "rehabilitation",
        /// Shares certified safe.
        Safety = "safety",
        /// From the directive to the review.
        Timeline = "timeline",
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

impl OptionProblem {
    /// What the editor reads: the attribute, its value, what would do, and what the widget
    /// did instead.
    pub fn describe(&self, lang: Lang) -> String {
        let did = match self.outcome {
            Outcome::Default => text(Key::BadOptionDefault, lang),
            Outcome::ShownOnce => text(Key::SectionsOnce, lang),
        };
        let (attribute, value, expected) = (self.attribute, &self.value, &self.expected);
        format!("{attribute}=\"{value}\" ({expected}) — {did}")
    }
}

/// What the editor reads when the dataset at `src` is not shown, for the reason `why`: the
/// attribute, its value, why, and that the article's figures are shown instead.
pub fn src_failure(src: &str, why: &str, lang: Lang) -> String {
    let fallback = text(Key::SrcFallback, lang);
    format!("data-src=\"{}\": {why} — {fallback}", echo(src))
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
                None => problems.push(problem("data-theme", &v, Theme::KEYS.join(" | "))),
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
                            ..problem("data-sections", &v, SectionName::KEYS.join(", "))
                        });
                    }
                    options.sections = once;
                }
                _ => problems.push(problem("data-sections", &v, SectionName::KEYS.join(", "))),
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
#[path = "options_tests.rs"]
mod tests;
