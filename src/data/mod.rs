//! The dataset: the article's figures as typed values with their qualifiers and the verbatim
//! sentence each one comes from, parsed from JSON and validated before anything is drawn.

mod amount;
mod csv;
mod error;
mod fetch;
mod model;
pub mod origins;
mod validate;
mod vocab;
pub(crate) use vocab::vocabulary;

pub use csv::to_csv;
pub use error::Reason;
pub use fetch::{fetch_dataset, FetchError, TIMEOUT_MS};
pub use model::{
    Amount, Article, Dataset, Event, Figure, Group, Measure, Section, Text, Unit, NOTE_CHARS,
};
pub use validate::{parse, parse_bytes, DataError, DataErrors};

/// The article's dataset, compiled into the module: the default when no `data-src` is given.
pub const DEFAULT_JSON: &str = include_str!("../../static/data/article.json");

/// Parses and validates the compiled-in dataset.
pub fn default_dataset() -> Result<Dataset, DataErrors> {
    parse(DEFAULT_JSON)
}
