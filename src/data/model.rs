//! Serde types of the dataset file (`static/data/article.json`). Field names are the JSON
//! schema; unknown fields are rejected so a typo in a hand-edited file is an error, not a gap.

use std::collections::HashMap;

use serde::Deserialize;

use crate::i18n::Lang;

pub use super::amount::Amount;
pub use super::vocab::{Measure, Section, Unit};

/// A whole dataset: where it comes from and what it says.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The article the figures come from, for the credit line.
    pub article: Article,
    /// Things that are counted (kinds of team, audiences …), each in one section.
    pub groups: Vec<Group>,
    /// The figures, each about one group.
    pub figures: Vec<Figure>,
    /// Dated events, for the timeline.
    pub events: Vec<Event>,
    /// For each figure, the position of its group in `groups` (`None` if there is none),
    /// found by [`Dataset::indexed`]: a `data-src` dataset may have thousands of figures.
    #[serde(skip)]
    pub group_of: Vec<Option<usize>>,
    /// The positions of each group's figures, in dataset order (by the group's position),
    /// found by [`Dataset::indexed`].
    #[serde(skip)]
    figures_of: Vec<Vec<usize>>,
    /// The position of each group id, found by [`Dataset::indexed`].
    #[serde(skip)]
    group_at: HashMap<String, usize>,
}

/// The source article, as the portal shows it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Title, verbatim.
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    /// Publication time as shown, `HH:MM`.
    pub time: String,
    /// Byline.
    pub author: String,
    /// The portal's category line.
    pub category: String,
    /// The portal that published it, for the credit line.
    pub portal: Text,
}

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// Something the article counts.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Stable id, referenced by figures.
    pub id: String,
    /// The section it belongs to.
    pub section: Section,
    /// Short name, for chart labels.
    pub label: Text,
}

/// One figure of the article.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id, `group.measure`.
    pub id: String,
    /// The group it is about.
    pub group: String,
    /// What it measures.
    pub measure: Measure,
    /// The value with its qualifier.
    pub amount: Amount,
    /// How to read the number.
    pub unit: Unit,
    /// What is counted, as a phrase after the number: "thành viên", "lượt học sinh tham dự".
    pub label: Text,
    /// The article's sentence that states it, verbatim.
    pub source: String,
    /// What a reader must know to read it right (an ambiguity of the article); may be left out.
    #[serde(default)]
    pub note: Option<Text>,
    /// A short note drawn beside the figure's mark (its bar, or for a duration of the timeline,
    /// its span), at most [`NOTE_CHARS`] characters; may be left out.
    #[serde(default)]
    pub annotation: Option<Text>,
    /// A headline card is made of it: its sessions with their attendances, its reformed share
    /// of those received, or its own value (see `view::headlines`). Left out: `false`.
    #[serde(default)]
    pub headline: bool,
}

/// A dated event, for the timeline.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id.
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What happened.
    pub label: Text,
    /// The article's sentence that dates it, verbatim.
    pub source: String,
}

/// The longest annotation, in characters: one line beside a bar on a phone.
pub const NOTE_CHARS: usize = 48;

impl Dataset {
    /// The groups of a section, in dataset order.
    pub fn groups_in(&self, section: Section) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(move |g| g.section == section)
    }

    /// The groups of `section` and the figures of each, each list in dataset order: found by
    /// [`Dataset::indexed`], so a section of thousands of groups is read in linear time.
    pub fn figures_in(&self, section: Section) -> (Vec<&Group>, Vec<Vec<&Figure>>) {
        let mut groups = Vec::new();
        let mut lists = Vec::new();
        for (g, own) in self.groups.iter().zip(&self.figures_of) {
            if g.section == section {
                groups.push(g);
                lists.push(own.iter().filter_map(|&i| self.figures.get(i)).collect());
            }
        }
        (groups, lists)
    }

    /// The group with id `id` (the first one listed).
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.get(*self.group_at.get(id)?)
    }

    /// The dataset with each figure's group found, and each group's figures.
    pub fn indexed(mut self) -> Self {
        self.group_at = HashMap::with_capacity(self.groups.len());
        for (i, g) in self.groups.iter().enumerate() {
            self.group_at.entry(g.id.clone()).or_insert(i);
        }
        self.group_of = self
            .figures
            .iter()
            .map(|f| self.group_at.get(&f.group).copied())
            .collect();
        self.figures_of = vec![Vec::new(); self.groups.len()];
        for (i, g) in self.group_of.iter().enumerate() {
            if let Some(g) = *g {
                self.figures_of[g].push(i);
            }
        }
        self
    }

    /// The figure measuring `measure` of `group`, if the dataset has it (the first one listed):
    /// found among the group's own figures, a handful. (A dataset changed after it was indexed
    /// must be indexed again.)
    pub fn figure(&self, group: &str, measure: Measure) -> Option<&Figure> {
        let own = self.figures_of.get(*self.group_at.get(group)?)?;
        let mut figures = own.iter().filter_map(|&i| self.figures.get(i));
        figures.find(|f| f.measure == measure)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_group_gets_its_figures_in_dataset_order() {
        let mut data = crate::data::default_dataset().expect("valid");
        // The last figure moved first: a group's figures need not be listed together.
        let last = data.figures.pop().expect("figures");
        data.figures.insert(0, last);
        let data = data.indexed();
        let mut count = 0;
        for section in [Section::Forces, Section::Outreach, Section::Rehabilitation] {
            let (groups, lists) = data.figures_in(section);
            assert_eq!(groups, data.groups_in(section).collect::<Vec<_>>());
            for (g, list) in groups.iter().zip(&lists) {
                let scanned: Vec<&str> = data
                    .figures
                    .iter()
                    .filter(|f| f.group == g.id)
                    .map(|f| f.id.as_str())
                    .collect();
                let found: Vec<&str> = list.iter().map(|f| f.id.as_str()).collect();
                assert_eq!(found, scanned, "{}", g.id);
                count += found.len();
            }
        }
        let with_groups = [Section::Safety, Section::Timeline]
            .iter()
            .map(|&s| data.figures_in(s).1.iter().map(Vec::len).sum::<usize>())
            .sum::<usize>();
        assert_eq!(count + with_groups, data.figures.len());
    }

    #[test]
    fn a_figure_is_found_among_its_group_s_the_first_listed_of_its_measure() {
        let mut data = crate::data::default_dataset().expect("valid");
        let rehab = |d: &Dataset| d.figure("rehab", Measure::Reformed).map(|f| f.amount);
        assert_eq!(
            rehab(&data.clone().indexed()),
            Some(Amount::Exact { value: 571 })
        );
        // A second figure of the same group and measure, listed last: the first one stands.
        let first = data.figures.iter().find(|f| f.id == "rehab.reformed");
        let mut again = first.cloned().expect("the article's figure");
        again.amount = Amount::Exact { value: 600 };
        data.figures.push(again);
        let data = data.indexed();
        assert_eq!(rehab(&data), Some(Amount::Exact { value: 571 }));
        assert_eq!(
            data.figure("rehab", Measure::Units),
            None,
            "a measure the group lacks"
        );
        assert_eq!(
            data.figure("nowhere", Measure::Reformed),
            None,
            "a group the dataset lacks"
        );
    }
}
