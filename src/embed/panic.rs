//! The panic hook. Yew has no error boundary and the release build aborts on panic, which stops
//! every widget of the module on the page: so the hook replaces each mounted widget with the
//! static fallback and marks each host `data-state="error"`.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::fallback::fallback_html;
use super::mount::report;
use super::HOST_ATTR;
use crate::data::default_dataset;
use crate::i18n::{text, Key, Lang};

fn replace_with_fallback(host: &Element, message: &str) {
    let Some(shadow) = host.shadow_root() else {
        return;
    };
    let lang = host
        .get_attribute("data-lang")
        .and_then(|v| Lang::parse(&v))
        .unwrap_or_default();
    // Drop the broken app; keep a stylesheet link if there is one (an adopted sheet stays).
    let children = shadow.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i).filter(|c| c.tag_name() != "LINK") {
            child.remove();
        }
    }
    if let Ok(data) = default_dataset() {
        if let Some(doc) = host.owner_document() {
            if let Ok(div) = doc.create_element("div") {
                div.set_inner_html(&fallback_html(&data, lang, text(Key::Crashed, lang)));
                let _ = shadow.append_child(&div);
            }
        }
    }
    report(host, "error", Some(message));
}

/// Installs the hook; call once, before mounting.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("bl-infographic: {message}").into());
        let hosts = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector_all(&format!("[{HOST_ATTR}]")).ok());
        if let Some(list) = hosts {
            for i in 0..list.length() {
                if let Some(host) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    replace_with_fallback(&host, &message);
                }
            }
        }
    }));
}
