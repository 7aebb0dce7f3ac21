//! One panel per section: its heading, chart, and the figures behind the chart's table toggle.

use std::rc::Rc;

use yew::prelude::*;

use super::bar_chart::ChartEvents;
use super::chart_mark::chart_mark;
use super::figure_section::figure_section;
use super::forces_table::forces_table;
use super::headlines::headlines;
use super::markup::Markup;
use super::timeline::timeline;
use crate::chart::Palette;
use crate::embed::SectionName;
use crate::i18n::{fill, format_int, text, Key, Lang};
use crate::view::{ChartVm, Views};

/// Where the charts' pictures are (the URL of the widget's files), when they show the data on
/// screen: the build draws them from the article's dataset only.
pub type Pictures<'a> = Option<&'a str>;

/// A chart's figure: its heading (an `h2` with `id`, or an `h3`), subtitle and legend (a
/// swatch per series, and the lighter part of ranges if any), the chart, the link to its
/// picture, and what follows it.
fn chart_figure(
    vm: &ChartVm,
    id: Option<&'static str>,
    chart: Html,
    pictures: Pictures,
    after: Html,
) -> Html {
    let mut m = Markup::default();
    m.open("figcaption", &[]);
    match id {
        Some(id) => m.leaf("h2", &[("class", "bl-title"), ("id", id)], &vm.title),
        None => m.leaf("h3", &[("class", "bl-chart-title")], &vm.title),
    };
    if !vm.subtitle.is_empty() {
        m.leaf("p", &[("class", "bl-subtitle")], &vm.subtitle);
    }
    m.close("figcaption")
        .open("ul", &[("class", "bl-legend"), ("aria-hidden", "true")]);
    let range = vm.has_range().then(|| text(Key::RangeLegend, vm.lang));
    let swatches = ["bl-swatch bl-s0", "bl-swatch bl-s1"].iter().cycle();
    let keys = vm.series.iter().map(String::as_str).zip(swatches.copied());
    for (name, class) in keys.chain(range.map(|r| (r, "bl-swatch bl-s0 bl-light"))) {
        m.open("li", &[])
            .leaf("i", &[("class", class)], "")
            .text(name)
            .close("li");
    }
    m.close("ul");
    let mut link = Markup::default();
    if vm.hidden > 0 {
        let (shown, hidden) = (
            format_int(vm.rows.len() as u64, vm.lang),
            format_int(vm.hidden as u64, vm.lang),
        );
        let says = fill(text(Key::RowsHidden, vm.lang), &[&shown, &hidden]);
        link.leaf("p", &[("class", "bl-notice bl-rows-hidden")], &says);
    }
    if let Some(assets) = pictures {
        let file = format!("chart-{}-{}.svg", vm.id, vm.lang.tag());
        let href = format!("{assets}{file}");
        let attrs = [
            ("class", "bl-button bl-picture"),
            ("href", &href),
            ("download", &file),
        ];
        link.leaf("a", &attrs, text(Key::DownloadPicture, vm.lang));
    }
    html! {
        <figure class="bl-figure" aria-labelledby={id}>
            { m.html() }
            { chart }
            { link.html() }
            { after }
        </figure>
    }
}

/// The forces chart and its table.
fn forces(v: &Views, palette: Palette, events: &ChartEvents, pictures: Pictures) -> Html {
    let chart = &v.forces_chart;
    let mark = chart_mark(chart, palette, events);
    let per_unit = section_chart(&v.per_unit_chart, palette, events, pictures);
    let after = html! { <>{ per_unit }{ forces_table(&v.forces, &chart.title) }</> };
    chart_figure(chart, Some("bl-forces-title"), mark, pictures, after)
}

/// A chart at the head of a text section: its subtitle, legend and canvas.
fn section_chart(
    vm: &Rc<ChartVm>,
    palette: Palette,
    events: &ChartEvents,
    pictures: Pictures,
) -> Html {
    let chart = chart_mark(vm, palette, events);
    chart_figure(vm, None, chart, pictures, Html::default())
}

/// How many charts section `s` draws (what [`section`] below puts in it): the widget is ready
/// when that many have painted.
pub fn charts_in(s: SectionName) -> usize {
    match s {
        SectionName::Forces => 2,
        SectionName::Outreach => 3,
        SectionName::Safety => 1,
        _ => 0,
    }
}

/// Section `s` of the views `v`.
pub fn section(
    s: SectionName,
    v: &Views,
    lang: Lang,
    palette: Palette,
    events: &ChartEvents,
    pictures: Pictures,
) -> Html {
    match s {
        SectionName::Headlines => headlines(&v.cards, lang),
        SectionName::Forces => forces(v, palette, events, pictures),
        SectionName::Outreach => {
            let charts = v.outreach_charts.iter();
            let charts = charts.map(|vm| section_chart(vm, palette, events, pictures));
            figure_section(&v.outreach, lang, "bl-outreach", charts.collect())
        }
        SectionName::Rehabilitation => {
            figure_section(&v.rehabilitation, lang, "bl-rehab", Html::default())
        }
        SectionName::Safety => {
            let chart = section_chart(&v.safety_chart, palette, events, pictures);
            figure_section(&v.safety, lang, "bl-safety", chart)
        }
        SectionName::Timeline => timeline(&v.timeline, lang),
    }
}
