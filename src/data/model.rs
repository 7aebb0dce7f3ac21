//! Serde types of the dataset file (`static/data/article.json`). Field names are the JSON
//! schema; unknown fields are rejected so a typo in a hand-edited file is an error, not a gap.

use crate::i18n::Lang;

pub use super::amount::Amount;
use super::index::Index;
use super::record::deserialize_record;
pub use super::vocab::{Measure, Section, Unit};

/// A whole dataset: where it comes from and what it says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    /// The article the figures come from, for the credit line.
    pub article: Article,
    /// Things that are counted (kinds of team, audiences …), each in one section.
    pub groups: Vec<Group>,
    /// The figures, each about one group.
    pub figures: Vec<Figure>,
    /// Dated events, for the timeline.
    pub events: Vec<Event>,
    /// The figures by group and measure (built by [`Dataset::indexed`]): a `data-src` dataset
    /// may have thousands.
    pub index: Index,
    /// For each figure, the position of its group in `groups` (`u32::MAX` if there is none),
    /// built by [`Dataset::indexed`].
    pub group_of: Vec<u32>,
}

/// The source article, as the portal shows it.
#[derive(Clone, Debug, Default, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    /// Stable id, referenced by figures.
    pub id: String,
    /// The section it belongs to.
    pub section: Section,
    /// Short name, for chart labels.
    pub label: Text,
}

/// One figure of the article.
#[derive(Clone, Debug, Default, PartialEq)]
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
    pub note: Option<Text>,
    /// A headline card is made of it: its sessions with their attendances, its reformed share
    /// of those received, or its own value (see `view::headlines`). Left out: `false`.
    pub headline: bool,
}

/// A dated event, for the timeline.
#[derive(Clone, Debug, Default, PartialEq)]
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

deserialize_record!(Dataset { article, groups, figures, events; });
deserialize_record!(Article { title, date, time, author, category, portal; });
deserialize_record!(Text { vi, en; });
deserialize_record!(Group { id, section, label; });
deserialize_record!(Figure { id, group, measure, amount, unit, label, source; note, headline });
deserialize_record!(Event { id, date, label, source; });

impl Dataset {
    /// The groups of a section, in dataset order.
    pub fn groups_in(&self, section: Section) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(move |g| g.section == section)
    }

    /// The groups of `section` and the figures of each, each list in dataset order: one pass
    /// over the figures, whose groups [`Dataset::indexed`] has found, so a section of thousands
    /// of groups is read in linear time.
    pub fn figures_in(&self, section: Section) -> (Vec<&Group>, Vec<Vec<&Figure>>) {
        let mut list_of = vec![usize::MAX; self.groups.len()];
        let mut groups = Vec::new();
        for (i, g) in self.groups.iter().enumerate() {
            if g.section == section {
                list_of[i] = groups.len();
                groups.push(g);
            }
        }
        let mut lists: Vec<Vec<&Figure>> = groups.iter().map(|_| Vec::new()).collect();
        for (f, &g) in self.figures.iter().zip(&self.group_of) {
            let list = list_of.get(g as usize).and_then(|&l| lists.get_mut(l));
            if let Some(list) = list {
                list.push(f);
            }
        }
        (groups, lists)
    }

    /// The group with id `id`.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The key of figure `i` in the index.
    fn figure_key(&self, i: usize) -> [&str; 2] {
        let f = &self.figures[i];
        [f.group.as_str(), f.measure.key()]
    }

    /// The dataset with its figures indexed, and each figure's group found.
    pub fn indexed(mut self) -> Self {
        self.index = Index::new(self.figures.len(), &|i| self.figure_key(i)).0;
        let group_id = |i: usize| [self.groups[i].id.as_str(), ""];
        let (groups, _) = Index::new(self.groups.len(), &group_id);
        let find = |f: &Figure| groups.find([f.group.as_str(), ""], &group_id);
        self.group_of = self
            .figures
            .iter()
            .map(|f| find(f).map_or(u32::MAX, |g| g as u32))
            .collect();
        self
    }

    /// The figure measuring `measure` of `group`, if the dataset has it (the first one listed),
    /// found through the index: a hit or a miss costs the same whatever the number of figures.
    /// (A dataset changed after it was indexed must be indexed again.)
    pub fn figure(&self, group: &str, measure: Measure) -> Option<&Figure> {
        let i = self
            .index
            .find([group, measure.key()], &|i| self.figure_key(i))?;
        self.figures.get(i)
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
}
