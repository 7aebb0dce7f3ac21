//! The forces figures as a table: the accessible, translatable, searchable twin of the chart.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{text, Key};
use crate::view::ForcesVm;

/// Props of [`ForcesTable`].
#[derive(Properties, PartialEq)]
pub struct ForcesTableProps {
    /// What to list.
    pub vm: Rc<ForcesVm>,
    /// The row the pointer is on in the chart, emphasised here too.
    pub highlight: Option<usize>,
}

/// One row per kind of team: name, units, members, with qualifiers.
#[function_component]
pub fn ForcesTable(props: &ForcesTableProps) -> Html {
    let vm = &props.vm;
    let rows = vm.rows.iter().enumerate().map(|(i, r)| {
        let class = classes!((props.highlight == Some(i)).then_some("bl-active"));
        html! {
            <tr {class}>
                <th scope="row">{ &r.label }</th>
                <td>{ &r.units_text }</td>
                <td>{ &r.members_text }</td>
            </tr>
        }
    });
    html! {
        <table class="bl-table">
            <thead>
                <tr>
                    <th scope="col">{ text(Key::TeamKind, vm.lang) }</th>
                    <th scope="col">{ &vm.series[0] }</th>
                    <th scope="col">{ &vm.series[1] }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
