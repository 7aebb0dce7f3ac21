//! A bar chart: a canvas drawn with plotters, sized to its container and the pixel ratio, with
//! the selected bar outlined by a box over it. Hover (mouse) and a tap or click (pins) choose a
//! row anywhere in its band (label, bars, value text) and its bar nearest the pointer; the
//! keyboard steps through every bar of every series. The row's figures, every series, show in a
//! DOM tooltip that screen readers hear once per selection. The selection is the chart's Yew
//! state: a change renders the chart's few elements and its tooltip, and draws nothing (a
//! redrawn canvas, even a small layer, costs the browser a copy of its whole bitmap: at DPR 3,
//! most of a move's time). Hit-testing reads the geometry of the last draw.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use web_sys::{HtmlCanvasElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::browser::WidthObserver;
use super::canvas::{css_height, paint_bars};
use super::chart_state::{key_action, ChartAction, ChartState};
use super::sound::Voice;
use super::tooltip::Tooltip;
use crate::chart::sound::{tone, tones};
use crate::chart::{HitMap, Palette, Rect};
use crate::i18n::{text, Key};
use crate::view::{ChartVm, Shared};

/// Props of [`BarChart`].
#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// What to draw.
    pub vm: Shared<ChartVm>,
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

/// Interactive horizontal bar chart.
#[function_component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let plot = use_node_ref();
    let canvas = use_node_ref();
    // `None` until the observer has measured the plot.
    let width = use_state_eq(|| None::<u32>);
    let reported = use_mut_ref(|| false);
    let state = use_reducer(ChartState::default);
    // The geometry of the last draw, in bitmap pixels at the ratio it was drawn at.
    let hits = use_mut_ref(|| (HitMap::default(), 1.0f64));
    // A selection kept across a repaint moves onto the new geometry.
    let replace = use_force_update();
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
        let (selected, replace) = (state.selected.is_some(), replace.clone());
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
                match paint_bars(&el, vm, palette, width) {
                    Ok(drawn) => {
                        *hits.borrow_mut() = drawn;
                        if selected {
                            replace.force_update();
                        }
                    }
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
    // In bitmap pixels, at the ratio of the last draw: reading the canvas's CSS width here
    // would force a layout on every move.
    let hit_at = {
        let hits = hits.clone();
        move |e: &PointerEvent| {
            let (map, scale) = &*hits.borrow();
            let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
            map.hit(x * scale, y * scale)
        }
    };
    let dispatch = {
        let state = state.clone();
        Rc::new(move |action: ChartAction| state.dispatch(action))
    };
    let onpointermove = {
        let (hit_at, dispatch) = (hit_at.clone(), dispatch.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                dispatch(ChartAction::Point(hit_at(&e)));
            }
        })
    };
    let onpointerdown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: PointerEvent| dispatch(ChartAction::Press(hit_at(&e))))
    };
    let onpointerleave = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                dispatch(ChartAction::Leave);
            }
        })
    };
    // While a row is pinned, a tap or click anywhere else on the page unpins it. (Not the
    // focus leaving: an update of the host's options that moves the chart's section in the DOM
    // blurs it too, and must keep the pin.)
    {
        let (canvas, dispatch) = (canvas.clone(), dispatch.clone());
        use_effect_with(state.pinned, move |pinned| {
            let window = web_sys::window().filter(|_| *pinned);
            let listener = window.map(|window| {
                let capture = EventListenerOptions::run_in_capture_phase();
                EventListener::new_with_options(&window, "pointerdown", capture, move |e| {
                    let on_chart = canvas
                        .get()
                        .is_some_and(|c| e.composed_path().includes(&c, 0));
                    if !on_chart {
                        dispatch(ChartAction::Clear);
                    }
                })
            });
            move || drop(listener)
        });
    }
    // The focus leaving takes away a selection that is not pinned.
    let onblur = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch(ChartAction::Leave))
    };
    // The chart as sound: the button plays every bar, or stops; once the reader has asked for
    // sound, each bar the arrow keys step to sounds too.
    let voice = use_mut_ref(Voice::default);
    let playing = use_state_eq(|| false);
    let finished = use_mut_ref(|| None::<Timeout>);
    let onkeydown = {
        let (rows, series) = (props.vm.rows.len(), props.vm.series.len());
        let current = state.selected;
        let (vm, voice) = (props.vm.clone(), voice.clone());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = key_action(&e.key(), current, rows, series) {
                e.prevent_default();
                if let ChartAction::Select(hit) = action {
                    let mut voice = voice.borrow_mut();
                    if let Some(t) = tone(&vm, hit).filter(|_| voice.on()) {
                        // No sound (no audio device, a policy): the tooltip still says it.
                        let _ = voice.play(&[t]);
                    }
                }
                dispatch(action);
            }
        })
    };
    let onlisten = {
        let (vm, playing) = (props.vm.clone(), playing.clone());
        Callback::from(move |_: MouseEvent| {
            let mut voice = voice.borrow_mut();
            *finished.borrow_mut() = None;
            if *playing {
                voice.stop();
                playing.set(false);
            } else if let Ok(seconds) = voice.play(&tones(&vm)) {
                playing.set(true);
                let playing = playing.clone();
                let done = Timeout::new((seconds * 1000.0) as u32, move || playing.set(false));
                *finished.borrow_mut() = Some(done);
            }
        })
    };

    // The selected bar's rectangle in CSS pixels.
    let shown = state.selected.and_then(|h| {
        let (map, ratio) = &*hits.borrow();
        let (r, _) = map.bars.iter().find(|(_, b)| *b == h)?;
        let css = Rect {
            x0: r.x0 / ratio,
            y0: r.y0 / ratio,
            x1: r.x1 / ratio,
            y1: r.y1 / ratio,
        };
        Some((h, css))
    });
    // The chart's description, and its sound button's name ("Nghe biểu đồ: <title>"): made
    // once per chart, not again on every pointer move that changes the row.
    let names = use_memo(props.vm.clone(), |vm| {
        let listen = format!("{}: {}", text(Key::Listen, vm.lang), vm.title);
        (AttrValue::from(vm.canvas_label()), AttrValue::from(listen))
    });
    let (label, listen) = (names.0.clone(), names.1.clone());
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
        <>
        <div class="bl-plot" ref={plot}>
            <svg class="bl-sizer" aria-hidden="true" width="100%" {height}></svg>
            <canvas ref={canvas} class="bl-canvas" role="img" aria-label={label} tabindex="0"
                {onpointermove} {onpointerdown} {onpointerleave} {onkeydown} {onblur}></canvas>
            <Tooltip vm={props.vm.clone()} {shown} plot_width={width.unwrap_or(0)} />
        </div>
        <button type="button" class="bl-button bl-listen" aria-label={listen}
            aria-pressed={playing.to_string()} onclick={onlisten}>{ text(Key::Listen, props.vm.lang) }</button>
        </>
    }
}
