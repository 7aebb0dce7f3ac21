//! Every chart of the live widget in headless Chromium (wasm-bindgen-test): a pointer on each
//! bar's centre, where the layout put it, selects that bar; the arrow keys reach every bar of
//! every series once, in reading order; an outline box, not a redraw, shows the selection.
#![cfg(target_arch = "wasm32")]

use bl_infographic::chart::Rect;
use bl_infographic::data::default_dataset;
use bl_infographic::embed::mount;
use bl_infographic::i18n::Lang;
use bl_infographic::view::{ChartVm, Views};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlCanvasElement, HtmlElement, KeyboardEvent, KeyboardEventInit, PointerEvent,
    PointerEventInit,
};

mod common;

use common::{geometry, new_host, pixels, until};

wasm_bindgen_test_configure!(run_in_browser);

/// The charts in the order the widget shows them: forces and members per unit, the three
/// outreach charts, safety.
fn charts() -> Vec<ChartVm> {
    let v = Views::new(&default_dataset().unwrap(), Lang::Vi);
    let mut all = vec![(*v.forces_chart).clone(), (*v.per_unit_chart).clone()];
    all.extend(v.outreach_charts.iter().map(|c| (**c).clone()));
    all.push((*v.safety_chart).clone());
    all
}

/// The widget, mounted and drawn; its chart canvases.
async fn drawn() -> (Element, Vec<HtmlCanvasElement>) {
    let host = new_host("vi");
    mount(host.clone(), &"embed.css".into(), String::new()).unwrap();
    until(|| host.get_attribute("data-state").as_deref() == Some("ready")).await;
    let shadow = host.shadow_root().unwrap();
    // The section on show is rendered first, then the others, one per task.
    let all = charts().len() as u32;
    until(|| {
        shadow
            .query_selector_all("canvas.bl-canvas")
            .unwrap()
            .length()
            == all
    })
    .await;
    let list = shadow.query_selector_all("canvas.bl-canvas").unwrap();
    let canvases: Vec<HtmlCanvasElement> = (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect();
    // The test page has no stylesheet: every section shows, every chart is drawn.
    until(|| {
        canvases
            .iter()
            .all(|c| c.client_width() > 0 && c.height() != 150)
    })
    .await;
    (host, canvases)
}

fn tip_of(canvas: &HtmlCanvasElement) -> String {
    let tip = canvas
        .parent_element()
        .unwrap()
        .query_selector(".bl-tooltip")
        .unwrap()
        .unwrap();
    match tip.has_attribute("hidden") {
        true => String::new(),
        false => tip.text_content().unwrap_or_default(),
    }
}

/// The outline box over `canvas`'s chart, as placed: left, top, width, height in CSS pixels,
/// or `None` while it is hidden.
fn mark_of(canvas: &HtmlCanvasElement) -> Option<[f64; 4]> {
    let mark: HtmlElement = canvas
        .parent_element()
        .unwrap()
        .query_selector(".bl-mark")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    if mark.hidden() {
        return None;
    }
    // The test page has no stylesheet: where the box is put, read from its own style.
    let style = mark.style();
    let px = |v: &str| v.trim().trim_end_matches("px").parse::<f64>().unwrap();
    let at = style.get_property_value("transform").unwrap();
    let (x, y) = at
        .strip_prefix("translate(")
        .and_then(|v| v.strip_suffix(')'))
        .and_then(|v| v.split_once(','))
        .unwrap();
    let size = |p: &str| px(&style.get_property_value(p).unwrap());
    Some([px(x), px(y), size("width"), size("height")])
}

/// Whether `mark` surrounds the bar `r` (bitmap pixels at `ratio`) with its 3 px margin.
fn surrounds(mark: Option<[f64; 4]>, r: Rect, ratio: f64) -> bool {
    let Some([left, top, width, height]) = mark else {
        return false;
    };
    let want = [
        r.x0 / ratio - 3.0,
        r.y0 / ratio - 3.0,
        (r.x1 - r.x0) / ratio + 6.0,
        (r.y1 - r.y0) / ratio + 6.0,
    ];
    [left, top, width, height]
        .iter()
        .zip(want)
        .all(|(got, want)| (got - want).abs() <= 1.0)
}

#[wasm_bindgen_test]
async fn a_pointer_on_any_bar_of_any_chart_selects_that_bar() {
    let (host, canvases) = drawn().await;
    let vms = charts();
    assert_eq!(canvases.len(), vms.len());
    for (canvas, vm) in canvases.iter().zip(&vms) {
        let (geom, ratio) = geometry(vm, canvas);
        let rect = canvas.get_bounding_client_rect();
        for (row, g) in vm.rows.iter().zip(&geom.rows) {
            for ((bar, place), series) in row.bars.iter().zip(&g.bars).zip(&vm.series) {
                if !bar.drawn {
                    continue;
                }
                let r = place.whole;
                let (x, y) = ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
                let init = PointerEventInit::new();
                init.set_bubbles(true);
                init.set_pointer_type("mouse");
                init.set_client_x((rect.left() + x / ratio).round() as i32);
                init.set_client_y((rect.top() + y / ratio).round() as i32);
                let move_ = PointerEvent::new_with_event_init_dict("pointermove", &init).unwrap();
                canvas.dispatch_event(&move_).unwrap();
                // The tooltip leads with this row and this bar's series and figure.
                let expected = format!("{}{series}: {}", row.label, bar.text);
                until(|| tip_of(canvas).starts_with(&expected)).await;
                // And the outline box is round that bar.
                until(|| surrounds(mark_of(canvas), r, ratio)).await;
            }
        }
    }
    host.remove();
}

#[wasm_bindgen_test]
async fn the_keyboard_reaches_every_bar_once_and_nothing_is_redrawn() {
    let (host, canvases) = drawn().await;
    for (canvas, vm) in canvases.iter().zip(&charts()) {
        let whole = (f64::from(canvas.width()), f64::from(canvas.height()));
        let before = pixels(canvas, (0.0, 0.0), whole);
        let mut seen = Vec::new();
        for _ in 0..vm.rows.len() * vm.series.len() {
            let init = KeyboardEventInit::new();
            init.set_key("ArrowDown");
            init.set_bubbles(true);
            let key = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
            canvas.dispatch_event(&key).unwrap();
            let last = seen.last().cloned().unwrap_or_default();
            until(|| {
                let t = tip_of(canvas);
                !t.is_empty() && t != last
            })
            .await;
            seen.push(tip_of(canvas));
        }
        let mut expected = Vec::new();
        for row in &vm.rows {
            for (bar, series) in row.bars.iter().zip(&vm.series) {
                expected.push(format!("{}{series}: {}", row.label, bar.text));
            }
        }
        for (tip, lead) in seen.iter().zip(&expected) {
            assert!(
                tip.starts_with(lead.as_str()),
                "{tip:?} should lead with {lead:?}"
            );
        }
        assert_eq!(seen.len(), expected.len());
        // Selecting drew nothing: the chart's own pixels are as they were.
        let after = pixels(canvas, (0.0, 0.0), whole);
        assert!(before == after, "the chart was not redrawn");
        // The outline box is round the last bar; Escape takes it away with the tooltip.
        let (geom, ratio) = geometry(vm, canvas);
        let last = geom.rows.last().unwrap().bars.last().unwrap().whole;
        assert!(
            surrounds(mark_of(canvas), last, ratio),
            "outline on the last bar"
        );
        let init = KeyboardEventInit::new();
        init.set_key("Escape");
        init.set_bubbles(true);
        let key = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        canvas.dispatch_event(&key).unwrap();
        until(|| mark_of(canvas).is_none() && tip_of(canvas).is_empty()).await;
    }
    host.remove();
}
