//! The panic path in headless Chromium (its own test binary, since a panic leaves the module
//! unusable): a panic anywhere replaces every mounted widget with the static figures and a
//! notice, and marks each host `data-state="error"` — never a blank box.
#![cfg(target_arch = "wasm32")]

use bl_infographic::embed::{install_panic_hook, mount};
use gloo_timers::callback::Timeout;
use wasm_bindgen_test::*;
use web_sys::Element;

mod common;

use common::{new_host, until};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_leaves_every_widget_with_its_figures_and_a_notice() {
    install_panic_hook();
    let (vi, en) = (new_host("vi"), new_host("en"));
    mount(vi.clone(), &"embed.css".into()).unwrap();
    mount(en.clone(), &"embed.css".into()).unwrap();
    let state = |h: &Element| h.get_attribute("data-state").unwrap_or_default();
    until(|| state(&vi) == "ready" && state(&en) == "ready").await;

    // A panic in some callback, as a bug would cause; the test itself goes on.
    Timeout::new(0, || panic!("a bug")).forget();
    until(|| state(&vi) == "error" && state(&en) == "error").await;

    let text = |h: &Element| h.shadow_root().unwrap().text_content().unwrap_or_default();
    assert!(text(&vi).contains("Biểu đồ gặp lỗi"), "{}", text(&vi));
    assert!(text(&vi).contains("trên 200") && text(&vi).contains("101.662"));
    assert!(text(&en).contains("The chart failed") && text(&en).contains("over 200"));
    // The stylesheet link stays, so the fallback is styled.
    assert!(vi
        .shadow_root()
        .unwrap()
        .query_selector("link")
        .unwrap()
        .is_some());
}
