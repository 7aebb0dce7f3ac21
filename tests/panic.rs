//! The panic path in headless Chromium (its own test binary, since a panic leaves the module
//! unusable): a panic anywhere replaces every mounted widget with a notice and the figures
//! prerendered in its host, and marks each host `data-state="error"` — never a blank box.
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
    // What the prerender puts in a host: the figures as text (hidden while the widget is live).
    vi.set_inner_html("<p>Sơ kết: <strong>2.669</strong> cuộc, 101.662 lượt người</p>");
    en.set_inner_html("<p>Five years: <strong>2,669</strong> sessions</p>");
    let height = |h: &Element| {
        h.first_element_child()
            .unwrap()
            .get_bounding_client_rect()
            .height()
    };
    mount(vi.clone(), &"embed.css".into()).unwrap();
    mount(en.clone(), &"embed.css".into()).unwrap();
    let state = |h: &Element| h.get_attribute("data-state").unwrap_or_default();
    until(|| state(&vi) == "ready" && state(&en) == "ready").await;
    assert_eq!(height(&vi), 0.0, "the live widget hides the static figures");

    // A panic in some callback, as a bug would cause; the test itself goes on.
    Timeout::new(0, || panic!("a bug")).forget();
    until(|| state(&vi) == "error" && state(&en) == "error").await;

    let text = |h: &Element| h.shadow_root().unwrap().text_content().unwrap_or_default();
    assert!(text(&vi).contains("Biểu đồ gặp lỗi"), "{}", text(&vi));
    assert!(text(&en).contains("The chart failed"), "{}", text(&en));
    // The host's own (prerendered) figures are shown again, through a slot.
    assert!(height(&vi) > 0.0 && height(&en) > 0.0);
    assert!(vi
        .shadow_root()
        .unwrap()
        .query_selector(".bl-chart, canvas")
        .unwrap()
        .is_none());
    // The stylesheet link stays, so the notice is styled.
    assert!(vi
        .shadow_root()
        .unwrap()
        .query_selector("link")
        .unwrap()
        .is_some());
}
