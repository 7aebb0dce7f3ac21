//! Embedding: every `[data-bl-infographic]` host gets an open shadow root with the widget's
//! stylesheet and a Yew app, `data-state` and bubbling, composed events tell the page how it
//! went, and a panic gives every widget back the prerendered figures its host holds.

mod listeners;
mod mount;
mod panic;
mod report;

pub use mount::{mount, mounted_count, unmount, update};
pub use panic::install_panic_hook;

/// The attribute that marks a host element.
pub const HOST_ATTR: &str = "data-bl-infographic";
