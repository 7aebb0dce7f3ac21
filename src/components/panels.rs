//! One panel per section: its heading, chart, and the figures behind the chart's table toggle.

use std::rc::Rc;

use yew::prelude::*;

use super::bar_chart::ChartEvents;
use super::chart_mark::chart_mark;
use super::figure_section::figure_section;
use super::forces_table::forces_table;
use super::headlines::headlines;
use super::timeline::timeline;
use super::tooltip::swatch;
use crate::chart::Palette;
use crate::embed::SectionName;
use crate::i18n::{text, Key, Lang};
use crate::view::{ChartVm, ForcesVm, Views};

/// The legend of a chart: a swatch per series, and the lighter part of ranges if any.
fn legend(vm: &ChartVm) -> Html {
    let items = vm
        .series
        .iter()
        .enumerate()
        .map(|(i, name)| html! { <li>{ swatch(i) }{ name }</li> });
    let range = vm.has_range().then(|| {
        html! { <li><i class="bl-swatch bl-s0 bl-light"></i>{ text(Key::RangeLegend, vm.lang) }</li> }
    });
    html! { <ul class="bl-legend" aria-hidden="true">{ for items }{ for range }</ul> }
}

/// The forces chart and its table.
fn forces(chart: &Rc<ChartVm>, table: &ForcesVm, palette: Palette, events: &ChartEvents) -> Html {
    let heading = html! { <h2 class="bl-title" id="bl-forces-title">{ &chart.title }</h2> };
    let mark = chart_mark(chart, palette, events);
    let table = forces_table(table, &chart.title);
    chart_figure(chart, Some("bl-forces-title"), heading, mark, table)
}

/// A chart's figure: its heading and subtitle, legend, the chart, and what follows it.
fn chart_figure(
    vm: &ChartVm,
    labelledby: Option<&'static str>,
    heading: Html,
    chart: Html,
    after: Html,
) -> Html {
    html! {
        <figure class="bl-figure" aria-labelledby={labelledby}>
            <figcaption>
                { heading }
                <p class="bl-subtitle">{ &vm.subtitle }</p>
            </figcaption>
            { legend(vm) }
            { chart }
            { after }
        </figure>
    }
}

/// A chart at the head of a text section: its subtitle, legend and canvas.
fn section_chart(vm: &Rc<ChartVm>, palette: Palette, events: &ChartEvents) -> Html {
    let heading = html! { <h3 class="bl-chart-title">{ &vm.title }</h3> };
    let chart = chart_mark(vm, palette, events);
    chart_figure(vm, None, heading, chart, Html::default())
}

/// Section `s` of the views `v`.
pub fn section(
    s: SectionName,
    v: &Views,
    lang: Lang,
    palette: Palette,
    events: &ChartEvents,
) -> Html {
    match s {
        SectionName::Headlines => headlines(&v.cards, lang),
        SectionName::Forces => forces(&v.forces_chart, &v.forces, palette, events),
        SectionName::Outreach => {
            let chart = section_chart(&v.outreach_chart, palette, events);
            figure_section(&v.outreach, lang, "bl-outreach", chart)
        }
        SectionName::Rehabilitation => {
            figure_section(&v.rehabilitation, lang, "bl-rehab", Html::default())
        }
        SectionName::Safety => {
            let chart = section_chart(&v.safety_chart, palette, events);
            figure_section(&v.safety, lang, "bl-safety", chart)
        }
        SectionName::Timeline => timeline(&v.timeline, lang),
    }
}
