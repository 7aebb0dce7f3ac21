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

/// The language `host` asks for (`data-lang`; Vietnamese if none or not one we speak): what it
/// tells its page, and the panic notice, are in it.
fn host_lang(host: &web_sys::Element) -> crate::i18n::Lang {
    let lang = host.get_attribute("data-lang");
    lang.as_deref()
        .and_then(crate::i18n::Lang::parse)
        .unwrap_or_default()
}
