//! The panic hook. Yew has no error boundary and the release build aborts on panic, which stops
//! every widget of the module on the page: so the hook shows, in each mounted widget's place, a
//! notice and the host's own content — the figures prerendered at build time (the snippet's
//! headline figures, or the whole infographic in `frame.html`) — and marks each host
//! `data-state="error"`. One render path: the fallback is the prerender, not a second copy.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::mount::report;
use super::HOST_ATTR;
use crate::i18n::{text, Key, Lang};

fn show_prerendered(host: &Element, message: &str) {
    let Some(shadow) = host.shadow_root() else {
        return;
    };
    let lang = host
        .get_attribute("data-lang")
        .and_then(|v| Lang::parse(&v))
        .unwrap_or_default();
    // The broken app goes (a stylesheet link stays; an adopted sheet stays anyway), and a
    // `<slot>` shows the host's light DOM: the prerendered figures. The notice is set as text.
    let children = shadow.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i).filter(|c| c.tag_name() != "LINK") {
            child.remove();
        }
    }
    let Some(doc) = host.owner_document() else {
        return;
    };
    if let Ok(root) = doc.create_element("div") {
        root.set_inner_html("<p class=\"bl-notice\" role=\"alert\"></p><slot></slot>");
        let _ = root.set_attribute("class", "bl-root bl-fallback");
        let _ = root.set_attribute("lang", lang.tag());
        if let Some(p) = root.first_element_child() {
            p.set_text_content(Some(text(Key::Crashed, lang)));
        }
        let _ = shadow.append_child(&root);
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
                    show_prerendered(&host, &message);
                }
            }
        }
    }));
}
