//! Parsing and validation of a dataset, with errors that say what is wrong and where (a JSON
//! line/column for syntax and schema errors, a field path such as `figures[3].amount` for
//! semantic ones), so an editor can fix the file.

use std::collections::HashSet;

pub use super::error::{DataError, DataErrors};
use super::model::{Amount, Dataset, Measure, Section, Text, Unit, NOTE_CHARS};
use crate::i18n::parse_date;

/// Parses `json` and checks everything serde cannot: ids, references, ranges, empty texts.
pub fn parse(json: &str) -> Result<Dataset, DataErrors> {
    parse_bytes(json.as_bytes())
}

/// [`parse`] of UTF-8 bytes, as fetched (a byte-order mark, as some editors on Windows save,
/// is skipped). A syntax or schema error stops serde, so it comes alone; the semantic checks
/// go on and report every problem they find.
pub fn parse_bytes(json: &[u8]) -> Result<Dataset, DataErrors> {
    let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
    let mut reader = serde_json::Deserializer::from_slice(json);
    let data: Dataset = serde_path_to_error::deserialize(&mut reader).map_err(DataError::from)?;
    reader.end().map_err(DataError::from)?;
    let data = data.indexed();
    let mut found = DataErrors::new();
    validate(&data, &mut found);
    found.into_result().map(|()| data)
}

fn non_empty(found: &mut DataErrors, path: impl FnOnce() -> String, value: &str) {
    if value.trim().is_empty() {
        found.push(DataError::Empty { path: path() });
    }
}

/// Where a text is: `("figures", Some(3), "label")` is `figures[3].label`. Written out only for
/// an error: a dataset of 10.000 figures would otherwise format a path for each of them.
type At = (&'static str, Option<usize>, &'static str);

/// Both languages of a text must be there: a reader of either must not meet a blank.
fn both_languages(found: &mut DataErrors, (list, i, field): At, text: &Text) {
    let path = |lang: &str| match i {
        Some(i) => format!("{list}[{i}].{field}.{lang}"),
        None => format!("{list}.{field}.{lang}"),
    };
    non_empty(found, || path("vi"), &text.vi);
    non_empty(found, || path("en"), &text.en);
}

fn date(found: &mut DataErrors, path: impl FnOnce() -> String, value: &str) {
    if parse_date(value).is_none() {
        let value = value.to_string();
        found.push(DataError::BadDate {
            path: path(),
            value,
        });
    }
}

/// The largest count a dataset may hold: far above any city's figures, far below where sums of
/// them could overflow.
pub const MAX_COUNT: u64 = 1_000_000_000_000;

fn validate(data: &Dataset, found: &mut DataErrors) {
    non_empty(found, || "article.title".into(), &data.article.title);
    date(found, || "article.date".into(), &data.article.date);
    both_languages(found, ("article", None, "portal"), &data.article.portal);
    // Ids through a hash set: thousands of items are checked in linear time.
    let mut ids = HashSet::with_capacity(data.groups.len());
    for (i, g) in data.groups.iter().enumerate() {
        both_languages(found, ("groups", Some(i), "label"), &g.label);
        if !ids.insert(g.id.as_str()) {
            let (path, id) = (format!("groups[{i}].id"), g.id.clone());
            found.push(DataError::DuplicateId { path, id });
        }
    }
    let mut ids = HashSet::with_capacity(data.figures.len());
    for i in 0..data.figures.len() {
        figure(found, data, i, &mut ids);
    }
    for (i, e) in data.events.iter().enumerate() {
        date(found, || format!("events[{i}].date"), &e.date);
        both_languages(found, ("events", Some(i), "label"), &e.label);
        non_empty(found, || format!("events[{i}].source"), &e.source);
        // Out of order only between two real dates: a bad date is said once, above.
        let dates = (i > 0).then(|| (parse_date(&data.events[i - 1].date), parse_date(&e.date)));
        if matches!(dates, Some((Some(before), Some(this))) if before > this) {
            found.push(DataError::EventOrder {
                path: format!("events[{i}].date"),
            });
        }
    }
    for (i, g) in data.groups.iter().enumerate() {
        if g.section == Section::Forces {
            for (measure, name) in [(Measure::Units, "units"), (Measure::Members, "members")] {
                if data.figure(&g.id, measure).is_none() {
                    let path = format!("groups[{i}]");
                    found.push(DataError::Missing {
                        path,
                        measure: name,
                    });
                }
            }
        }
    }
}

/// An annotation is there in both languages, and one short line in each.
fn annotation(found: &mut DataErrors, i: usize, text: &Option<Text>) {
    let Some(text) = text else { return };
    both_languages(found, ("figures", Some(i), "annotation"), text);
    for (lang, text) in [("vi", &text.vi), ("en", &text.en)] {
        if text.chars().count() > NOTE_CHARS {
            let path = format!("figures[{i}].annotation.{lang}");
            found.push(DataError::TooLong {
                path,
                max: NOTE_CHARS,
            });
        }
    }
}

/// The checks of figure `i`.
fn figure<'a>(found: &mut DataErrors, data: &'a Dataset, i: usize, ids: &mut HashSet<&'a str>) {
    let f = &data.figures[i];
    if !ids.insert(f.id.as_str()) {
        let (path, id) = (format!("figures[{i}].id"), f.id.clone());
        found.push(DataError::DuplicateId { path, id });
    }
    if data.group_of.get(i).copied().flatten().is_none() {
        let (path, group) = (format!("figures[{i}].group"), f.group.clone());
        found.push(DataError::UnknownGroup { path, group });
    }
    non_empty(found, || format!("figures[{i}].source"), &f.source);
    both_languages(found, ("figures", Some(i), "label"), &f.label);
    if let Some(note) = &f.note {
        both_languages(found, ("figures", Some(i), "note"), note);
    }
    annotation(found, i, &f.annotation);
    let path = || format!("figures[{i}].amount");
    if let Amount::Range { from, to } = f.amount {
        if to < from {
            found.push(DataError::BadRange {
                path: path(),
                from,
                to,
            });
        }
    }
    let largest = f.amount.magnitude();
    if largest > MAX_COUNT {
        found.push(DataError::TooLarge {
            path: path(),
            value: largest,
        });
    } else if f.unit == Unit::Percent && largest > 100 {
        found.push(DataError::PercentOver100 {
            path: path(),
            value: largest,
        });
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
