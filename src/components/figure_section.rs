//! A section of groups (outreach, rehabilitation, safety): its chart, then its figures as a data
//! table behind a "Xem bảng số liệu" toggle. The table has every figure as the article states
//! it, the notes where the article is ambiguous, and the derived figures marked as computed.

use yew::prelude::*;

use crate::i18n::{text, Key, Lang};
use crate::view::{FigureLine, GroupBlock, Part, SectionVm};

fn row(group: &str, l: &FigureLine, lang: Lang) -> Html {
    let note = l.note.as_ref().map(|n| {
        html! { <span class="bl-note"><strong>{ text(Key::Note, lang) }{ ": " }</strong>{ n }</span> }
    });
    html! {
        <tr data-figure={l.id.clone()}>
            <th scope="row">{ group }</th>
            <td class="bl-value">{ &l.value }</td>
            <td>{ &l.label }{ for note }</td>
        </tr>
    }
}

fn group_rows(g: &GroupBlock, lang: Lang) -> Html {
    let derived = g.derived.iter().map(|d| {
        html! { <tr class="bl-derived"><th scope="row">{ &g.label }</th><td colspan="2">{ d }{ "*" }</td></tr> }
    });
    html! { <>{ for g.lines.iter().map(|l| row(&g.label, l, lang)) }{ for derived }</> }
}

/// A chart's figures as a table inside a native toggle, closed until the reader opens it: the
/// browser keeps it keyboard- and screen-reader-operable, with or without the script.
pub fn data_table(caption: &str, head: Html, body: Html, footnote: bool, lang: Lang) -> Html {
    html! {
        <details class="bl-data">
            <summary>{ text(Key::ShowTable, lang) }</summary>
            <table class="bl-table">
                <caption>{ caption }</caption>
                { head }
                { body }
            </table>
            if footnote {
                <p class="bl-footnote">{ "* " }{ text(Key::Derived, lang) }</p>
            }
        </details>
    }
}

/// Those reformed as a share of those received: one bar for the whole with the part filled,
/// labelled in the DOM. The bar is an SVG with presentation attributes (no inline style).
fn part_bar(p: &Part) -> Html {
    html! {
        <figure class="bl-part">
            <svg class="bl-part-bar" viewBox="0 0 1000 32" preserveAspectRatio="none" width="100%"
                height="32" role="img" aria-label={p.rate.clone()}>
                <rect class="bl-part-whole" width="1000" height="32" />
                <rect class="bl-part-fill" width={p.fill.to_string()} height="32" />
            </svg>
            <figcaption class="bl-part-labels">
                <span><i class="bl-swatch bl-s0"></i><strong>{ &p.part.0 }</strong>{ " " }{ &p.part.1 }</span>
                <span><i class="bl-swatch bl-part-key"></i><strong>{ &p.whole.0 }</strong>{ " " }{ &p.whole.1 }</span>
                <span class="bl-part-rate">{ &p.rate }</span>
            </figcaption>
        </figure>
    }
}

/// The section: heading, `chart` (if any), the part-to-whole bars, the data table; `id` names
/// the heading (unique within the widget).
pub fn figure_section(vm: &SectionVm, lang: Lang, id: &'static str, chart: Html) -> Html {
    let parts = vm
        .groups
        .iter()
        .filter_map(|g| g.part.as_ref())
        .map(part_bar);
    let head = html! {
        <thead>
            <tr>
                <th scope="col">{ text(Key::Group, lang) }</th>
                <th scope="col">{ text(Key::Figure, lang) }</th>
                <th scope="col">{ text(Key::What, lang) }</th>
            </tr>
        </thead>
    };
    let body = html! { <tbody>{ for vm.groups.iter().map(|g| group_rows(g, lang)) }</tbody> };
    let any_derived = vm.groups.iter().any(|g| !g.derived.is_empty());
    html! {
        <section class="bl-section" aria-labelledby={id}>
            <h2 class="bl-title" {id}>{ &vm.title }</h2>
            { chart }
            { for parts }
            { data_table(&vm.title, head, body, any_derived, lang) }
        </section>
    }
}
