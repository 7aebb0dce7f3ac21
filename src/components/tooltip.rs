//! The chart's tooltip: DOM text (crisp, selectable, read by screen readers through its live
//! region), placed next to the hovered bar. Position is set through the CSSOM, which a strict
//! `style-src` policy allows, unlike a `style` attribute.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::chart::{Hit, Rect};
use crate::view::ChartVm;

/// `v` as whole CSS pixels (an integer: float formatting would add kilobytes to the module).
fn px(v: f64) -> String {
    format!("{}px", v.round() as i32)
}

/// Puts the outline `mark` round `rect` (CSS pixels) and the tooltip `tip` next to it, kept
/// inside a plot `plot_width` wide. The tooltip is at most `min(260px, 90%)` wide (the
/// stylesheet), so it fits left of that much room: no need to measure it, which would force a
/// layout on every pointer move.
pub fn place(tip: &HtmlElement, mark: &HtmlElement, rect: Rect, plot_width: u32) {
    let widest = (f64::from(plot_width) * 0.9).min(260.0);
    let left = (rect.x1 + 8.0)
        .min(f64::from(plot_width) - widest - 4.0)
        .max(0.0);
    // The outline's 2 px line runs 1 to 3 px outside the bar.
    let boxes = [
        (tip, left, rect.y1 + 6.0, None),
        (mark, rect.x0 - 3.0, rect.y0 - 3.0, Some(rect)),
    ];
    for (el, left, top, size) in boxes {
        let style = el.style();
        // Setting CSSOM properties cannot fail for valid names; nothing to recover.
        let _ = style.set_property("left", &px(left));
        let _ = style.set_property("top", &px(top));
        if let Some(r) = size {
            let _ = style.set_property("width", &px(r.x1 - r.x0 + 6.0));
            let _ = style.set_property("height", &px(r.y1 - r.y0 + 6.0));
        }
    }
}

/// The colour key of series `i` (literal classes: a dynamic one would link Yew's `Classes`).
pub fn swatch(i: usize) -> Html {
    match i {
        0 => html! { <i class="bl-swatch bl-s0"></i> },
        _ => html! { <i class="bl-swatch bl-s1"></i> },
    }
}

/// The tooltip for bar `hit` of `vm` (hidden when `None`): its row, the selected series first
/// (so that each selection changes the text, and a screen reader hears it), then the row's
/// other series. `node` lets the chart place it.
pub fn tooltip(vm: &ChartVm, hit: Option<Hit>, node: NodeRef) -> Html {
    let body = hit.and_then(|h| Some((h, vm.rows.get(h.row)?))).map(|(h, r)| {
        let line = |i: usize| {
            let (bar, name) = (r.bars.get(i)?, vm.series.get(i)?);
            Some(html! { <span class="bl-tip-line">{ swatch(i) }{ format!("{name}: {}", bar.text) }</span> })
        };
        let others = (0..r.bars.len()).filter(|i| *i != h.series).filter_map(line);
        html! { <><strong>{ &r.label }</strong>{ line(h.series) }{ for others }</> }
    });
    html! {
        <div ref={node} class="bl-tooltip" hidden={body.is_none()} role="status" aria-live="polite">{ for body }</div>
    }
}
