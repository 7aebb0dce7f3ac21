//! A bar chart's rows and bars: what each number says as text, drawn as a solid bar to a
//! range's lower end and a lighter extension to its upper end, or written without a bar when
//! the article states no unit; and the note drawn beside it.

use super::amounts::format_figure;
use crate::data::{Amount, Figure, Unit};
use crate::i18n::{Key, Lang};

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartBar {
    /// The solid part ends here (a range's lower end).
    pub low: u64,
    /// The bar ends here (a range's upper end; `low` otherwise).
    pub high: u64,
    /// The figure as stated: `trên 200`, `từ 95% đến 97%`.
    pub text: String,
    /// What the chart writes at the bar's end: `text`, followed in a chart of two series by
    /// what the figure counts (`817 tổ`, `1.157 thành viên`), so no series is told by colour
    /// alone.
    pub label: String,
    /// False when the unit is not stated: no bar, only the text.
    pub drawn: bool,
    /// A short note drawn beside the bar, with a leader line (its figure's `annotation`).
    pub note: Option<String>,
}

impl ChartBar {
    /// The bar for `amount` read as `unit`.
    pub fn new(amount: &Amount, unit: Unit, lang: Lang) -> Self {
        let (low, high) = match *amount {
            Amount::Range { from, to } => (from, to),
            _ => (amount.magnitude(), amount.magnitude()),
        };
        let mut text = format_figure(amount, unit, lang);
        if unit == Unit::Unstated {
            text = format!("{text} ({})", crate::i18n::text(Key::UnitUnstated, lang));
        }
        Self {
            low,
            high,
            label: text.clone(),
            text,
            drawn: unit != Unit::Unstated,
            note: None,
        }
    }

    /// The bar of figure `f`, with its annotation.
    pub fn of(f: &Figure, lang: Lang) -> Self {
        Self {
            note: annotation(f, lang),
            ..Self::new(&f.amount, f.unit, lang)
        }
    }
}

/// One row: a label above its bars (one per series).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    /// What the row is.
    pub label: String,
    /// One bar per series.
    pub bars: Vec<ChartBar>,
}

/// The annotation of figure `f` in `lang`.
pub fn annotation(f: &Figure, lang: Lang) -> Option<String> {
    f.annotation.as_ref().map(|a| a.get(lang).to_string())
}
