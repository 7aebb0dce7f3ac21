//! The timeline: the article's dated events in order, each placed on a proportional time axis
//! (in hundredths of a per cent of the axis, so that 01/12/2011 → 28/12/2012 → 29/05/2017 keep
//! their real gaps), with year ticks and the span the article states ("05 năm").

use crate::data::{Dataset, Section};
use crate::i18n::{format_date, parse_date, Lang};
use crate::view::FigureLine;

/// One event.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub iso: String,
    /// The date as the reader writes it.
    pub date: String,
    /// What happened.
    pub label: String,
    /// The article's sentence that dates it.
    pub source: String,
    /// Where on the axis, `0..=10000`.
    pub at: u32,
}

/// The timeline of a dataset.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TimelineVm {
    /// The events, oldest first (validation guarantees the dataset lists them so).
    pub entries: Vec<Entry>,
    /// Each 1 January between the first and the last event: the year and where it falls.
    pub years: Vec<(u32, u32)>,
    /// The durations the article states (`05` `năm triển khai thực hiện`), drawn as a span from
    /// the first event to the last, each with its note (or annotation).
    pub spans: Vec<FigureLine>,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn day_number((y, m, d): (u32, u32, u32)) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The dataset's events on a proportional axis, in `lang`.
pub fn timeline(data: &Dataset, lang: Lang) -> TimelineVm {
    let days: Vec<i64> = data
        .events
        .iter()
        .map(|e| parse_date(&e.date).map_or(0, day_number))
        .collect();
    let (first, last) = (days.first().copied(), days.last().copied());
    let (first, last) = (first.unwrap_or(0), last.unwrap_or(0));
    let length = (last - first).max(1);
    let at = |day: i64| ((day - first).clamp(0, length) * 10_000 / length) as u32;
    let entries = data
        .events
        .iter()
        .zip(&days)
        .map(|(e, &day)| Entry {
            iso: e.date.clone(),
            date: format_date(&e.date, lang).unwrap_or_else(|| e.date.clone()),
            label: e.label.get(lang).to_string(),
            source: e.source.clone(),
            at: at(day),
        })
        .collect();
    let year = |day: &i64| {
        let iso = data.events.iter().zip(&days).find(|(_, d)| *d == day);
        iso.and_then(|(e, _)| parse_date(&e.date))
            .map_or(1970, |d| d.0)
    };
    let years = (year(&first) + 1..=year(&last))
        .map(|y| (y, at(day_number((y, 1, 1)))))
        .collect();
    let groups: Vec<&str> = data
        .groups_in(Section::Timeline)
        .map(|g| g.id.as_str())
        .collect();
    let spans = data
        .figures
        .iter()
        .filter(|f| groups.contains(&f.group.as_str()))
        .map(|f| FigureLine::new(f, lang))
        .collect();
    TimelineVm {
        entries,
        years,
        spans,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn days_count_from_1970() {
        assert_eq!(day_number((1970, 1, 1)), 0);
        assert_eq!(day_number((2000, 3, 1)), 11_017);
        assert_eq!(day_number((2017, 5, 29)) - day_number((2011, 12, 1)), 2006);
    }

    #[test]
    fn events_in_order_with_local_dates_on_a_proportional_axis() {
        let data = default_dataset().expect("valid");
        let vi = timeline(&data, Lang::Vi);
        let dates: Vec<_> = vi.entries.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["01/12/2011", "28/12/2012", "29/05/2017"]);
        assert!(vi.entries[0].label.contains("Chỉ thị 09-CT/TW"));
        assert!(vi.entries[1].source.contains("Chương trình số 20-CTr/TU"));
        // 01/12/2011 → 28/12/2012 is 393 days of the 2006: 19,59% of the axis.
        let at: Vec<_> = vi.entries.iter().map(|e| e.at).collect();
        assert_eq!(at, [0, 1959, 10_000]);
        let years: Vec<_> = vi.years.iter().map(|y| y.0).collect();
        assert_eq!(years, [2012, 2013, 2014, 2015, 2016, 2017]);
        assert_eq!(
            vi.years[0].1,
            31 * 10_000 / 2006,
            "1 January 2012 is 31 days in"
        );
        let span = &vi.spans[0];
        assert_eq!(
            (span.value.as_str(), span.label.as_str()),
            ("5", "năm triển khai thực hiện")
        );
        assert_eq!(
            timeline(&data, Lang::En).entries[1].date,
            "28 December 2012"
        );
        // The annotation of the duration, drawn with its span.
        assert_eq!(
            span.note.as_deref(),
            Some("Từ Chỉ thị đến sơ kết: gần 5 năm 6 tháng")
        );
    }

    #[test]
    fn days_run_on_across_the_end_of_february_in_leap_and_common_years() {
        assert_eq!(day_number((1970, 1, 1)), 0);
        for year in [2000, 2012, 2017] {
            let last = if year == 2017 { 28 } else { 29 };
            let feb = day_number((year, 2, last));
            assert_eq!(day_number((year, 3, 1)) - feb, 1, "{year}");
            assert_eq!(feb - day_number((year, 1, 31)), i64::from(last), "{year}");
        }
    }
}
