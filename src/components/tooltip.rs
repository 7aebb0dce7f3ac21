//! The chart's tooltip: DOM text (crisp, selectable, read by screen readers through its live
//! region), placed next to the hovered bar. Position is set through the CSSOM, which a strict
//! `style-src` policy allows, unlike a `style` attribute.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::chart::{Hit, Rect};
use crate::view::ChartVm;

/// Moves the tooltip `el` next to `rect` (CSS pixels), kept inside a plot `plot_width` wide.
/// It is at most `min(260px, 90%)` wide (the stylesheet), so it fits left of that much room:
/// no need to measure it, which would force a layout on every pointer move.
pub fn place_tooltip(el: &HtmlElement, rect: Rect, plot_width: u32) {
    let widest = (f64::from(plot_width) * 0.9).min(260.0);
    let left = (rect.x1 + 8.0)
        .min(f64::from(plot_width) - widest - 4.0)
        .max(0.0)
        .round() as i32;
    let top = (rect.y1 + 6.0) as i32;
    let style = el.style();
    // Setting CSSOM properties cannot fail for valid names; nothing to recover.
    let _ = style.set_property("left", &format!("{left}px"));
    let _ = style.set_property("top", &format!("{top}px"));
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
