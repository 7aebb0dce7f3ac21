//! A chart in the prerendered page: the plot the build draws by the same function into its
//! own file (`ChartVm::plot_file`, beside the widget's files), as an image in the canvas's box.

use yew::prelude::*;

use crate::chart::{plot_height, STATIC_WIDTH};
use crate::components::ChartContext;
use crate::view::{ChartVm, Shared};

/// The static chart: [`STATIC_WIDTH`] wide, scaled down to a narrower box, laid out from the
/// left in a wider one. Fetched when its section is first shown: the page and every snippet
/// that holds the widget stay light. The figures are all in the text beside it.
pub fn static_chart(vm: &Shared<ChartVm>, c: &ChartContext) -> Html {
    let height = plot_height(vm, 1.0).to_string();
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
