//! A short visible notice: a bad option, an unusable dataset, a failed `data-src`.

use yew::prelude::*;

use super::markup::Markup;

/// Shows a problem without hiding the figures: what went wrong (in the reader's language),
/// then where and what for the editor (attribute, field path, value).
pub fn notice(heading: &str, detail: &str) -> Html {
    let mut m = Markup::default();
    m.open("p", &[("class", "bl-notice"), ("role", "alert")])
        .leaf("strong", &[], heading)
        .text(&format!(": {detail}"))
        .close("p");
    m.html()
}
