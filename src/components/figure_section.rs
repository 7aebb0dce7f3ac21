//! A section of groups (outreach, rehabilitation, safety): its heading, its charts, the
//! part-to-whole bars, then its figures as a table behind a toggle.

use std::rc::Rc;

use yew::prelude::*;

use super::part_bar::PartBar;
use super::section_table::SectionTable;
use crate::i18n::Lang;
use crate::view::SectionVm;

/// Props of [`FigureSection`].
#[derive(Properties, PartialEq)]
pub struct FigureSectionProps {
    /// The section's figures.
    pub vm: Rc<SectionVm>,
    /// The reader's language.
    pub lang: Lang,
    /// The heading's id (unique within the widget).
    pub id: &'static str,
    /// The section's charts.
    #[prop_or_default]
    pub children: Html,
}

/// The section.
#[function_component]
pub fn FigureSection(props: &FigureSectionProps) -> Html {
    let vm = &props.vm;
    let parts = vm.groups.iter().filter_map(|g| g.part.clone());
    html! {
        <section class="bl-section" aria-labelledby={props.id}>
            <h2 class="bl-title" id={props.id}>{ &vm.title }</h2>
            { props.children.clone() }
            { for parts.map(|part| html! { <PartBar {part} /> }) }
            <SectionTable vm={vm.clone()} lang={props.lang} />
        </section>
    }
}
