//! A short visible notice: a bad option, an unusable dataset, a failed `data-src`.

use yew::prelude::*;

/// Shows a problem without hiding the figures: what went wrong (in the reader's language),
/// then where and what for the editor (attribute, field path, value).
pub fn notice(heading: &str, detail: &str) -> Html {
    html! {
        <p class="bl-notice" role="alert">
            <strong>{ heading }</strong>{ ": " }{ detail }
        </p>
    }
}
