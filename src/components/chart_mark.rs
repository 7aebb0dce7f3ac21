//! Where a chart goes, and what every chart of a panel shares to get there. How a chart is
//! shown is the caller's: the live widget draws it on an interactive canvas ([`live_chart`]);
//! the build-time prerender shows, in the same box, the picture it drew of the same marks by
//! the same function (`prerender::static_chart`). The widget around it is one code path.

use yew::prelude::*;

use super::bar_chart::{BarChart, ChartEvents};
use crate::chart::Palette;
use crate::view::{ChartVm, Shared};

/// How a chart is shown: what stands in its box, given the chart and what its panel shares.
#[derive(Clone, Copy, Debug)]
pub struct ChartMark(pub fn(&Shared<ChartVm>, &ChartContext) -> Html);

/// Two marks are the same function (at worst one function seen twice as two, which only
/// renders the charts again).
impl PartialEq for ChartMark {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

/// The live widget's.
impl Default for ChartMark {
    fn default() -> Self {
        Self(live_chart)
    }
}

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
    /// How each chart is shown.
    pub mark: ChartMark,
}

/// The interactive chart; the context's events hear of its first paint and of why it could not
/// be drawn.
fn live_chart(vm: &Shared<ChartVm>, c: &ChartContext) -> Html {
    html! { <BarChart vm={vm.clone()} palette={c.palette} events={c.events.clone()} /> }
}
