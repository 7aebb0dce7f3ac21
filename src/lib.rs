//! bl-infographic: the figures of the Bạc Liêu city portal article on five years of Chỉ thị 09
//! as an embeddable, accessible widget. Data flows one way:
//! `data` → `view` → `chart` (layout, marks) → `components` → `embed`; the host's `options`
//! are read by `embed` and by `components`.

#![warn(missing_docs)]

pub mod chart;
pub mod components;
pub mod data;
pub mod embed;
pub mod i18n;
pub mod options;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod view;
