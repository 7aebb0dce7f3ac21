//! The credit line: which article, portal, date and author the figures come from.

use yew::prelude::*;

use crate::view::CreditVm;

/// "Nguồn: «title», portal, date, author."
pub fn credit(vm: &CreditVm) -> Html {
    html! {
        <p class="bl-credit">
            { vm.source }{ ": " }<cite>{ &vm.title }</cite>{ &vm.rest }
        </p>
    }
}
