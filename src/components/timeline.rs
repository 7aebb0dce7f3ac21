//! The timeline: the article's dated events as an ordered list with machine-readable dates.

use yew::prelude::*;

use crate::i18n::{text, Key, Lang};
use crate::view::{Entry, SectionVm};

/// From the directive to the review: the events, then the durations the article states.
pub fn timeline(entries: &[Entry], spans: &SectionVm, lang: Lang) -> Html {
    let entries = entries.iter().map(|e| {
        html! {
            <li class="bl-event">
                <time class="bl-event-date" datetime={e.iso.clone()}>{ &e.date }</time>
                <span class="bl-event-label">{ &e.label }</span>
            </li>
        }
    });
    let spans = spans.groups.iter().flat_map(|g| &g.lines).map(|l| {
        html! { <p class="bl-span" data-figure={l.id.clone()}><strong class="bl-value">{ &l.value }</strong>{ " " }{ &l.label }</p> }
    });
    html! {
        <section class="bl-section" aria-labelledby="bl-timeline-title">
            <h2 class="bl-title" id="bl-timeline-title">{ text(Key::SectionTimeline, lang) }</h2>
            <ol class="bl-timeline">{ for entries }</ol>
            { for spans }
        </section>
    }
}
