//! What the widget tells its host: its figures on screen or why not, and what came of its
//! `data-src`. The hooks report it; the embed layer tells the page.

use crate::data::FetchError;
use crate::view::Shared;

/// What the widget tells its host once it has rendered its figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WidgetState {
    /// The figures are on screen.
    Ready,
    /// No figures could be shown; the message says why.
    Error(String),
    /// The `data-src` dataset is the one shown.
    SourceUsed,
    /// The `data-src` dataset is not shown (the article's figures are), for this reason.
    SourceNotUsed(Shared<FetchError>),
}
