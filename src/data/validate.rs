//! Parsing and validation of a dataset, with errors that say what is wrong and where (a JSON
//! line/column for syntax and schema errors, a field path such as `figures[3].amount` for
//! semantic ones), so an editor can fix the file.

use std::collections::HashSet;

use super::model::{Amount, Dataset, Measure, Section};

/// Why a dataset cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DataError {
    /// Not JSON, or not the schema (wrong type, unknown field, negative count …).
    #[error("JSON, line {line}, column {column}: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde found.
        message: String,
    },
    /// A text that must be there is empty.
    #[error("{path}: empty text")]
    Empty {
        /// Where.
        path: String,
    },
    /// Two groups or two figures share an id.
    #[error("{path}: duplicate id \"{id}\"")]
    DuplicateId {
        /// Where.
        path: String,
        /// The repeated id.
        id: String,
    },
    /// A figure names a group that does not exist.
    #[error("{path}: unknown group \"{group}\"")]
    UnknownGroup {
        /// Where.
        path: String,
        /// The missing id.
        group: String,
    },
    /// A range whose upper end is below its lower end.
    #[error("{path}: range {from}–{to} ends below its start")]
    BadRange {
        /// Where.
        path: String,
        /// Lower end.
        from: u64,
        /// Upper end.
        to: u64,
    },
    /// A group lacks a figure its chart needs.
    #[error("{path}: no {measure} figure")]
    Missing {
        /// Where.
        path: String,
        /// The missing measure.
        measure: &'static str,
    },
}

/// Parses `json` and checks everything serde cannot: ids, references, ranges, empty texts.
pub fn parse(json: &str) -> Result<Dataset, DataError> {
    let data: Dataset = serde_json::from_str(json).map_err(|e| DataError::Json {
        line: e.line(),
        column: e.column(),
        message: message_without_position(&e),
    })?;
    validate(&data)?;
    Ok(data)
}

fn message_without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(at) => full[..at].to_string(),
        None => full,
    }
}

fn non_empty(path: impl FnOnce() -> String, value: &str) -> Result<(), DataError> {
    if value.trim().is_empty() {
        return Err(DataError::Empty { path: path() });
    }
    Ok(())
}

fn validate(data: &Dataset) -> Result<(), DataError> {
    non_empty(|| "article.title".into(), &data.article.title)?;
    let mut ids = HashSet::new();
    for (i, g) in data.groups.iter().enumerate() {
        non_empty(|| format!("groups[{i}].label.vi"), &g.label.vi)?;
        non_empty(|| format!("groups[{i}].label.en"), &g.label.en)?;
        if !ids.insert(g.id.as_str()) {
            let (path, id) = (format!("groups[{i}].id"), g.id.clone());
            return Err(DataError::DuplicateId { path, id });
        }
    }
    let mut figure_ids = HashSet::new();
    for (i, f) in data.figures.iter().enumerate() {
        if !figure_ids.insert(f.id.as_str()) {
            let (path, id) = (format!("figures[{i}].id"), f.id.clone());
            return Err(DataError::DuplicateId { path, id });
        }
        if !ids.contains(f.group.as_str()) {
            let (path, group) = (format!("figures[{i}].group"), f.group.clone());
            return Err(DataError::UnknownGroup { path, group });
        }
        non_empty(|| format!("figures[{i}].source"), &f.source)?;
        if let Amount::Range { from, to } = f.amount {
            if to < from {
                let path = format!("figures[{i}].amount");
                return Err(DataError::BadRange { path, from, to });
            }
        }
    }
    for (i, g) in data.groups.iter().enumerate() {
        if g.section == Section::Forces {
            for (measure, name) in [(Measure::Units, "units"), (Measure::Members, "members")] {
                if data.figure(&g.id, measure).is_none() {
                    let path = format!("groups[{i}]");
                    return Err(DataError::Missing { path, measure: name });
                }
            }
        }
    }
    Ok(())
}
