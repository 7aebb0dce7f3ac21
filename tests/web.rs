//! Component tests in headless Chromium (wasm-bindgen-test): the widget mounted into a real
//! shadow root, drawn on a real canvas, and probed with real pointer events.
#![cfg(target_arch = "wasm32")]

use bl_infographic::data::default_dataset;
use bl_infographic::embed::{mount, update};
use bl_infographic::i18n::Lang;
use bl_infographic::view::ForcesVm;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlCanvasElement, PointerEvent, PointerEventInit, ShadowRoot};

mod common;

use common::{geometry, new_host, pixels, until};

wasm_bindgen_test_configure!(run_in_browser);

fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root().expect("mounted in a shadow root")
}

fn tooltip_text(host: &Element) -> String {
    let tip = shadow(host).query_selector(".bl-tooltip").unwrap().unwrap();
    if tip.has_attribute("hidden") {
        return String::new();
    }
    tip.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_pixel_of_a_bar_maps_to_that_bar() {
    let host = new_host("vi");
    mount(host.clone(), &"embed.css".into(), String::new()).unwrap();
    assert_eq!(shadow(&host).mode(), web_sys::ShadowRootMode::Open);
    until(|| host.get_attribute("data-state").as_deref() == Some("ready")).await;
    let canvas: HtmlCanvasElement = shadow(&host)
        .query_selector("canvas")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // Drawn: the bitmap has left its default 300 × 150 for the container width × pixel ratio.
    let dpr = web_sys::window()
        .unwrap()
        .device_pixel_ratio()
        .clamp(1.0, 3.0);
    until(|| {
        canvas.client_width() > 0
            && f64::from(canvas.width()) == (f64::from(canvas.client_width()) * dpr).round()
            && canvas.height() != 150
    })
    .await;

    // Where the layout says row 2's members bar (1.157) is, for this canvas.
    let vm = ForcesVm::new(&default_dataset().unwrap(), Lang::Vi).chart();
    let (geom, ratio) = geometry(&vm, &canvas);
    let bar = geom.rows[2].bars[1].whole;
    let (bx, by) = ((bar.x0 + bar.x1) / 2.0, (bar.y0 + bar.y1) / 2.0);

    // The pixel there is painted in the members colour.
    let px = pixels(&canvas, (bx, by), (1.0, 1.0));
    assert_eq!(&px[..3], &[184, 74, 18]);

    // And a pointer over it names that bar's row and figures.
    let rect = canvas.get_bounding_client_rect();
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    init.set_pointer_type("mouse");
    init.set_client_x((rect.left() + bx / ratio).round() as i32);
    init.set_client_y((rect.top() + by / ratio).round() as i32);
    let event = PointerEvent::new_with_event_init_dict("pointermove", &init).unwrap();
    canvas.dispatch_event(&event).unwrap();
    until(|| tooltip_text(&host).contains("1.157")).await;
    assert!(tooltip_text(&host).contains("Tổ tự quản, tổ an ninh nhân dân"));
    host.remove();
}

#[wasm_bindgen_test]
async fn mounting_twice_is_a_no_op() {
    let host = new_host("en");
    mount(host.clone(), &"embed.css".into(), String::new()).unwrap();
    mount(host.clone(), &"embed.css".into(), String::new()).unwrap();
    until(|| host.get_attribute("data-state").as_deref() == Some("ready")).await;
    assert_eq!(
        shadow(&host)
            .query_selector_all(".bl-root")
            .unwrap()
            .length(),
        1
    );
    // The forces section, not the first on show, is rendered a task or two after ready.
    until(|| shadow(&host).query_selector(".bl-table").unwrap().is_some()).await;
    let table = shadow(&host).query_selector(".bl-table").unwrap().unwrap();
    assert!(table.text_content().unwrap().contains("over 200"));
    host.remove();
}

#[wasm_bindgen_test]
async fn an_adopted_stylesheet_styles_the_first_render() {
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet
        .replace_sync(".bl-root { color: rgb(1, 2, 3); }")
        .unwrap();
    let host = new_host("vi");
    mount(host.clone(), &sheet.into(), String::new()).unwrap();
    until(|| host.get_attribute("data-state").as_deref() == Some("ready")).await;
    let root = shadow(&host).query_selector(".bl-root").unwrap().unwrap();
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&root)
        .unwrap()
        .unwrap();
    assert_eq!(style.get_property_value("color").unwrap(), "rgb(1, 2, 3)");
    assert!(shadow(&host).query_selector("link").unwrap().is_none());
    host.remove();
}

/// The top-left pixel of the host's first chart, and the theme its root says.
fn corner_and_theme(host: &Element) -> ([u8; 4], String) {
    let canvas: HtmlCanvasElement = shadow(host)
        .query_selector("canvas.bl-canvas")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let px = pixels(&canvas, (1.0, 1.0), (1.0, 1.0));
    let root = shadow(host).query_selector(".bl-root").unwrap().unwrap();
    let theme = root.get_attribute("data-theme").unwrap_or_default();
    ([px[0], px[1], px[2], px[3]], theme)
}

#[wasm_bindgen_test]
async fn a_theme_changed_at_runtime_redraws_the_charts_in_it() {
    let host = new_host("vi");
    host.set_attribute("data-sections", "forces").unwrap();
    host.set_attribute("data-theme", "light").unwrap();
    mount(host.clone(), &"embed.css".into(), String::new()).unwrap();
    until(|| host.get_attribute("data-state").as_deref() == Some("ready")).await;
    let light = ([255, 255, 255, 255], "light".to_string());
    assert_eq!(corner_and_theme(&host), light);
    let canvas = shadow(&host).query_selector("canvas.bl-canvas").unwrap();
    // What the loader does when an editor's page changes `data-theme`: the mounted widget is
    // re-rendered in place with the new options.
    host.set_attribute("data-theme", "dark").unwrap();
    update(&host, &"embed.css".into(), String::new()).unwrap();
    let dark = ([26, 32, 44, 255], "dark".to_string());
    until(|| corner_and_theme(&host) == dark).await;
    assert_eq!(
        shadow(&host).query_selector("canvas.bl-canvas").unwrap(),
        canvas,
        "the same canvas, redrawn"
    );
    assert_eq!(
        shadow(&host)
            .query_selector_all(".bl-root")
            .unwrap()
            .length(),
        1,
        "one widget, not two"
    );
    host.remove();
}
