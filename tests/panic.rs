//! The panic path in headless Chromium (its own test binary, since a panic leaves the module
//! unusable): a panic anywhere puts a notice on every widget, keeping what it showed (its data,
//! its sections), or, where nothing had rendered, the figures prerendered in its host; and marks
//! each host `data-state="error"` — never a blank box, never other numbers.
#![cfg(target_arch = "wasm32")]

use bl_infographic::embed::{install_panic_hook, mount};
use gloo::timers::callback::Timeout;
use wasm_bindgen_test::*;
use web_sys::Element;

mod common;

use common::{new_host, until};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_leaves_every_widget_with_its_figures_and_a_notice() {
    install_panic_hook();
    let (vi, en) = (new_host("vi"), new_host("en"));
    // What the prerender puts in a host: the figures as text (put aside while the widget is live).
    vi.set_inner_html("<p>Sơ kết: <strong>2.669</strong> cuộc, 101.662 lượt người</p>");
    en.set_attribute("data-sections", "timeline").unwrap();
    // A host whose widget had rendered nothing yet when the panic came.
    let early = new_host("vi");
    early.set_inner_html("<p>Sơ kết: <strong>2.669</strong> cuộc</p>");
    early
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let height = |h: &Element| {
        h.first_element_child()
            .unwrap()
            .get_bounding_client_rect()
            .height()
    };
    mount(vi.clone(), &"embed.css".into(), String::new()).unwrap();
    mount(en.clone(), &"embed.css".into(), String::new()).unwrap();
    let state = |h: &Element| h.get_attribute("data-state").unwrap_or_default();
    until(|| state(&vi) == "ready" && state(&en) == "ready").await;
    assert!(
        vi.first_element_child().is_none(),
        "the live widget puts the static figures aside"
    );

    // A panic in some callback, as a bug would cause; the test itself goes on.
    Timeout::new(0, || panic!("a bug")).forget();
    until(|| [&vi, &en, &early].iter().all(|h| state(h) == "error")).await;

    let text = |h: &Element| h.shadow_root().unwrap().text_content().unwrap_or_default();
    assert!(text(&vi).starts_with("Biểu đồ gặp lỗi"), "{}", text(&vi));
    assert!(text(&vi).contains("trên 200") && text(&vi).contains("101.662"));
    // The sections in use stay: the English widget showed the timeline only, and still does.
    assert!(text(&en).starts_with("The chart failed"), "{}", text(&en));
    assert!(text(&en).contains("28 December 2012") && !text(&en).contains("over 200"));
    // Nothing rendered: the host's own (prerendered) figures are shown, through a slot.
    assert!(text(&early).contains("Biểu đồ gặp lỗi"));
    assert!(height(&early) > 0.0);
    assert!(
        vi.first_element_child().is_none(),
        "a rendered widget keeps its own figures, not the host's"
    );
}
