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
/// figures are all in the text beside it).
#[cfg(feature = "prerender")]
pub fn chart_mark(vm: &Rc<ChartVm>, palette: Palette, _events: &ChartEvents) -> Html {
    match crate::chart::chart_svg(vm, &palette) {
        Ok(svg) => html! { <div class="bl-plot">{ Html::from_html_unchecked(svg.into()) }</div> },
        Err(e) => super::notice::notice(&vm.title, &e.to_string()),
    }
}
