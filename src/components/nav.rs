//! The section control: one radio button per section, styled as a segmented control. A radio
//! group is what the control is (one section at a time), so the browser gives it its keyboard
//! (Tab into the group, arrow keys between sections) and screen readers announce "1 of 6".
//! The stylesheet shows the panel of the checked button with `:has()`, so the prerendered
//! page switches sections without a script; without the stylesheet every section shows.

use yew::prelude::*;

use crate::i18n::{text, Key, Lang};
use crate::options::SectionName;

/// The name on section `s`'s button (and in the editors' builder).
pub fn tab(s: SectionName) -> Key {
    match s {
        SectionName::Headlines => Key::TabHeadlines,
        SectionName::Forces => Key::TabForces,
        SectionName::Outreach => Key::TabOutreach,
        SectionName::Rehabilitation => Key::TabRehab,
        SectionName::Safety => Key::TabSafety,
        SectionName::Timeline => Key::TabTimeline,
    }
}

/// Props of [`SectionNav`].
#[derive(Properties, PartialEq)]
pub struct SectionNavProps {
    /// The sections, in display order.
    pub sections: Vec<SectionName>,
    /// The section on show.
    pub shown: Option<SectionName>,
    /// Called with the section the reader picks.
    pub on_pick: Callback<SectionName>,
    /// The reader's language.
    pub lang: Lang,
}

/// The control. The widget keeps the section picked: it renders a section once it is shown.
#[function_component]
pub fn SectionNav(props: &SectionNavProps) -> Html {
    let lang = props.lang;
    let buttons = props.sections.iter().map(|&s| {
        let onchange = props.on_pick.reform(move |_: Event| s);
        html! {
            <label class="bl-seg">
                <input type="radio" name="bl-section" value={s.key()} checked={Some(s) == props.shown} {onchange} />
                <span>{ text(tab(s), lang) }</span>
            </label>
        }
    });
    html! {
        <div class="bl-nav" role="radiogroup" aria-label={text(Key::NavLabel, lang)}>
            { for buttons }
        </div>
    }
}
