//! The section control: one radio button per section, styled as a segmented control. A radio
//! group is what the control is (one section at a time), so the browser gives it its keyboard
//! (Tab into the group, arrow keys between sections) and screen readers announce "1 of 6".
//! The stylesheet shows the panel of the checked button with `:has()`, so the prerendered
//! page switches sections without a script; without the stylesheet every section shows.

use yew::prelude::*;

use super::markup::Markup;
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

/// The control for `sections`, the first checked. Markup text: the browser keeps which button
/// is checked, as it does in the prerendered page, so a pick renders nothing and the text never
/// changes (a raw node with new text would be replaced, and the focus lost with it).
pub fn section_nav(sections: &[SectionName], lang: Lang) -> Html {
    let mut m = Markup::default();
    let label = text(Key::NavLabel, lang);
    m.open(
        "div",
        &[
            ("class", "bl-nav"),
            ("role", "radiogroup"),
            ("aria-label", label),
        ],
    );
    for (i, s) in sections.iter().enumerate() {
        let checked = if i == 0 { "checked" } else { "" };
        m.open("label", &[("class", "bl-seg")])
            .open(
                "input",
                &[
                    ("type", "radio"),
                    ("name", "bl-section"),
                    ("value", s.key()),
                    (checked, ""),
                ],
            )
            .leaf("span", &[], text(name(*s), lang))
            .close("label");
    }
    m.close("div");
    m.html()
}
