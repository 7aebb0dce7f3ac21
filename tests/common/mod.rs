//! Helpers shared by the browser tests (tests/web.rs, tests/charts.rs, tests/panic.rs).

use bl_infographic::chart::{self, layout::ChartLayout};
use bl_infographic::view::ChartVm;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

/// Polls `ready` every 10 ms for at most 3 s (Yew renders asynchronously).
pub async fn until(mut ready: impl FnMut() -> bool) {
    for _ in 0..300 {
        if ready() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("condition not met within 3 s");
}

/// A new host element `<div data-bl-infographic data-lang=…>` at the end of the body.
pub fn new_host(lang: &str) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    host.set_attribute("data-bl-infographic", "").unwrap();
    host.set_attribute("data-lang", lang).unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

/// Where the chart `vm` drawn on `canvas` has its bars (the draw function's own layout), and
/// the canvas's pixel ratio.
#[allow(dead_code)] // not every test crate draws
pub fn geometry(vm: &ChartVm, canvas: &HtmlCanvasElement) -> (ChartLayout, f64) {
    let ratio = f64::from(canvas.width()) / f64::from(canvas.client_width());
    (chart::geometry(vm, f64::from(canvas.width()), ratio), ratio)
}

/// The pixels of `canvas` in the rectangle at `(x, y)`, `w` × `h` bitmap pixels, as RGBA bytes.
#[allow(dead_code)] // not every test crate reads pixels
pub fn pixels(canvas: &HtmlCanvasElement, (x, y): (f64, f64), (w, h): (f64, f64)) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    ctx.get_image_data(x, y, w, h).unwrap().data().to_vec()
}
