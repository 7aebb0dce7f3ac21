//! The timeline: the article's dated events in order, dates formatted for the reader.

use crate::data::Dataset;
use crate::i18n::{format_date, Lang};

/// One entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub iso: String,
    /// The date as the reader writes it.
    pub date: String,
    /// What happened.
    pub label: String,
}

/// The events, oldest first (validation guarantees the dataset lists them in that order).
pub fn timeline(data: &Dataset, lang: Lang) -> Vec<Entry> {
    data.events
        .iter()
        .map(|e| Entry {
            iso: e.date.clone(),
            date: format_date(&e.date, lang).unwrap_or_else(|| e.date.clone()),
            label: e.label.get(lang).to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn events_in_order_with_local_dates() {
        let data = default_dataset().expect("valid");
        let vi = timeline(&data, Lang::Vi);
        let dates: Vec<_> = vi.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["01/12/2011", "28/12/2012", "29/05/2017"]);
        assert!(vi[0].label.contains("Chỉ thị 09-CT/TW"));
        assert_eq!(timeline(&data, Lang::En)[1].date, "28 December 2012");
    }
}
