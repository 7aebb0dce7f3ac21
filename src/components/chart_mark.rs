//! Where a chart goes, and what every chart of a panel shares to get there: the interactive
//! canvas in the browser, or, in the build-time prerender, the same marks drawn by the same
//! function as an SVG file, shown in the same box.

use std::rc::Rc;

use yew::prelude::*;

use super::bar_chart::ChartEvents;
use crate::chart::Palette;
use crate::view::ChartVm;

/// What every chart of a panel shares.
#[derive(Clone, PartialEq)]
pub struct ChartContext {
    /// Colours.
    pub palette: Palette,
    /// Where the charts report their first paint and their failure.
    pub events: ChartEvents,
    /// Where the charts' pictures are (the URL of the widget's files), when they show the data
    /// on screen: the build draws them from the article's dataset only.
    pub pictures: Option<AttrValue>,
}

/// The interactive chart; the context's events hear of its first paint and of why it could not
/// be drawn.
#[cfg(not(feature = "prerender"))]
pub fn chart_mark(vm: &Rc<ChartVm>, c: &ChartContext) -> Html {
    use super::bar_chart::BarChart;
    html! { <BarChart vm={vm.clone()} palette={c.palette} events={c.events.clone()} /> }
}

/// The static chart: the plot the build draws by the same function into its own file
/// (`ChartVm::plot_file`, beside the widget's files), as an image in the canvas's box:
/// [`STATIC_WIDTH`](crate::chart::STATIC_WIDTH) wide, scaled down to a narrower box, laid out
/// from the left in a wider one. Fetched when its section is first shown: the page and every
/// snippet that holds the widget stay light. The figures are all in the text beside it.
#[cfg(feature = "prerender")]
pub fn chart_mark(vm: &Rc<ChartVm>, c: &ChartContext) -> Html {
    use crate::chart::{layout, STATIC_WIDTH};
    let height = layout::height(vm.rows.len(), vm.series.len(), 1.0).to_string();
    let src = format!(
        "{}{}",
        c.pictures.clone().unwrap_or_default(),
        vm.plot_file()
    );
    html! {
        <div class="bl-plot">
            <img class="bl-canvas bl-static" {src} alt={vm.canvas_label()}
                width={STATIC_WIDTH.to_string()} {height} loading="lazy" />
        </div>
    }
}
