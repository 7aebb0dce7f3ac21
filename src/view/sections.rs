//! View models of the text sections (outreach, rehabilitation, safety): each group with its
//! figures as the article states them, its note if the article is ambiguous, and the figures
//! derived from them.

use super::amounts::format_figure;
use super::rounding::format_derived;
use crate::data::{Dataset, Figure, Measure, Section};
use crate::i18n::{fill, text, Key, Lang};
use crate::view::derived::{percent, ratio};

/// One figure as a line: `gần 1.000` + `cuộc tuyên truyền`.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureLine {
    /// Stable id of the figure.
    pub id: String,
    /// The amount with its qualifier (and `%`).
    pub value: String,
    /// What is counted.
    pub label: String,
    /// What the reader must know to read it right: the figure's note, or else the annotation
    /// drawn beside its mark (a note says more).
    pub note: Option<String>,
}

impl FigureLine {
    /// Figure `f` as the article states it, in `lang`.
    pub fn new(f: &Figure, lang: Lang) -> Self {
        Self {
            id: f.id.clone(),
            value: format_figure(&f.amount, f.unit, lang),
            label: f.label.get(lang).to_string(),
            note: f
                .note
                .as_ref()
                .or(f.annotation.as_ref())
                .map(|n| n.get(lang).to_string()),
        }
    }
}

/// One group: its figures and what is derived from them.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupBlock {
    /// The group's name.
    pub label: String,
    /// Its figures, in dataset order.
    pub lines: Vec<FigureLine>,
    /// Computed figures, as sentences.
    pub derived: Vec<String>,
    /// Those reformed as a part of those received, when the group states both.
    pub part: Option<Part>,
}

/// A part of a whole, drawn as one bar of the whole with the part filled.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The filled share, in thousandths of the bar (the SVG's width units).
    pub fill: u32,
    /// The part, its label (`571`, `lượt hoàn lương`).
    pub part: (String, String),
    /// The whole, its label.
    pub whole: (String, String),
    /// The share as a sentence (which says it is computed), the bar's accessible name.
    pub rate: String,
}

/// A section of groups.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionVm {
    /// Heading.
    pub title: String,
    /// The groups, in dataset order.
    pub groups: Vec<GroupBlock>,
}

fn title(section: Section, lang: Lang) -> &'static str {
    let key = match section {
        Section::Forces => Key::ForcesTitle,
        Section::Outreach => Key::SectionOutreach,
        Section::Rehabilitation => Key::SectionRehab,
        Section::Safety => Key::SectionSafety,
        Section::Timeline => Key::SectionTimeline,
    };
    text(key, lang)
}

impl SectionVm {
    /// The section's groups from `data`, in `lang`.
    pub fn new(data: &Dataset, section: Section, lang: Lang) -> Self {
        let (groups, figures) = data.figures_in(section);
        let groups = groups
            .iter()
            .zip(figures)
            .map(|(g, figures)| {
                let lines = figures.iter().map(|f| FigureLine::new(f, lang)).collect();
                // The group's own figures, a handful: no lookup in the whole dataset.
                let figure = |m| figures.iter().find(|f| f.measure == m);
                let amount = |m| figure(m).map(|f| f.amount);
                let mut derived = Vec::new();
                let mut part = None;
                if let (Some(a), Some(s)) =
                    (amount(Measure::Attendances), amount(Measure::Sessions))
                {
                    if let Some(d) = ratio(&a, &s) {
                        let per = format_derived(&d, lang, false);
                        derived.push(fill(text(Key::PerSession, lang), &[&per]));
                    }
                }
                if let (Some(r), Some(t)) = (amount(Measure::Reformed), amount(Measure::Received)) {
                    if let Some(d) = percent(&r, &t) {
                        let rate = format_derived(&d, lang, true);
                        let rate = fill(text(Key::ReformRate, lang), &[&rate]);
                        let said = |m| {
                            let f = figure(m)?;
                            Some((
                                format_figure(&f.amount, f.unit, lang),
                                f.label.get(lang).into(),
                            ))
                        };
                        part = Some(Part {
                            fill: (d.value * 10.0).round().clamp(0.0, 1000.0) as u32,
                            part: said(Measure::Reformed).unwrap_or_default(),
                            whole: said(Measure::Received).unwrap_or_default(),
                            rate: rate.clone(),
                        });
                        derived.push(rate);
                    }
                }
                GroupBlock {
                    label: g.label.get(lang).to_string(),
                    lines,
                    derived,
                    part,
                }
            })
            .collect();
        Self {
            title: title(section, lang).to_string(),
            groups,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    fn section(s: Section, lang: Lang) -> SectionVm {
        SectionVm::new(&default_dataset().expect("valid"), s, lang)
    }

    #[test]
    fn outreach_states_each_figure_and_derives_attendance_per_session() {
        let vm = section(Section::Outreach, Lang::Vi);
        let households = &vm.groups[1];
        assert_eq!(households.lines[0].value, "gần 1.000");
        assert_eq!(households.lines[1].value, "trên 25.000");
        assert_eq!(households.derived, vec!["bình quân trên 25 lượt mỗi cuộc"]);
        let residents = &vm.groups[3];
        assert_eq!(residents.derived, vec!["bình quân 38,1 lượt mỗi cuộc"]);
    }

    #[test]
    fn rehabilitation_derives_the_reform_rate() {
        let vm = section(Section::Rehabilitation, Lang::En);
        assert_eq!(
            vm.groups[0].derived,
            vec!["59.7% of the cases received were reformed (computed from the article)"]
        );
        let part = vm.groups[0].part.as_ref().expect("a part of a whole");
        assert_eq!(part.rate, vm.groups[0].derived[0]);
    }

    #[test]
    fn safety_keeps_ranges_percentages_and_the_unstated_unit() {
        let vm = section(Section::Safety, Lang::Vi);
        let values: Vec<_> = vm
            .groups
            .iter()
            .map(|g| g.lines[0].value.as_str())
            .collect();
        assert_eq!(
            values,
            ["từ 95% đến 97%", "94%", "trên 90", "từ 98% đến 100%"]
        );
        // The figure's note, which says more than its annotation; else the annotation.
        let note = vm.groups[2].lines[0].note.as_deref().expect("a note");
        assert!(
            note.starts_with("Bài viết ghi “trên 90 xã, phường”, không ghi đơn vị"),
            "{note}"
        );
        let households = vm.groups[0].lines[0].note.as_deref();
        assert_eq!(households, Some("Mỗi năm một kết quả, trong khoảng này"));
        assert_eq!(vm.groups[1].lines[0].note, None);
    }
}
