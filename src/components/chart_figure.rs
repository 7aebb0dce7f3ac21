//! A chart's figure: its heading (an `h2` with an id, or an `h3`), subtitle and legend (a
//! swatch per series, and the lighter part of ranges if any), the chart, a note when rows are
//! left out, the link to its picture, and what follows it.

use std::rc::Rc;

use yew::prelude::*;

use super::bar_chart::ChartEvents;
use super::chart_mark::ChartMark;
use crate::chart::Palette;
use crate::i18n::{fill, format_int, text, Key};
use crate::view::ChartVm;

/// Props of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// The chart.
    pub vm: Rc<ChartVm>,
    /// The heading's id, for a chart that heads its section (an `h2`); else an `h3`.
    #[prop_or_default]
    pub id: Option<&'static str>,
    /// Colours.
    pub palette: Palette,
    /// Where the chart reports its first paint and its failure.
    pub events: ChartEvents,
    /// Where the charts' pictures are (the URL of the widget's files), when they show the data
    /// on screen: the build draws them from the article's dataset only.
    #[prop_or_default]
    pub pictures: Option<AttrValue>,
    /// What follows the chart in its figure.
    #[prop_or_default]
    pub children: Html,
}

/// The legend: a swatch per series, and the lighter part of ranges if any.
fn legend(vm: &ChartVm) -> Html {
    let range = vm.has_range().then(|| text(Key::RangeLegend, vm.lang));
    let swatches = ["bl-swatch bl-s0", "bl-swatch bl-s1"].iter().cycle();
    let keys = vm.series.iter().map(String::as_str).zip(swatches.copied());
    let keys = keys.chain(range.map(|r| (r, "bl-swatch bl-s0 bl-light")));
    html! {
        <ul class="bl-legend" aria-hidden="true">
            { for keys.map(|(name, class)| html! { <li><i {class}></i>{ name }</li> }) }
        </ul>
    }
}

/// The figure.
#[function_component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let vm = &props.vm;
    let lang = vm.lang;
    let heading = match props.id {
        Some(id) => html! { <h2 class="bl-title" {id}>{ &vm.title }</h2> },
        None => html! { <h3 class="bl-chart-title">{ &vm.title }</h3> },
    };
    let subtitle =
        (!vm.subtitle.is_empty()).then(|| html! { <p class="bl-subtitle">{ &vm.subtitle }</p> });
    let hidden = (vm.hidden > 0).then(|| {
        let shown = format_int(vm.rows.len() as u64, lang);
        let hidden = format_int(vm.hidden as u64, lang);
        let says = fill(text(Key::RowsHidden, lang), &[&shown, &hidden]);
        html! { <p class="bl-notice bl-rows-hidden">{ says }</p> }
    });
    let picture = props.pictures.as_ref().map(|assets| {
        let file = format!("chart-{}-{}.svg", vm.id, lang.tag());
        let href = format!("{assets}{file}");
        html! {
            <a class="bl-button bl-picture" {href} download={file}>{ text(Key::DownloadPicture, lang) }</a>
        }
    });
    html! {
        <figure class="bl-figure" aria-labelledby={props.id}>
            <figcaption>{ heading }{ for subtitle }</figcaption>
            { legend(vm) }
            <ChartMark vm={vm.clone()} palette={props.palette} events={props.events.clone()} />
            { hidden.unwrap_or_default() }
            { picture.unwrap_or_default() }
            { props.children.clone() }
        </figure>
    }
}
