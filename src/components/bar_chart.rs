//! A bar chart: a canvas drawn with plotters, sized to its container and the pixel ratio, with
//! the selected bar outlined by a box over it. Hover (mouse), a tap or click (pins), and the
//! keyboard (every bar of every series) select a bar; its figures show in a DOM tooltip that
//! screen readers hear once per selection. Selecting moves the box and the tooltip and draws
//! nothing: a redrawn canvas, even a small layer, costs the browser a copy of its whole bitmap
//! (at DPR 3, most of a move's time). Hit-testing reads the geometry of the last draw.

use std::rc::Rc;

use web_sys::{HtmlCanvasElement, HtmlElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::canvas::{css_height, paint_bars, WidthObserver};
use super::chart_state::{key_action, ChartAction, ChartState};
use super::tooltip::{place, tooltip};
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

/// The bar `hit`'s box in the last draw, in bitmap pixels.
fn bar_rect(hits: &HitMap, hit: Hit) -> Option<Rect> {
    hits.bars.iter().find(|(_, h)| *h == hit).map(|(r, _)| *r)
}

/// Interactive horizontal bar chart.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let plot = use_node_ref();
    let canvas = use_node_ref();
    // `None` until the observer has measured the plot.
    let width = use_state_eq(|| None::<u32>);
    let reported = use_mut_ref(|| false);
    let state = use_reducer(ChartState::default);
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
        let deps = (props.vm.clone(), props.palette, *width);
        use_effect_with(deps, move |(vm, palette, width)| {
            let Some(el) = canvas.cast::<HtmlCanvasElement>() else {
                return;
            };
            let Some(width) = *width else {
                return;
            };
            if width > 0 {
                match paint_bars(&el, vm, palette, width, None) {
                    Ok(drawn) => *hits.borrow_mut() = drawn,
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
    let dispatch = state.dispatcher();
    let onpointermove = {
        let (hit_at, dispatch) = (hit_at.clone(), dispatch.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                dispatch.dispatch(ChartAction::Point(hit_at(&e, MOUSE_RADIUS)));
            }
        })
    };
    let onpointerdown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: PointerEvent| {
            let radius = match e.pointer_type().as_str() {
                "touch" => TOUCH_RADIUS,
                _ => MOUSE_RADIUS,
            };
            dispatch.dispatch(ChartAction::Press(hit_at(&e, radius)));
        })
    };
    let onpointerleave = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                dispatch.dispatch(ChartAction::Leave);
            }
        })
    };
    // A tap or click anywhere else moves the focus away from the chart: the pin goes.
    let onblur = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.dispatch(ChartAction::Clear))
    };
    let onkeydown = {
        let (current, rows, series) = (state.selected, props.vm.rows.len(), props.vm.series.len());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = key_action(&e.key(), current, rows, series) {
                e.prevent_default();
                dispatch.dispatch(action);
            }
        })
    };

    let target = state.selected.and_then(|h| {
        let (map, ratio) = &*hits.borrow();
        let r = bar_rect(map, h)?;
        let css = Rect {
            x0: r.x0 / ratio,
            y0: r.y0 / ratio,
            x1: r.x1 / ratio,
            y1: r.y1 / ratio,
        };
        Some((h, css))
    });
    let (tip, mark) = (use_node_ref(), use_node_ref());
    {
        let (tip, mark) = (tip.clone(), mark.clone());
        use_effect_with((target, width.unwrap_or(0)), move |(target, width)| {
            if let (Some((_, rect)), Some(tip), Some(mark)) = (
                target,
                tip.cast::<HtmlElement>(),
                mark.cast::<HtmlElement>(),
            ) {
                place(&tip, &mark, *rect, *width);
            }
        });
    }
    let label = props.vm.canvas_label.clone();
    // The plot's height is known from the rows before anything is drawn: an empty SVG of that
    // height (a presentation attribute, which a strict `style-src` allows) sizes the box in the
    // first frame, and the canvas covers it. The prerendered SVG has the same box.
    let height = css_height(&props.vm).to_string();
    if let Some(why) = &*failed {
        // The chart's place keeps its size; the figures stay in the table beside it.
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
                {onpointermove} {onpointerdown} {onpointerleave} {onkeydown} {onblur}></canvas>
            <div ref={mark} class="bl-mark" hidden={target.is_none()}></div>
            { tooltip(&props.vm, target.map(|t| t.0), tip) }
        </div>
    }
}
