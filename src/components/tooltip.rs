//! The chart's selection, shown: an outline box round the selected bar and a tooltip of DOM
//! text (crisp, selectable, read by screen readers through its live region) next to it. Yew
//! renders both once, empty and hidden; a change of selection rewrites the tooltip's text and
//! moves the two boxes directly, so choosing another bar renders nothing else (no Yew render,
//! no canvas call). Boxes are placed through the CSSOM, which a strict `style-src` policy
//! allows, unlike a `style` attribute.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::markup::Markup;
use crate::chart::{Hit, HitMap, Rect};
use crate::view::ChartVm;

/// `v` as whole CSS pixels (an integer: float formatting would add kilobytes to the module).
fn px(v: f64) -> String {
    format!("{}px", v.round() as i64)
}

/// Puts the outline `mark` round `rect` (CSS pixels) and the tooltip `tip` next to it, kept
/// inside a plot `plot_width` wide. The tooltip is at most `min(260px, 90%)` wide (the
/// stylesheet), so it fits left of that much room: no need to measure it, which would force a
/// layout on every pointer move.
fn place(tip: &HtmlElement, mark: &HtmlElement, rect: Rect, plot_width: u32) {
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

/// The tooltip's text for bar `h` of `vm`: its row, the selected series first (so that each
/// selection changes the text, and a screen reader hears it), then the row's other series,
/// each with its colour key.
fn text(vm: &ChartVm, h: Hit) -> Option<String> {
    let r = vm.rows.get(h.row)?;
    let mut m = Markup::default();
    m.leaf("strong", &[], &r.label);
    let others = (0..r.bars.len()).filter(|i| *i != h.series);
    for i in std::iter::once(h.series).chain(others) {
        let (Some(bar), Some(name)) = (r.bars.get(i), vm.series.get(i)) else {
            continue;
        };
        let key = if i == 0 {
            "bl-swatch bl-s0"
        } else {
            "bl-swatch bl-s1"
        };
        m.open("span", &[("class", "bl-tip-line")])
            .leaf("i", &[("class", key)], "")
            .text(&format!("{name}: {}", bar.text))
            .close("span");
    }
    Some(m.into_string())
}

/// Where a chart shows its selection: the two boxes, rendered once by [`boxes`].
#[derive(Clone, Default, PartialEq)]
pub struct Selection {
    tip: NodeRef,
    mark: NodeRef,
}

impl Selection {
    /// Shows bar `hit` of `vm` (none: hides both boxes), placed by the geometry `hits` of the
    /// last draw (bitmap pixels at `ratio`) in a plot `width` CSS pixels wide.
    pub fn show(&self, vm: &ChartVm, hit: Option<Hit>, (hits, ratio): &(HitMap, f64), width: u32) {
        let (Some(tip), Some(mark)) = (
            self.tip.cast::<HtmlElement>(),
            self.mark.cast::<HtmlElement>(),
        ) else {
            return;
        };
        let shown = hit.and_then(|h| {
            let (r, _) = hits.bars.iter().find(|(_, b)| *b == h)?;
            Some((text(vm, h)?, *r))
        });
        tip.set_hidden(shown.is_none());
        mark.set_hidden(shown.is_none());
        if let Some((text, r)) = shown {
            tip.set_inner_html(&text);
            let css = Rect {
                x0: r.x0 / ratio,
                y0: r.y0 / ratio,
                x1: r.x1 / ratio,
                y1: r.y1 / ratio,
            };
            place(&tip, &mark, css, width);
        }
    }

    /// The outline and the tooltip, empty and hidden until [`Selection::show`] fills them.
    pub fn boxes(&self) -> Html {
        html! {
            <>
                <div ref={self.mark.clone()} class="bl-mark" hidden=true></div>
                <div ref={self.tip.clone()} class="bl-tooltip" hidden=true role="status" aria-live="polite"></div>
            </>
        }
    }
}
