//! The forces figures as a table: the accessible, translatable, searchable twin of the chart,
//! behind the chart's "Xem bảng số liệu" toggle.

use yew::prelude::*;

use super::figure_section::data_table;
use crate::i18n::{text, Key};
use crate::view::ForcesVm;

/// One row per kind of team: name, units, members (with qualifiers), members per unit; totals.
/// Row `highlight` (the one hovered in the chart) is emphasised.
pub fn forces_table(vm: &ForcesVm, title: &str, highlight: Option<usize>) -> Html {
    let rows = vm.rows.iter().enumerate().map(|(i, r)| {
        let active = (highlight == Some(i)).then_some("true");
        html! {
            <tr data-active={active}>
                <th scope="row">{ &r.label }</th>
                <td>{ &r.units_text }</td>
                <td>{ &r.members_text }</td>
                <td>{ &r.per_unit_text }</td>
            </tr>
        }
    });
    let head = html! {
            <thead>
                <tr>
                    <th scope="col">{ text(Key::TeamKind, vm.lang) }</th>
                    <th scope="col">{ &vm.series[0] }</th>
                    <th scope="col">{ &vm.series[1] }</th>
                    <th scope="col">{ text(Key::MembersPerUnit, vm.lang) }{ "*" }</th>
                </tr>
            </thead>
    };
    let body = html! {
        <>
            <tbody>{ for rows }</tbody>
            <tfoot>
                <tr>
                    <th scope="row">{ text(Key::Total, vm.lang) }{ "*" }</th>
                    <td>{ &vm.totals[0] }</td>
                    <td>{ &vm.totals[1] }</td>
                    <td></td>
                </tr>
            </tfoot>
        </>
    };
    data_table(title, head, body, true, vm.lang)
}
