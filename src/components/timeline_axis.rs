//! The timeline's proportional time axis: an SVG whose marks are placed in per cent of its
//! length, so nothing is stretched and no inline style is needed, with its years as text and a
//! numbered dot per event. It runs across the widget, or down beside the events on a phone.

use std::rc::Rc;

use yew::prelude::*;

use crate::view::TimelineVm;

/// Props of [`TimelineAxis`].
#[derive(Properties, PartialEq)]
pub struct TimelineAxisProps {
    /// The events and years.
    pub vm: Rc<TimelineVm>,
    /// Down beside the events (`true`), or across the widget.
    pub down: bool,
}

/// `at` (`0..=10000` of the axis) as an SVG percentage, inset so end marks stay inside.
fn along(at: u32) -> String {
    let per_mille = 40 + at * 92 / 1000;
    format!("{}.{}%", per_mille / 10, per_mille % 10)
}

/// Coordinates along the axis (per cent) and across it (pixels from its line's side), turned
/// for an axis that runs down.
#[derive(Clone, Copy)]
struct Turn(bool);

impl Turn {
    /// An SVG line from `from` to `to` along the axis, from `a1` to `a2` across it.
    fn line(
        self,
        class: &'static str,
        (from, to): (String, String),
        (a1, a2): (&str, &str),
    ) -> Html {
        let (from, to, a1, a2) = (from, to, a1.to_string(), a2.to_string());
        match self.0 {
            false => html! { <line {class} x1={from} x2={to} y1={a1} y2={a2}></line> },
            true => html! { <line {class} y1={from} y2={to} x1={a1} x2={a2}></line> },
        }
    }

    /// Text at `at` along the axis and `across` it, 4 px below the point it names (`dy`), so
    /// that it is centred on a mark down the axis.
    fn text(self, class: &'static str, at: String, across: &str, text: String) -> Html {
        let across = across.to_string();
        match self.0 {
            false => html! { <text {class} x={at} y={across} dy="4">{ text }</text> },
            true => html! { <text {class} y={at} x={across} dy="4">{ text }</text> },
        }
    }

    /// A dot at `at` along the axis, on its line.
    fn dot(self, at: String, event: usize) -> Html {
        let event = event.to_string();
        match self.0 {
            false => {
                html! { <circle class="bl-tl-dot" data-event={event} cx={at} cy="18" r="10"></circle> }
            }
            true => {
                html! { <circle class="bl-tl-dot" data-event={event} cy={at} cx="18" r="10"></circle> }
            }
        }
    }
}

/// The axis.
#[function_component]
pub fn TimelineAxis(props: &TimelineAxisProps) -> Html {
    let vm = &props.vm;
    let (Some(first), Some(last)) = (vm.entries.first(), vm.entries.last()) else {
        return Html::default();
    };
    let turn = Turn(props.down);
    let span = (!vm.spans.is_empty()).then(|| {
        turn.line(
            "bl-tl-span",
            (along(first.at), along(last.at)),
            ("18", "18"),
        )
    });
    let label = if props.down { "38" } else { "42" };
    let years = vm.years.iter().map(|&(year, at)| {
        html! {
            <>
                { turn.line("bl-tl-tick", (along(at), along(at)), ("26", "31")) }
                { turn.text("bl-tl-year", along(at), label, year.to_string()) }
            </>
        }
    });
    let events = vm.entries.iter().enumerate().map(|(i, e)| {
        html! {
            <>
                { turn.dot(along(e.at), i) }
                { turn.text("bl-tl-num", along(e.at), "18", (i + 1).to_string()) }
            </>
        }
    });
    let body = html! {
        <>
            { turn.line("bl-tl-line", ("0".into(), "100%".into()), ("18", "18")) }
            { for span }
            { for years }
            { for events }
        </>
    };
    match props.down {
        false => {
            html! { <svg class="bl-tl-axis" width="100%" height="52" aria-hidden="true">{ body }</svg> }
        }
        true => {
            html! { <svg class="bl-tl-axis" width="72" height="100%" aria-hidden="true">{ body }</svg> }
        }
    }
}
