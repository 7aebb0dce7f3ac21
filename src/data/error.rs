//! Why a dataset cannot be used, said to the editor in the widget's language: what is wrong and
//! where (a JSON line/column, a field path such as `figures[3].amount`, or both). Every problem
//! found is listed, up to [`LISTED`], so an editor fixes a dataset in one pass. The wording lives
//! in the i18n catalogue; `Display` gives the English text (logs, the events' details).

use std::fmt;

use crate::i18n::{fill, text, Key, Lang};

/// Why a dataset cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Not JSON: a syntax error, or the file ends too soon.
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde found.
        message: String,
    },
    /// JSON, but not the schema (wrong type, unknown or missing field, negative count …).
    Schema {
        /// Where, as a field path (`figures[12].amount.value`; `.` for the whole file).
        path: String,
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
    /// An annotation longer than one line beside a bar.
    TooLong {
        /// Where.
        path: String,
        /// The most characters allowed.
        max: usize,
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
            Self::Schema {
                path,
                line,
                column,
                message,
            } => fill(
                t(Key::ErrSchema),
                &[path, &line.to_string(), &column.to_string(), message],
            ),
            Self::Empty { path } => fill(t(Key::ErrEmpty), &[path]),
            Self::DuplicateId { path, id } => fill(t(Key::ErrDuplicateId), &[path, id]),
            Self::UnknownGroup { path, group } => fill(t(Key::ErrUnknownGroup), &[path, group]),
            Self::TooLong { path, max } => fill(t(Key::ErrTooLong), &[path, &max.to_string()]),
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

/// A syntax error (with its line and column) or a schema error (with its field path too), in
/// serde's own words without the place they end with.
impl From<serde_path_to_error::Error<serde_json::Error>> for DataError {
    fn from(e: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = e.path().to_string();
        Self::from_serde(e.into_inner(), path)
    }
}

/// What serde_json found outside any field (text after the dataset, say).
impl From<serde_json::Error> for DataError {
    fn from(e: serde_json::Error) -> Self {
        Self::from_serde(e, ".".into())
    }
}

impl DataError {
    fn from_serde(e: serde_json::Error, path: String) -> Self {
        let (line, column) = (e.line(), e.column());
        let text = e.to_string();
        let place = format!(" at line {line} column {column}");
        let message = text.strip_suffix(&place).unwrap_or(&text).to_string();
        match e.classify() {
            serde_json::error::Category::Data => Self::Schema {
                path,
                line,
                column,
                message,
            },
            _ => Self::Json {
                line,
                column,
                message,
            },
        }
    }
}

/// How many problems a dataset's report lists; past them, it says how many more there are.
pub const LISTED: usize = 20;

/// Why a dataset is not used, as the page is told it (`bl-infographic:warning`'s `reason`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Not JSON.
    Json,
    /// JSON, but not the schema.
    Schema,
    /// The schema, but the figures do not hold together (ranges, ids, percentages …).
    Semantic,
}

impl Reason {
    /// The machine-readable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Schema => "schema",
            Self::Semantic => "semantic",
        }
    }
}

/// Every problem found in a dataset: the first [`LISTED`], and how many more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataErrors {
    /// The problems listed, in the order found (never empty).
    pub listed: Vec<DataError>,
    /// How many more were found.
    pub more: usize,
}

impl DataErrors {
    /// No problem yet.
    pub(super) fn new() -> Self {
        Self {
            listed: Vec::new(),
            more: 0,
        }
    }

    /// Notes `error`: listed while fewer than [`LISTED`] are, counted after.
    pub(super) fn push(&mut self, error: DataError) {
        match self.listed.len() < LISTED {
            true => self.listed.push(error),
            false => self.more += 1,
        }
    }

    /// `Err(self)` if anything was found.
    pub(super) fn into_result(self) -> Result<(), Self> {
        match self.listed.is_empty() {
            true => Ok(()),
            false => Err(self),
        }
    }

    /// Why the dataset is not used: what its first problem is.
    pub fn reason(&self) -> Reason {
        match self.listed.first() {
            Some(DataError::Json { .. }) => Reason::Json,
            Some(DataError::Schema { .. }) => Reason::Schema,
            _ => Reason::Semantic,
        }
    }

    /// One message per problem listed in `lang`, then "and N more" if there are more.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        self.messages_up_to(LISTED, lang)
    }

    /// What a notice says: the first three messages in `lang`, then "and N more".
    pub fn notice(&self, lang: Lang) -> String {
        self.messages_up_to(3, lang).join("; ")
    }

    /// The first `n` messages in `lang`, then "and N more" for the rest.
    pub fn messages_up_to(&self, n: usize, lang: Lang) -> Vec<String> {
        let shown = self.listed.iter().take(n).map(|e| e.describe(lang));
        let rest = self.listed.len().saturating_sub(n) + self.more;
        let more = (rest > 0).then(|| fill(text(Key::ErrMore, lang), &[&rest.to_string()]));
        shown.chain(more).collect()
    }
}

impl From<DataError> for DataErrors {
    fn from(error: DataError) -> Self {
        let mut errors = Self::new();
        errors.push(error);
        errors
    }
}

/// The messages in English, one after the other.
impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.messages(Lang::En).join("; "))
    }
}

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
