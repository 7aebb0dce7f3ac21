//! Why a dataset cannot be used, said to the editor in the widget's language: what is wrong and
//! where (a JSON line/column, or a field path such as `figures[3].amount`). The wording lives in
//! the i18n catalogue; `Display` gives the English text (logs, the `bl-infographic:error` event).

use std::fmt;

use crate::i18n::{fill, text, Key, Lang};

/// Why a dataset cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Not JSON, or not the schema (wrong type, unknown field, negative count …).
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde found.
        message: String,
    },
    /// A text that must be there is empty.
    Empty {
        /// Where.
        path: String,
    },
    /// Two groups or two figures share an id.
    DuplicateId {
        /// Where.
        path: String,
        /// The repeated id.
        id: String,
    },
    /// A figure names a group that does not exist.
    UnknownGroup {
        /// Where.
        path: String,
        /// The missing id.
        group: String,
    },
    /// A range whose upper end is below its lower end.
    BadRange {
        /// Where.
        path: String,
        /// Lower end.
        from: u64,
        /// Upper end.
        to: u64,
    },
    /// A percentage above 100.
    PercentOver100 {
        /// Where.
        path: String,
        /// The value found.
        value: u64,
    },
    /// A count above the sane bound (10^12).
    TooLarge {
        /// Where.
        path: String,
        /// The value found.
        value: u64,
    },
    /// A date that is not `YYYY-MM-DD`.
    BadDate {
        /// Where.
        path: String,
        /// The value found.
        value: String,
    },
    /// An event dated before the one listed above it.
    EventOrder {
        /// Where.
        path: String,
    },
    /// A group lacks a figure its chart needs.
    Missing {
        /// Where.
        path: String,
        /// The missing measure.
        measure: &'static str,
    },
}

impl DataError {
    /// The message in `lang`. serde's own words for a JSON or schema error stay in English.
    pub fn describe(&self, lang: Lang) -> String {
        let t = |key| text(key, lang);
        match self {
            Self::Json {
                line,
                column,
                message,
            } => fill(
                t(Key::ErrJson),
                &[&line.to_string(), &column.to_string(), message],
            ),
            Self::Empty { path } => fill(t(Key::ErrEmpty), &[path]),
            Self::DuplicateId { path, id } => fill(t(Key::ErrDuplicateId), &[path, id]),
            Self::UnknownGroup { path, group } => fill(t(Key::ErrUnknownGroup), &[path, group]),
            Self::BadRange { path, from, to } => fill(
                t(Key::ErrBadRange),
                &[path, &from.to_string(), &to.to_string()],
            ),
            Self::PercentOver100 { path, value } => {
                fill(t(Key::ErrPercentOver100), &[path, &value.to_string()])
            }
            Self::TooLarge { path, value } => {
                fill(t(Key::ErrTooLarge), &[path, &value.to_string()])
            }
            Self::BadDate { path, value } => fill(t(Key::ErrBadDate), &[path, value]),
            Self::EventOrder { path } => fill(t(Key::ErrEventOrder), &[path]),
            Self::Missing { path, measure } => fill(t(Key::ErrMissing), &[path, measure]),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for DataError {}

/// A syntax or schema error: its place, and serde's own words without the place they end with.
impl From<serde_json::Error> for DataError {
    fn from(e: serde_json::Error) -> Self {
        let (line, column) = (e.line(), e.column());
        let text = e.to_string();
        let place = format!(" at line {line} column {column}");
        let message = text.strip_suffix(&place).unwrap_or(&text).to_string();
        Self::Json {
            line,
            column,
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_reads_the_problem_in_the_widget_language() {
        let over = DataError::PercentOver100 {
            path: "figures[23].amount".into(),
            value: 140,
        };
        assert_eq!(
            over.describe(Lang::Vi),
            "figures[23].amount: 140% vượt quá 100%"
        );
        assert_eq!(over.to_string(), "figures[23].amount: 140% is over 100%");
        let range = DataError::BadRange {
            path: "figures[1].amount".into(),
            from: 97,
            to: 95,
        };
        assert_eq!(
            range.describe(Lang::Vi),
            "figures[1].amount: khoảng 97–95 có số cuối nhỏ hơn số đầu"
        );
        let json = DataError::Json {
            line: 3,
            column: 7,
            message: "expected value".into(),
        };
        assert_eq!(
            json.describe(Lang::Vi),
            "JSON, dòng 3, cột 7: expected value"
        );
        assert_eq!(json.to_string(), "JSON, line 3, column 7: expected value");
    }
}
