//! A section of groups (outreach, rehabilitation, safety): its heading, its charts, the
//! part-to-whole bars, then its figures as a table behind a toggle.

use yew::prelude::*;

use super::part_bar::PartBar;
use super::section_table::section_table;
use crate::i18n::Lang;
use crate::view::{SectionVm, Shared};

/// The section `vm`, its heading's id `id` (unique within the widget), its `charts`.
pub fn figure_section(vm: &Shared<SectionVm>, lang: Lang, id: &'static str, charts: Html) -> Html {
    let parts = vm.groups.iter().filter_map(|g| g.part.clone());
    html! {
        <section class="bl-section" aria-labelledby={id}>
            <h2 class="bl-title" {id}>{ &vm.title }</h2>
            { charts }
            { for parts.map(|part| html! { <PartBar {part} /> }) }
            { section_table(vm, lang) }
        </section>
    }
}
