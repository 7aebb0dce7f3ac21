//! The forces figures as a table: the accessible, translatable, searchable twin of the chart,
//! behind the chart's "Xem bảng số liệu" toggle.

use std::rc::Rc;

use yew::prelude::*;

use super::figure_section::{col, data_table};
use crate::i18n::{text, Key};
use crate::view::ForcesVm;

/// One row per kind of team: name, units, members (with qualifiers), members per unit; totals.
pub fn forces_table(vm: &Rc<ForcesVm>, title: &str) -> Html {
    let vm = Rc::clone(vm);
    data_table(title, vm.lang, true, vm.rows.len(), move |m, head| {
        if head {
            col(m, text(Key::TeamKind, vm.lang));
            col(m, &vm.series[0]);
            col(m, &vm.series[1]);
            col(m, &format!("{}*", text(Key::MembersPerUnit, vm.lang)));
            return;
        }
        m.open("tbody", &[]);
        for r in &vm.rows {
            m.open("tr", &[]).leaf("th", &[("scope", "row")], &r.label);
            for text in vm.texts(r) {
                m.leaf("td", &[], &text);
            }
            m.close("tr");
        }
        m.close("tbody")
            .open("tfoot", &[])
            .open("tr", &[])
            .leaf(
                "th",
                &[("scope", "row")],
                &format!("{}*", text(Key::Total, vm.lang)),
            )
            .leaf("td", &[], &vm.totals[0])
            .leaf("td", &[], &vm.totals[1])
            .leaf("td", &[], "")
            .close("tr")
            .close("tfoot");
    })
}
