//! The timeline, DOM-first: the proportional time axis (`timeline_axis.rs`) and the events as a
//! radio group. Picking an event (tap, click, or the arrow keys once Tab has reached the group)
//! shows its date, what happened and the article's sentence; the stylesheet does the showing,
//! so the prerendered page works without a script. The pick is this component's state, so a
//! re-render of the widget keeps it. From 600 px of widget width the axis and the events run
//! across; below that both run down, side by side.

use yew::prelude::*;

use super::timeline_axis;
use crate::i18n::{text, Key, Lang};
use crate::view::{Shared, TimelineVm};

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The events, years and spans.
    pub vm: Shared<TimelineVm>,
    /// The reader's language.
    pub lang: Lang,
}

/// From the directive to the review.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let picked = use_state_eq(|| 0usize);
    let vm = &props.vm;
    // A duration, drawn as its span on the axis, with its note after a dash.
    let spans = vm.spans.iter().map(|l| {
        let note = l.note.iter().map(|n| format!(" — {n}"));
        html! {
            <p class="bl-span" data-figure={l.id.clone()}>
                <i class="bl-swatch bl-tl-span-key"></i>
                <strong class="bl-value">{ &l.value }</strong>
                { format!(" {}", l.label) }
                { for note }
            </p>
        }
    });
    let events = vm.entries.iter().enumerate().map(|(i, e)| {
        let onchange = {
            let picked = picked.clone();
            Callback::from(move |_: Event| picked.set(i))
        };
        html! {
            <li class="bl-event">
                <label class="bl-tl-pick">
                    <input type="radio" name="bl-event" value={i.to_string()} checked={i == *picked} {onchange} />
                    <span class="bl-tl-num-key">{ i + 1 }</span>
                    <time class="bl-event-date" datetime={e.iso.clone()}>{ &e.date }</time>
                    <span class="bl-event-label">{ &e.label }</span>
                </label>
                <blockquote class="bl-tl-source" lang="vi">{ format!("“{}”", e.source) }</blockquote>
            </li>
        }
    });
    // Below 600 px of widget width the axis runs down beside the events; `hidden` keeps it out
    // of a page without the stylesheet, which has the axis across.
    html! {
        <section class="bl-section" aria-labelledby="bl-timeline-title">
            <h2 class="bl-title" id="bl-timeline-title">{ text(Key::SectionTimeline, props.lang) }</h2>
            { timeline_axis::across(vm) }
            { for spans }
            <div class="bl-tl-body">
                <div class="bl-tl-down" hidden=true>{ timeline_axis::down(vm) }</div>
                <ol class="bl-timeline">{ for events }</ol>
            </div>
        </section>
    }
}
