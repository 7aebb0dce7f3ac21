//! The section control: one radio button per section, styled as a segmented control. A radio
//! group is what the control is (one section at a time), so the browser gives it its keyboard
//! (Tab into the group, arrow keys between sections) and screen readers announce "1 of 6".
//! The stylesheet shows the panel of the checked button with `:has()`, so the prerendered
//! page switches sections without a script; without the stylesheet every section shows.

use yew::prelude::*;

use crate::embed::SectionName;
use crate::i18n::{text, Key, Lang};

fn name(s: SectionName) -> Key {
    match s {
        SectionName::Headlines => Key::TabHeadlines,
        SectionName::Forces => Key::TabForces,
        SectionName::Outreach => Key::TabOutreach,
        SectionName::Rehabilitation => Key::TabRehab,
        SectionName::Safety => Key::TabSafety,
        SectionName::Timeline => Key::TabTimeline,
    }
}

/// The control for `sections`, with `current` checked; `on_pick` hears the reader's choice.
pub fn section_nav(
    sections: &[SectionName],
    current: SectionName,
    lang: Lang,
    on_pick: &Callback<SectionName>,
) -> Html {
    let buttons = sections.iter().map(|&s| {
        let onchange = on_pick.reform(move |_: Event| s);
        html! {
            <label class="bl-seg">
                <input type="radio" name="bl-section" value={s.key()} checked={s == current}
                    {onchange} />
                <span>{ text(name(s), lang) }</span>
            </label>
        }
    });
    html! {
        <div class="bl-nav" role="radiogroup" aria-label={text(Key::NavLabel, lang)}>
            { for buttons }
        </div>
    }
}
