//! A short visible notice: a bad option, an unusable dataset, a failed `data-src`.

use yew::prelude::*;

/// Props of [`Notice`].
#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// What went wrong, in the reader's language.
    pub heading: AttrValue,
    /// Where and what, for the editor (attribute, field path, value).
    pub detail: AttrValue,
}

/// Shows a problem without hiding the figures.
#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! {
        <p class="bl-notice" role="alert"><strong>{ &props.heading }</strong>{ ": " }{ &props.detail }</p>
    }
}
