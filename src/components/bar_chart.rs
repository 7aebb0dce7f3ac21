//! A bar chart: a canvas drawn with plotters, sized to its container and the pixel ratio,
//! with hover (mouse), sticky tap (touch) and arrow keys showing a DOM tooltip. Hit-testing uses
//! the geometry of the last draw.

use std::rc::Rc;

use web_sys::{HtmlCanvasElement, HtmlElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::canvas::{css_height, paint_bars, pixel_ratio, WidthObserver};
use super::tooltip::{place_tooltip, tooltip};
use crate::chart::{Hit, HitMap, Palette, Rect};
use crate::i18n::{text, Key};
use crate::view::ChartVm;

/// Props of [`BarChart`].
#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// What to draw.
    pub vm: Rc<ChartVm>,
    /// Colours.
    pub palette: Palette,
    /// Called with the hovered row (or `None`) so siblings can follow.
    #[prop_or_default]
    pub on_hover: Callback<Option<usize>>,
    /// Where the chart reports its first paint and its failure.
    #[prop_or_default]
    pub events: ChartEvents,
}

/// What a chart tells the widget: that it has painted (or, hidden, has nothing to paint), once;
/// or why it cannot be drawn.
#[derive(Clone, Default, PartialEq)]
pub struct ChartEvents {
    /// Called once, after the first paint, or when the chart turns out to be hidden.
    pub on_drawn: Callback<()>,
    /// Called with the reason when the chart cannot be drawn.
    pub on_error: Callback<String>,
}

/// How far from a bar a pointer still hits it, in CSS pixels.
const MOUSE_RADIUS: f64 = 6.0;
const TOUCH_RADIUS: f64 = 16.0;

/// The hovered row's bars as one box, in CSS pixels.
fn row_box(hits: &HitMap, row: usize, ratio: f64) -> Option<Rect> {
    let rects = hits
        .bars
        .iter()
        .filter(|(_, h)| h.row == row)
        .map(|(r, _)| *r);
    rects
        .reduce(|a, b| Rect {
            x0: a.x0.min(b.x0),
            y0: a.y0.min(b.y0),
            x1: a.x1.max(b.x1),
            y1: a.y1.max(b.y1),
        })
        .map(|r| Rect {
            x0: r.x0 / ratio,
            y0: r.y0 / ratio,
            x1: r.x1 / ratio,
            y1: r.y1 / ratio,
        })
}

/// Row after a navigation key, or `None` for a key the chart does not use.
fn next_row(key: &str, current: Option<usize>, rows: usize) -> Option<Option<usize>> {
    let last = rows.checked_sub(1)?;
    Some(match (key, current) {
        ("ArrowDown" | "ArrowRight", None) | ("Home", _) => Some(0),
        ("ArrowDown" | "ArrowRight", Some(i)) => Some((i + 1).min(last)),
        ("ArrowUp" | "ArrowLeft", None) | ("End", _) => Some(last),
        ("ArrowUp" | "ArrowLeft", Some(i)) => Some(i.saturating_sub(1)),
        ("Escape", _) => None,
        _ => return None,
    })
}

/// Interactive horizontal bar chart.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let plot = use_node_ref();
    let canvas = use_node_ref();
    // `None` until the observer has measured the plot.
    let width = use_state_eq(|| None::<u32>);
    let reported = use_mut_ref(|| false);
    let hover = use_state_eq(|| None::<Hit>);
    let hits = use_mut_ref(|| (HitMap::default(), 1.0f64));
    let failed = use_state_eq(|| None::<String>);

    {
        let (plot, width) = (plot.clone(), width.clone());
        use_effect_with((), move |_| {
            let observer = plot
                .cast::<web_sys::Element>()
                .and_then(|el| WidthObserver::new(&el, move |w| width.set(Some(w))));
            move || drop(observer)
        });
    }
    {
        let (canvas, hits, failed) = (canvas.clone(), hits.clone(), failed.clone());
        let (events, reported) = (props.events.clone(), reported.clone());
        let deps = (
            props.vm.clone(),
            props.palette,
            *width,
            hover.map(|h| h.row),
        );
        use_effect_with(deps, move |(vm, palette, width, row)| {
            let Some(el) = canvas.cast::<HtmlCanvasElement>() else {
                return;
            };
            let Some(width) = *width else {
                return;
            };
            if width > 0 {
                match paint_bars(&el, vm, palette, width, *row) {
                    Ok(map) => *hits.borrow_mut() = (map, pixel_ratio()),
                    Err(e) => {
                        events.on_error.emit(e.to_string());
                        failed.set(Some(e.to_string()));
                        return;
                    }
                }
            }
            // Painted, or hidden (nothing to paint): the widget may be ready, once.
            if !reported.replace(true) {
                events.on_drawn.emit(());
            }
        });
    }

    let set_hover = {
        let (hover, on_hover) = (hover.clone(), props.on_hover.clone());
        Callback::from(move |h: Option<Hit>| {
            on_hover.emit(h.map(|h| h.row));
            hover.set(h);
        })
    };
    let hit_at = {
        let (canvas, hits) = (canvas.clone(), hits.clone());
        move |e: &PointerEvent, radius: f64| -> Option<Hit> {
            let el = canvas.cast::<HtmlCanvasElement>()?;
            let scale = f64::from(el.width()) / f64::from(el.client_width().max(1));
            let (x, y) = (
                f64::from(e.offset_x()) * scale,
                f64::from(e.offset_y()) * scale,
            );
            hits.borrow().0.hit(x, y, radius * scale)
        }
    };
    let onpointermove = {
        let (hit_at, set_hover) = (hit_at.clone(), set_hover.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                set_hover.emit(hit_at(&e, MOUSE_RADIUS));
            }
        })
    };
    let onpointerdown = {
        let set_hover = set_hover.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                set_hover.emit(hit_at(&e, TOUCH_RADIUS));
            }
        })
    };
    let onpointerleave = {
        let set_hover = set_hover.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                set_hover.emit(None);
            }
        })
    };
    let onkeydown = {
        let (current, rows) = (hover.map(|h| h.row), props.vm.rows.len());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(row) = next_row(&e.key(), current, rows) {
                e.prevent_default();
                set_hover.emit(row.map(|row| Hit { row, series: 1 }));
            }
        })
    };

    let target =
        hover.and_then(|h| Some((h.row, row_box(&hits.borrow().0, h.row, hits.borrow().1)?)));
    let tip = use_node_ref();
    {
        let tip = tip.clone();
        use_effect_with((target, width.unwrap_or(0)), move |(target, width)| {
            if let (Some((_, rect)), Some(el)) = (target, tip.cast::<HtmlElement>()) {
                place_tooltip(&el, *rect, *width);
            }
        });
    }
    let label = props.vm.canvas_label.clone();
    // The plot's height is known from the rows before anything is drawn: an empty SVG of that
    // height (a presentation attribute, which a strict `style-src` allows) sizes the box in the
    // first frame, and the canvas covers it. The prerendered SVG has the same box.
    let height = css_height(&props.vm).to_string();
    if let Some(why) = &*failed {
        // The chart's place keeps its size; the figures stay in the table and lists beside it.
        return html! {
            <div class="bl-plot" ref={plot}>
                <svg class="bl-sizer" aria-hidden="true" width="100%" {height}></svg>
                <p class="bl-notice bl-chart-failed" role="alert">
                    <strong>{ text(Key::ChartFailed, props.vm.lang) }</strong>{ ": " }{ why }
                </p>
            </div>
        };
    }
    html! {
        <div class="bl-plot" ref={plot}>
            <svg class="bl-sizer" aria-hidden="true" width="100%" {height}></svg>
            <canvas ref={canvas} class="bl-canvas" role="img" aria-label={label} tabindex="0"
                {onpointermove} {onpointerdown} {onpointerleave} {onkeydown}></canvas>
            { tooltip(&props.vm, target.map(|t| t.0), tip) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::next_row;

    #[test]
    fn arrow_keys_walk_the_rows_and_stop_at_the_ends() {
        assert_eq!(next_row("ArrowDown", None, 6), Some(Some(0)));
        assert_eq!(next_row("ArrowDown", Some(5), 6), Some(Some(5)));
        assert_eq!(next_row("ArrowUp", Some(0), 6), Some(Some(0)));
        assert_eq!(next_row("End", Some(1), 6), Some(Some(5)));
        assert_eq!(next_row("Escape", Some(3), 6), Some(None));
        assert_eq!(next_row("a", Some(3), 6), None);
        assert_eq!(next_row("ArrowDown", None, 0), None);
    }
}
