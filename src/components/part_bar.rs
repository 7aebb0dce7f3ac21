//! A part of a whole (those reformed of those received): one bar for the whole with the part
//! filled, labelled in the DOM. The bar is an SVG with presentation attributes (no inline
//! style, which a strict `style-src` would block).

use yew::prelude::*;

use super::swatch::{swatch, Of};
use crate::view::Part;

/// Props of [`PartBar`].
#[derive(Properties, PartialEq)]
pub struct PartBarProps {
    /// The part, the whole and the rate.
    pub part: Part,
}

/// The bar and its labels.
#[function_component]
pub fn PartBar(props: &PartBarProps) -> Html {
    let p = &props.part;
    let labels = [(&p.part, Of::First), (&p.whole, Of::Whole)];
    let labels = labels.into_iter().map(|((value, label), of)| {
        html! { <span>{ swatch(of) }<strong>{ value }</strong>{ format!(" {label}") }</span> }
    });
    html! {
        <figure class="bl-part">
            <svg class="bl-part-bar" viewBox="0 0 1000 32" preserveAspectRatio="none" width="100%"
                height="32" role="img" aria-label={p.rate.clone()}>
                <rect class="bl-part-whole" width="1000" height="32"></rect>
                <rect class="bl-part-fill" width={p.fill.to_string()} height="32"></rect>
            </svg>
            <figcaption class="bl-part-labels">
                { for labels }
                <span class="bl-part-rate">{ &p.rate }</span>
            </figcaption>
        </figure>
    }
}
