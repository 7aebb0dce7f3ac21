//! The credit line: which article, portal, date and author the figures come from.

use yew::prelude::*;

use crate::data::Article;
use crate::i18n::{format_date, text, Key, Lang};

/// "Nguồn: «title», portal, date, author."
pub fn credit(a: &Article, lang: Lang) -> Html {
    let date = format_date(&a.date, lang).unwrap_or_else(|| a.date.clone());
    html! {
        <p class="bl-credit">
            { text(Key::Source, lang) }{ ": " }
            <cite>{ &a.title }</cite>
            { format!(", {}, {}, {}.", a.portal.get(lang), date, a.author) }
        </p>
    }
}
