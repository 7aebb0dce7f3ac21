//! What a host tells its page: `data-state` and `data-src-state`, and the bubbling, composed
//! `bl-infographic:*` events (`ready`, `error`, `warning`).

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::host_lang;
use crate::components::WidgetState;

/// Dispatches `bl-infographic:<name>` on `host`, bubbling and composed, with `detail`.
fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) =
        CustomEvent::new_with_event_init_dict(&format!("bl-infographic:{name}"), &init)
    {
        // A host whose listeners throw has been told all the same.
        let _ = host.dispatch_event(&event);
    }
}

/// Sets the host's `data-state` and, past `loading`, dispatches `bl-infographic:<state>` with
/// the error message, if any, as `detail`.
pub(crate) fn report(host: &Element, state: &str, detail: Option<&str>) {
    // A host that refuses an attribute has nothing to tell; the widget still shows.
    let _ = host.set_attribute("data-state", state);
    if state != "loading" {
        dispatch(
            host,
            state,
            &detail.map_or(JsValue::NULL, JsValue::from_str),
        );
    }
}

/// Tells the page what came of the host's `data-src`: `data-src-state` (`ok`, `refused` or
/// `failed`) and, unless it is used, `bl-infographic:warning` whose detail is
/// `{reason, messages}`: why, for a machine (`refused-origin`, refused before any request, or
/// `http`, `timeout`, `json`, `schema`, `semantic`), and every message in the host's language.
/// The figures shown are the article's then, and `ready` still comes.
pub(crate) fn report_source(host: &Element, state: &WidgetState) {
    let error = match state {
        WidgetState::SourceUsed => {
            let _ = host.set_attribute("data-src-state", "ok");
            return;
        }
        WidgetState::SourceNotUsed(error) => error,
        _ => return,
    };
    let reason = error.reason();
    let value = match reason {
        "refused-origin" => "refused",
        _ => "failed",
    };
    let messages = error.messages(host_lang(host));
    let _ = host.set_attribute("data-src-state", value);
    let detail = js_sys::Object::new();
    let list: js_sys::Array = messages.iter().map(|m| JsValue::from_str(m)).collect();
    // Setting a property of a new plain object cannot fail.
    let _ = js_sys::Reflect::set(&detail, &"reason".into(), &JsValue::from_str(reason));
    let _ = js_sys::Reflect::set(&detail, &"messages".into(), &list);
    dispatch(host, "warning", &detail);
}
