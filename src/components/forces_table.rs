//! The forces figures as a table: the accessible, translatable, searchable twin of the chart,
//! behind the chart's "Xem bảng số liệu" toggle.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::{col, DataTable};
use crate::i18n::{text, Key};
use crate::view::ForcesVm;

/// Props of [`ForcesTable`].
#[derive(Properties, PartialEq)]
pub struct ForcesTableProps {
    /// The forces figures.
    pub vm: Rc<ForcesVm>,
    /// The table's caption: the chart's title.
    pub title: AttrValue,
}

/// One row per kind of team: name, units, members (with qualifiers), members per unit; totals.
#[function_component]
pub fn ForcesTable(props: &ForcesTableProps) -> Html {
    let vm = Rc::clone(&props.vm);
    let lang = vm.lang;
    let head = html! {
        <>
            { col(text(Key::TeamKind, lang)) }
            { col(&vm.series[0]) }
            { col(&vm.series[1]) }
            { col(&format!("{}*", text(Key::MembersPerUnit, lang))) }
        </>
    };
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
                        <th scope="row">{ format!("{}*", text(Key::Total, lang)) }</th>
                        <td>{ &vm.totals[0] }</td>
                        <td>{ &vm.totals[1] }</td>
                        <td></td>
                    </tr>
                </tfoot>
            </>
        }
    });
    html! { <DataTable caption={props.title.clone()} {lang} footnote=true {head} {count} {rows} /> }
}
