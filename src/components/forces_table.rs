//! The forces figures as a table: the accessible, translatable, searchable twin of the chart,
//! behind the chart's "Xem bảng số liệu" toggle.

use yew::prelude::*;

use super::data_table::DataTable;
use crate::i18n::{text, Key};
use crate::view::{ForcesVm, Shared};

/// One row per kind of team: name, units, members (with qualifiers), members per unit; totals.
pub fn forces_table(vm: &Shared<ForcesVm>, title: &str) -> Html {
    let vm = vm.clone();
    let lang = vm.lang;
    let columns = vec![
        AttrValue::Static(text(Key::TeamKind, lang)),
        vm.series[0].clone().into(),
        vm.series[1].clone().into(),
        vm.per_unit_heading.clone().into(),
    ];
    let count = vm.rows.len();
    let rows = Callback::from(move |()| {
        let rows = vm.rows.iter().map(|r| {
            let cells = vm.texts(r).into_iter().map(|t| html! { <td>{ t }</td> });
            html! { <tr><th scope="row">{ &r.label }</th>{ for cells }</tr> }
        });
        html! {
            <>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ &vm.total_heading }</th>
                        <td>{ &vm.totals[0] }</td>
                        <td>{ &vm.totals[1] }</td>
                        <td></td>
                    </tr>
                </tfoot>
            </>
        }
    });
    html! { <DataTable caption={title.to_string()} {lang} footnote=true {columns} {count} {rows} /> }
}
