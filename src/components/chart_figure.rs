//! A chart's figure: its heading (an `h2` with an id, or an `h3`), subtitle and legend (a
//! swatch per series, and the lighter part of ranges if any), the chart, a note when rows are
//! left out, the link to its picture, and what follows it.

use yew::prelude::*;

use super::chart_mark::ChartContext;
use super::swatch::{swatch, Of};
use crate::i18n::{text, Key};
use crate::view::{ChartVm, Shared};

/// The legend: a swatch per series, and the lighter part of ranges if any.
fn legend(vm: &ChartVm) -> Html {
    let range = vm.range_legend();
    let keys = vm.series.iter().enumerate();
    let keys = keys.map(|(i, name)| (name.as_str(), Of::series(i)));
    let keys = keys.chain(range.map(|r| (r, Of::Range)));
    html! {
        <ul class="bl-legend" aria-hidden="true">
            { for keys.map(|(name, of)| html! { <li>{ swatch(of) }{ name }</li> }) }
        </ul>
    }
}

/// The figure of chart `vm`: with `id`, a chart that heads its section (an `h2`), else an
/// `h3`; its picture's link if `c` has pictures; `after` at its end.
pub fn chart_figure(
    vm: &Shared<ChartVm>,
    id: Option<&'static str>,
    c: &ChartContext,
    after: Html,
) -> Html {
    let lang = vm.lang;
    let heading = match id {
        Some(id) => html! { <h2 class="bl-title" {id}>{ &vm.title }</h2> },
        None => html! { <h3 class="bl-chart-title">{ &vm.title }</h3> },
    };
    let subtitle =
        (!vm.subtitle.is_empty()).then(|| html! { <p class="bl-subtitle">{ &vm.subtitle }</p> });
    let hidden = vm
        .hidden_note()
        .map(|says| html! { <p class="bl-notice bl-rows-hidden">{ says }</p> });
    // The picture as SVG, and as PNG for what takes no SVG (a post, a slide).
    let picture = c.pictures.as_ref().map(|assets| {
        let link = |kind, key| {
            let file = vm.picture_file(kind);
            let href = format!("{assets}{file}");
            html! { <a class="bl-button bl-picture" {href} download={file}>{ text(key, lang) }</a> }
        };
        html! { <>{ link("svg", Key::DownloadPicture) }{ " " }{ link("png", Key::DownloadPng) }</> }
    });
    html! {
        <figure class="bl-figure" aria-labelledby={id}>
            <figcaption>{ heading }{ for subtitle }</figcaption>
            { legend(vm) }
            { (c.mark.0)(vm, c) }
            { hidden.unwrap_or_default() }
            { picture.unwrap_or_default() }
            { after }
        </figure>
    }
}
