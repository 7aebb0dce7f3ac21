//! View model of the forces chart: per kind of team, its units and members as numbers (for the
//! bars) and as formatted text with the article's qualifier (for labels, tooltips and the table).

use super::amounts::format_amount;
use super::rounding::{format_derived, tenths};
use crate::data::{Amount, Dataset, Measure, Section, Unit};
use crate::i18n::{text, Key, Lang};
use crate::view::chart::{ChartVm, MAX_ROWS};
use crate::view::chart_bar::{annotation, ChartBar, ChartRow};
use crate::view::derived::{ratio, total, Derived};

fn derived_text(d: Option<Derived>, lang: Lang) -> String {
    d.map(|d| format_derived(&d, lang, false))
        .unwrap_or_default()
}

/// One kind of team.
#[derive(Clone, Debug, PartialEq)]
pub struct ForcesRow {
    /// Short name of the kind of team.
    pub label: String,
    /// How many units, as stated.
    pub units: Amount,
    /// How many members, as stated.
    pub members: Amount,
    /// What the units and the members are called, in the article's words (`tổ`, `thành viên`).
    pub names: [String; 2],
    /// The annotations of the units and of the members, drawn beside their bars.
    pub notes: [Option<String>; 2],
}

/// Everything the forces chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ForcesVm {
    /// The language of every string here.
    pub lang: Lang,
    /// Chart title.
    pub title: String,
    /// One line under the title.
    pub subtitle: String,
    /// Series names: units, then members.
    pub series: [String; 2],
    /// The kinds of team, in the article's order.
    pub rows: Vec<ForcesRow>,
    /// Totals of units and members, computed (`1.275`, `trên 1.988`); empty if undefined.
    pub totals: [String; 2],
    /// The table's heading of the members per unit, marked as computed (`*`).
    pub per_unit_heading: String,
    /// The table's heading of the totals row, marked as computed.
    pub total_heading: String,
}

impl ForcesVm {
    /// Builds the view model from a validated dataset (which guarantees both figures exist;
    /// a group missing one is skipped rather than drawn wrong).
    pub fn new(data: &Dataset, lang: Lang) -> Self {
        let rows = data
            .groups_in(Section::Forces)
            .filter_map(|g| {
                let (u, m) = (
                    data.figure(&g.id, Measure::Units)?,
                    data.figure(&g.id, Measure::Members)?,
                );
                let (units, members) = (u.amount, m.amount);
                Some(ForcesRow {
                    label: g.label.get(lang).to_string(),
                    units,
                    members,
                    names: [u, m].map(|f| f.label.get(lang).to_string()),
                    notes: [u, m].map(|f| annotation(f, lang)),
                })
            })
            .collect::<Vec<_>>();
        let totals = [
            derived_text(total(rows.iter().map(|r| &r.units)), lang),
            derived_text(total(rows.iter().map(|r| &r.members)), lang),
        ];
        Self {
            lang,
            title: text(Key::ForcesTitle, lang).to_string(),
            subtitle: text(Key::ForcesSubtitle, lang).to_string(),
            per_unit_heading: format!("{}*", text(Key::MembersPerUnit, lang)),
            series: [
                text(Key::Units, lang).to_string(),
                text(Key::Members, lang).to_string(),
            ],
            rows,
            totals,
            total_heading: format!("{}*", text(Key::Total, lang)),
        }
    }

    /// Row `r`'s figures as the table shows them: units and members with their qualifiers
    /// (`11`, `trên 200`), and the members per unit, computed (`trên 18,1`: over 200 / 11,
    /// rounded down), empty if the qualifiers allow no figure. Written when asked for: the
    /// table of a big dataset is written only once opened, and a chart draws 30 rows.
    pub fn texts(&self, r: &ForcesRow) -> [String; 3] {
        [
            format_amount(&r.units, self.lang),
            format_amount(&r.members, self.lang),
            derived_text(ratio(&r.members, &r.units), self.lang),
        ]
    }

    /// The rows a chart draws: only these are formatted for it.
    fn drawn(&self) -> impl Iterator<Item = &ForcesRow> {
        self.rows.iter().take(MAX_ROWS)
    }

    /// How many rows a chart leaves to the table.
    fn undrawn(&self) -> usize {
        self.rows.len().saturating_sub(MAX_ROWS)
    }

    /// The chart of these rows: units and members per kind of team, both on one linear scale
    /// from zero. The figures run from 7 to 1.157, and a linear scale is the one on which a
    /// bar's length is its number: 817 units read as 70% of 1.157 members, as they are. A log
    /// scale would fit 7 and 1.157 more evenly but make 7 look like a third of 1.157, and the
    /// two series would no longer compare by length. The short bars stay readable because each
    /// bar is labelled with its figure at its end, as the article states it, and the tooltip and
    /// the data table carry the same; the members per unit, which the scale cannot show, are a
    /// chart of their own. Each label names what it counts (`817 tổ`, `1.157 thành viên`), so
    /// telling the two series apart never rests on their colours.
    pub fn chart(&self) -> ChartVm {
        let rows = self
            .drawn()
            .map(|r| ChartRow {
                label: r.label.clone(),
                bars: [&r.units, &r.members]
                    .iter()
                    .zip(&r.names)
                    .zip(&r.notes)
                    .map(|((amount, name), note)| {
                        let bar = ChartBar::new(amount, Unit::Count, self.lang);
                        ChartBar {
                            label: format!("{} {name}", bar.text),
                            note: note.clone(),
                            ..bar
                        }
                    })
                    .collect(),
            })
            .collect();
        ChartVm {
            id: "forces",
            lang: self.lang,
            title: self.title.clone(),
            subtitle: self.subtitle.clone(),
            series: self.series.to_vec(),
            rows,
            percent: false,
            tenths: false,
            hidden: self.undrawn(),
        }
    }

    /// The members per unit of each kind of team, computed, as a chart of its own: the view the
    /// chart of units and members cannot give on its scale. Bars are in tenths, to the figure
    /// as rounded by the rule (`trên 18,1` is drawn to 18,1); a row whose qualifiers allow no
    /// figure has no bar and no text (the table says the same).
    pub fn per_unit_chart(&self) -> ChartVm {
        let rows = self
            .drawn()
            .map(|r| {
                let d = ratio(&r.members, &r.units);
                let t = d.as_ref().map_or(0, tenths);
                let text = match &d {
                    Some(d) => format_derived(d, self.lang, false),
                    None => "—".to_string(),
                };
                ChartRow {
                    label: r.label.clone(),
                    bars: vec![ChartBar {
                        low: t,
                        high: t,
                        label: text.clone(),
                        text,
                        note: None,
                        drawn: d.is_some(),
                    }],
                }
            })
            .collect();
        ChartVm {
            id: "per-unit",
            lang: self.lang,
            title: text(Key::PerUnitChartTitle, self.lang).to_string(),
            subtitle: text(Key::Derived, self.lang).to_string(),
            series: vec![text(Key::MembersPerUnit, self.lang).to_string()],
            rows,
            percent: false,
            tenths: true,
            hidden: self.undrawn(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn rows_follow_the_article_with_qualifiers() {
        let data = default_dataset().expect("the compiled-in dataset is valid");
        let vm = ForcesVm::new(&data, Lang::Vi);
        assert_eq!(vm.rows.len(), 6);
        assert_eq!(vm.rows[0].label, "Ban chỉ đạo 138");
        let texts = |vm: &ForcesVm, i: usize| vm.texts(&vm.rows[i]);
        assert_eq!(texts(&vm, 0)[..2], ["11", "trên 200"]);
        assert_eq!(texts(&vm, 2)[1], "1.157");
        let chart = vm.chart();
        assert_eq!(chart.rows[2].bars[1].high, 1157);
        assert_eq!(chart.rows[0].bars[1].text, "trên 200");
        assert_eq!(chart.rows[0].bars[1].label, "trên 200 thành viên");
        assert_eq!(chart.rows[2].bars[0].label, "817 tổ");
        assert_eq!(texts(&vm, 0)[2], "trên 18,1");
        assert_eq!(texts(&vm, 2)[2], "1,4");
        assert_eq!(vm.totals, ["1.275".to_string(), "trên 1.988".to_string()]);
        let en = ForcesVm::new(&data, Lang::En);
        assert_eq!(texts(&en, 0)[1], "over 200");
        assert_eq!(texts(&en, 2)[1], "1,157");
    }

    #[test]
    fn charts_format_only_the_rows_they_draw_and_count_the_rest() {
        let mut data = default_dataset().expect("valid");
        let first = data.groups_in(Section::Forces).count();
        let template = data.figures[0].clone();
        let group = data.groups[0].clone();
        for i in 0..100 {
            let id = format!("extra{i}");
            data.groups.push(crate::data::Group {
                id: id.clone(),
                section: Section::Forces,
                ..group.clone()
            });
            for measure in [Measure::Units, Measure::Members] {
                data.figures.push(crate::data::Figure {
                    id: format!("{id}.{}", measure.key()),
                    group: id.clone(),
                    measure,
                    ..template.clone()
                });
            }
        }
        let data = data.indexed();
        let vm = ForcesVm::new(&data, Lang::Vi);
        assert_eq!(vm.rows.len(), first + 100, "the table keeps every row");
        for chart in [vm.chart(), vm.per_unit_chart()] {
            assert_eq!(chart.rows.len(), MAX_ROWS);
            assert_eq!(chart.hidden, first + 100 - MAX_ROWS);
            let capped = chart.capped();
            assert_eq!(
                (capped.rows.len(), capped.hidden),
                (MAX_ROWS, first + 100 - MAX_ROWS)
            );
        }
    }
}
