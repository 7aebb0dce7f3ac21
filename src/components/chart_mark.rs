//! Where a chart goes: the interactive canvas in the browser, or, in the build-time prerender,
//! the same marks as an SVG drawn by the same function, in the same box.

use std::rc::Rc;

use yew::prelude::*;

use super::bar_chart::ChartEvents;
use crate::chart::Palette;
use crate::view::ChartVm;

/// The interactive chart; `events` hear of its first paint and of why it could not be drawn.
#[cfg(not(feature = "prerender"))]
pub fn chart_mark(vm: &Rc<ChartVm>, palette: Palette, events: &ChartEvents) -> Html {
    use super::bar_chart::BarChart;
    html! { <BarChart vm={vm.clone()} {palette} events={events.clone()} /> }
}

/// The static chart: an SVG in the plot's place (or, if it cannot be drawn, a notice; the
/// figures are all in the text beside it). The SVG is the text plotters' SVG backend writes,
/// which escapes the chart's texts itself: the one markup the widget does not build with
/// `html!`.
#[cfg(feature = "prerender")]
pub fn chart_mark(vm: &Rc<ChartVm>, palette: Palette, _events: &ChartEvents) -> Html {
    use super::notice::Notice;
    use crate::chart::{chart_svg, StaticChart, STATIC_WIDTH};
    match chart_svg(vm, &palette) {
        Ok(StaticChart { body, height }) => html! {
            <div class="bl-plot">
                <svg class="bl-canvas bl-static" role="img" aria-label={vm.canvas_label()}
                    width="100%" height={height.to_string()} preserveAspectRatio="xMinYMin meet"
                    viewBox={format!("0 0 {STATIC_WIDTH} {height}")} xmlns="http://www.w3.org/2000/svg">
                    { Html::from_html_unchecked(body.into()) }
                </svg>
            </div>
        },
        Err(e) => html! { <Notice heading={vm.title.clone()} detail={e.to_string()} /> },
    }
}
