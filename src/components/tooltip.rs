//! The chart's selection, shown: an outline box round the selected bar and a tooltip of DOM
//! text (crisp, selectable, read by screen readers through its live region) next to it. The
//! boxes are placed through the CSSOM, which a strict `style-src` policy allows, unlike a
//! `style` attribute.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::swatch::{swatch, Of};
use crate::chart::{Hit, Rect};
use crate::view::{ChartVm, Shared};

/// Props of [`Tooltip`].
#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    /// The chart.
    pub vm: Shared<ChartVm>,
    /// The bar shown and its rectangle in CSS pixels; none: both boxes hidden.
    pub shown: Option<(Hit, Rect)>,
    /// The plot's width in CSS pixels: the tooltip stays inside it.
    pub plot_width: u32,
}

/// A move to (`x`, `y`), in whole CSS pixels.
fn translate(x: f64, y: f64) -> String {
    format!("translate({}px,{}px)", x.round() as i64, y.round() as i64)
}

/// Puts the outline `mark` round `rect` (CSS pixels) and the tooltip `tip` next to it, kept
/// inside a plot `plot_width` wide. The tooltip is at most `min(260px, 90%)` wide (the
/// stylesheet), so it fits left of that much room: no need to measure it, which would force a
/// layout on every pointer move. Both move by `transform`, each in a layer of its own (the
/// stylesheet, which also contains their layout): a move lays out and repaints only them.
fn place(tip: &HtmlElement, mark: &HtmlElement, rect: Rect, plot_width: u32) {
    let widest = (f64::from(plot_width) * 0.9).min(260.0);
    let left = (rect.x1 + 8.0)
        .min(f64::from(plot_width) - widest - 4.0)
        .max(0.0);
    // Setting CSSOM properties cannot fail for valid names; nothing to recover.
    let _ = (tip.style()).set_property("transform", &translate(left, rect.y1 + 6.0));
    // The outline's 2 px line runs 1 to 3 px outside the bar.
    let style = mark.style();
    let _ = style.set_property("transform", &translate(rect.x0 - 3.0, rect.y0 - 3.0));
    let _ = style.set_property("width", &format!("{}px", (rect.x1 - rect.x0 + 6.0).round()));
    let _ = style.set_property(
        "height",
        &format!("{}px", (rect.y1 - rect.y0 + 6.0).round()),
    );
}

/// The tooltip's lines for bar `h` of `vm`: its row, the selected series first (so that each
/// selection changes the text, and a screen reader hears it), then the row's other series,
/// each with its colour key.
fn lines(vm: &ChartVm, h: Hit) -> Option<Html> {
    let r = vm.rows.get(h.row)?;
    let others = (0..r.bars.len()).filter(|i| *i != h.series);
    let series = std::iter::once(h.series).chain(others).filter_map(|i| {
        let line = vm.bar_line(h.row, i)?;
        Some(html! { <span class="bl-tip-line">{ swatch(Of::series(i)) }{ line }</span> })
    });
    Some(html! { <><strong>{ &r.label }</strong>{ for series }</> })
}

/// The outline and the tooltip.
#[function_component]
pub fn Tooltip(props: &TooltipProps) -> Html {
    let (tip, mark) = (use_node_ref(), use_node_ref());
    {
        let (tip, mark) = (tip.clone(), mark.clone());
        let rect = props.shown.map(|(_, r)| r);
        use_effect_with((rect, props.plot_width), move |(rect, width)| {
            let boxes = (tip.cast::<HtmlElement>(), mark.cast::<HtmlElement>());
            if let (Some(rect), (Some(tip), Some(mark))) = (rect, boxes) {
                place(&tip, &mark, *rect, *width);
            }
        });
    }
    let content = props.shown.and_then(|(h, _)| lines(&props.vm, h));
    let hidden = content.is_none();
    html! {
        <>
            <div ref={mark} class="bl-mark" {hidden}></div>
            <div ref={tip} class="bl-tooltip" {hidden} role="status" aria-live="polite">{ for content }</div>
        </>
    }
}
