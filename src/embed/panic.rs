//! The panic hook. Yew has no error boundary and the release build aborts on panic, which stops
//! every widget of the module on the page: so the hook marks each host `data-state="error"` and
//! puts a notice on top of what the reader was reading — the widget as last rendered, with the
//! data and sections in use (a `data-src` dataset stays, a subset stays a subset). A widget that
//! had rendered nothing yet shows instead the host's own content: the figures prerendered at
//! build time (the snippet's headline figures, or the whole infographic in `frame.html`). One
//! render path either way: no second, hand-written copy of the figures.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::report::report;
use super::{host_lang, HOST_ATTR};
use crate::i18n::{text, Key};

fn show_figures_with_notice(host: &Element, message: &str) {
    let Some(shadow) = host.shadow_root() else {
        return;
    };
    let lang = host_lang(host);
    let Some(doc) = host.owner_document() else {
        return;
    };
    let Ok(notice) = doc.create_element("p") else {
        return;
    };
    let _ = notice.set_attribute("class", "bl-notice");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(text(Key::Crashed, lang)));
    // The widget as the reader saw it, if it had rendered: keep it, notice first.
    if let Ok(Some(root)) = shadow.query_selector(".bl-root") {
        if root.child_element_count() > 0 {
            let _ = root.prepend_with_node_1(&notice);
            report(host, "error", Some(message));
            return;
        }
    }
    // Nothing rendered yet: the host's prerendered figures, through a slot (a stylesheet link
    // stays; an adopted sheet stays anyway).
    let children = shadow.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i).filter(|c| c.tag_name() != "LINK") {
            child.remove();
        }
    }
    if let Ok(root) = doc.create_element("div") {
        let _ = root.set_attribute("class", "bl-root bl-fallback");
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.append_child(&notice);
        if let Ok(slot) = doc.create_element("slot") {
            let _ = root.append_child(&slot);
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
                    show_figures_with_notice(&host, &message);
                }
            }
        }
    }));
}
