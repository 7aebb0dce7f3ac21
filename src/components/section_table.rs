//! A section's figures as a table: every figure as the article states it, the notes where the
//! article is ambiguous, and the derived figures marked as computed.

use yew::prelude::*;

use super::data_table::DataTable;
use crate::i18n::{text, Key, Lang};
use crate::view::{GroupBlock, SectionVm, Shared};

/// The rows of one group: its figures, then what is computed from them.
fn group_rows(g: &GroupBlock, lang: Lang) -> Html {
    let lines = g.lines.iter().map(|l| {
        let note = l.note.as_ref().map(|note| {
            html! {
                <span class="bl-note"><strong>{ format!("{}: ", text(Key::Note, lang)) }</strong>{ note }</span>
            }
        });
        html! {
            <tr data-figure={l.id.clone()}>
                <th scope="row">{ &g.label }</th>
                <td class="bl-value">{ &l.value }</td>
                <td>{ &l.label }{ for note }</td>
            </tr>
        }
    });
    let derived = g.derived.iter().map(|d| {
        html! {
            <tr class="bl-derived">
                <th scope="row">{ &g.label }</th>
                <td colspan="2">{ format!("{d}*") }</td>
            </tr>
        }
    });
    html! { <>{ for lines }{ for derived }</> }
}

/// The section's table: group, figure, what is counted.
pub fn section_table(vm: &Shared<SectionVm>, lang: Lang) -> Html {
    let vm = vm.clone();
    let footnote = vm.groups.iter().any(|g| !g.derived.is_empty());
    let count: usize = vm
        .groups
        .iter()
        .map(|g| g.lines.len() + g.derived.len())
        .sum();
    let columns = [Key::Group, Key::Figure, Key::What];
    let columns = columns.map(|key| AttrValue::from(text(key, lang))).to_vec();
    let caption = AttrValue::from(vm.title.clone());
    let rows = Callback::from(move |()| {
        html! { <tbody>{ for vm.groups.iter().map(|g| group_rows(g, lang)) }</tbody> }
    });
    html! { <DataTable {caption} {lang} {footnote} {columns} {count} {rows} /> }
}
