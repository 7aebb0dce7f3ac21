//! A text section (outreach, rehabilitation, safety): per group, its figures as stated, notes
//! where the article is ambiguous, and derived figures marked as computed.

use yew::prelude::*;

use crate::i18n::{text, Key, Lang};
use crate::view::{FigureLine, SectionVm};

fn line(l: &FigureLine, lang: Lang) -> Html {
    let note = l.note.as_ref().map(|n| {
        html! { <span class="bl-note"><strong>{ text(Key::Note, lang) }{ ": " }</strong>{ n }</span> }
    });
    html! {
        <li data-figure={l.id.clone()}>
            <strong class="bl-value">{ &l.value }</strong>{ " " }{ &l.label }
            { for note }
        </li>
    }
}

/// Groups as lists of figures, after an optional `chart`; `id` names the heading (unique within
/// the widget).
pub fn figure_section(vm: &SectionVm, lang: Lang, id: &'static str, chart: Html) -> Html {
    let groups = vm.groups.iter().map(|g| {
        let derived = g
            .derived
            .iter()
            .map(|d| html! { <li class="bl-derived">{ d }{ "*" }</li> });
        html! {
            <div class="bl-group">
                <h3 class="bl-group-title">{ &g.label }</h3>
                <ul class="bl-lines">
                    { for g.lines.iter().map(|l| line(l, lang)) }
                    { for derived }
                </ul>
            </div>
        }
    });
    let any_derived = vm.groups.iter().any(|g| !g.derived.is_empty());
    html! {
        <section class="bl-section" aria-labelledby={id}>
            <h2 class="bl-title" {id}>{ &vm.title }</h2>
            { chart }
            { for groups }
            if any_derived {
                <p class="bl-footnote">{ "* " }{ text(Key::Derived, lang) }</p>
            }
        </section>
    }
}
