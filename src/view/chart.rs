//! The view model every bar chart draws from: its title, series and rows (each row's bars, with
//! their text and notes, in `chart_bar.rs`), how it is described to a screen reader and in its
//! tooltip, and the article's charts read from a dataset.

use super::chart_bar::{ChartBar, ChartRow};
use crate::data::{Dataset, Measure, Section, Unit};
use crate::i18n::{fill, format_int, format_tenths, text, Key, Lang};

/// A bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartVm {
    /// Which chart: `forces`, `outreach`, `sessions`, `materials`, `safety` (in the names of
    /// its files, [`ChartVm::picture_file`] and [`ChartVm::plot_file`]).
    pub id: &'static str,
    /// Language of every string here.
    pub lang: Lang,
    /// Title.
    pub title: String,
    /// One line under the title (none if empty).
    pub subtitle: String,
    /// Series names, one per bar of a row.
    pub series: Vec<String>,
    /// The rows, in the article's order.
    pub rows: Vec<ChartRow>,
    /// A 0–100 % axis rather than one fitted to the data.
    pub percent: bool,
    /// The bars' numbers are tenths (a computed figure such as 18,1): the axis says so.
    pub tenths: bool,
    /// Rows of the data not drawn (see [`ChartVm::capped`]); they are all in the data table.
    pub hidden: usize,
}

/// The most rows a chart draws. The article's charts have 2 to 6; a `data-src` dataset may have
/// thousands, which no reader scrolls through as bars (and which would make a canvas taller
/// than browsers paint): the chart shows the first rows and says how many it leaves to the
/// table.
pub const MAX_ROWS: usize = 30;

/// How many rows a chart's description names.
pub const DESCRIBED_ROWS: usize = 8;

impl ChartVm {
    /// The chart with at most [`MAX_ROWS`] rows, counting those left out in `hidden` (with any
    /// its builder left out already).
    pub fn capped(mut self) -> Self {
        self.hidden += self.rows.len().saturating_sub(MAX_ROWS);
        self.rows.truncate(MAX_ROWS);
        self
    }

    /// The file of the chart's picture to download, with its title and credit, as `kind`
    /// (`svg`, or `png` at twice its size); the build writes both beside the widget's files.
    pub fn picture_file(&self, kind: &str) -> String {
        format!("chart-{}-{}.{kind}", self.id, self.lang.tag())
    }

    /// The file of the prerendered page's plot, the canvas's stand-in (the build writes it
    /// beside the widget's files).
    pub fn plot_file(&self) -> String {
        format!("plot-{}-{}.svg", self.id, self.lang.tag())
    }

    /// The note under a chart that leaves rows to the table: how many it shows, and leaves.
    pub fn hidden_note(&self) -> Option<String> {
        (self.hidden > 0).then(|| {
            let shown = format_int(self.rows.len() as u64, self.lang);
            let hidden = format_int(self.hidden as u64, self.lang);
            fill(text(Key::RowsHidden, self.lang), &[&shown, &hidden])
        })
    }

    /// The tooltip's line for bar `series` of row `row`: "Thành viên: trên 200", and its note
    /// after a dash if it has one.
    pub fn bar_line(&self, row: usize, series: usize) -> Option<String> {
        let bar = self.rows.get(row)?.bars.get(series)?;
        let mut line = format!("{}: {}", self.series.get(series)?, bar.text);
        if let Some(note) = &bar.note {
            line += " — ";
            line += note;
        }
        Some(line)
    }

    /// What a screen reader hears of the chart, from what it shows: its title, its series, the
    /// names of its rows (the first [`DESCRIBED_ROWS`], then how many more) and its
    /// annotations, each after its row's name.
    pub fn canvas_label(&self) -> String {
        let and = format!(" {} ", text(Key::And, self.lang));
        let series = self.series.join(&and);
        let mut rows: Vec<&str> = self
            .rows
            .iter()
            .take(DESCRIBED_ROWS)
            .map(|r| r.label.as_str())
            .collect();
        let more = self.rows.len().saturating_sub(DESCRIBED_ROWS) + self.hidden;
        let more = (more > 0).then(|| {
            fill(
                text(Key::AndMore, self.lang),
                &[&format_int(more as u64, self.lang)],
            )
        });
        rows.extend(more.as_deref());
        let template = text(Key::ChartDescription, self.lang);
        let described = fill(template, &[&self.title, &series, &rows.join("; ")]);
        // Then each annotation, after the name of its row.
        let mut described = described;
        // ("Xã, phường: Không rõ …." after the rows' names.)
        for row in &self.rows {
            for note in row.bars.iter().filter_map(|b| b.note.as_ref()) {
                for part in [" ", &row.label, ": ", note, "."] {
                    described += part;
                }
            }
        }
        described
    }

    /// The label of the axis tick at `value` (in the chart's units: tenths if [`Self::tenths`]),
    /// as the reader reads numbers: `1.000`, `2,5`, `50%`.
    pub fn tick_label(&self, value: f64) -> String {
        let number = match self.tenths {
            true => format_tenths(value as i64, self.lang),
            false => format_int(value as u64, self.lang),
        };
        match self.percent {
            true => number + "%",
            false => number,
        }
    }

    /// What the legend says of the lighter part of ranges, if any bar is a range.
    pub fn range_legend(&self) -> Option<&'static str> {
        self.has_range().then(|| text(Key::RangeLegend, self.lang))
    }

    /// Whether any bar is a range (the legend then explains the lighter part).
    pub fn has_range(&self) -> bool {
        self.rows
            .iter()
            .flat_map(|r| &r.bars)
            .any(|b| b.drawn && b.high > b.low)
    }
}

impl ChartVm {
    /// One bar per group of `section` that has a `measure` figure; `keys` are the catalogue
    /// keys of the title, subtitle and series name.
    fn one_series(
        data: &Dataset,
        lang: Lang,
        section: Section,
        measure: Measure,
        (id, keys): (&'static str, [Key; 3]),
    ) -> Self {
        let figures: Vec<_> = data
            .groups_in(section)
            .filter_map(|g| Some((g, data.figure(&g.id, measure)?)))
            .collect();
        // Only the rows drawn are formatted: a `data-src` dataset may have thousands.
        let rows = figures
            .iter()
            .take(MAX_ROWS)
            .map(|(g, f)| ChartRow {
                label: g.label.get(lang).to_string(),
                bars: vec![ChartBar::of(f, lang)],
            })
            .collect();
        let [title, subtitle, series] = keys.map(|k| text(k, lang).to_string());
        Self {
            id,
            lang,
            title,
            subtitle,
            series: vec![series],
            rows,
            // Percentages get a 0–100 % axis (figures without a unit are not drawn on it).
            percent: figures.iter().any(|(_, f)| f.unit == Unit::Percent),
            tenths: false,
            hidden: figures.len().saturating_sub(MAX_ROWS),
        }
    }

    /// The outreach chart: attendance by audience, as stated ("over" figures drawn to their
    /// stated minimum, and labelled so).
    pub fn outreach(data: &Dataset, lang: Lang) -> Self {
        let keys = [
            Key::OutreachChartTitle,
            Key::OutreachChartSubtitle,
            Key::Attendances,
        ];
        Self::one_series(
            data,
            lang,
            Section::Outreach,
            Measure::Attendances,
            ("outreach", keys),
        )
    }

    /// The sessions chart: sessions by audience, on a scale of their own (beside attendance on
    /// one scale, 2.669 sessions would be a sliver next to 101.662 attendances).
    pub fn sessions(data: &Dataset, lang: Lang) -> Self {
        let keys = [
            Key::SessionsChartTitle,
            Key::SessionsChartSubtitle,
            Key::Sessions,
        ];
        Self::one_series(
            data,
            lang,
            Section::Outreach,
            Measure::Sessions,
            ("sessions", keys),
        )
    }

    /// The billboards and banners chart: one row per figure of the groups that count them.
    pub fn materials(data: &Dataset, lang: Lang) -> Self {
        let rows: Vec<ChartRow> = data
            .figures
            .iter()
            .filter(|f| matches!(f.measure, Measure::Panels | Measure::Slogans))
            .map(|f| ChartRow {
                label: capitalised(f.label.get(lang)),
                bars: vec![ChartBar::of(f, lang)],
            })
            .collect();
        Self {
            id: "materials",
            lang,
            title: text(Key::MaterialsChartTitle, lang).into(),
            subtitle: String::new(),
            series: vec![text(Key::Figure, lang).into()],
            rows,
            percent: false,
            tenths: false,
            hidden: 0,
        }
    }

    /// The safety chart: the share of each kind of place certified safe, as stated.
    pub fn safety(data: &Dataset, lang: Lang) -> Self {
        let keys = [
            Key::SafetyChartTitle,
            Key::SafetyChartSubtitle,
            Key::Certified,
        ];
        Self::one_series(
            data,
            lang,
            Section::Safety,
            Measure::Certified,
            ("safety", keys),
        )
    }
}

/// `pano` → `Pano`: a figure's label (a phrase after its number) as a row name. ASCII only:
/// Unicode's case tables would cost the module 14 KB, and a label starting with another letter
/// stays as written.
pub(super) fn capitalised(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

#[cfg(test)]
#[path = "chart_tests.rs"]
mod tests;
