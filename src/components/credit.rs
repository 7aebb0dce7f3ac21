//! The credit line: which article, portal, date and author the figures come from.

use yew::prelude::*;

use crate::data::Article;
use crate::i18n::{format_date, text, Key, Lang};

/// Props of [`Credit`].
#[derive(Properties, PartialEq)]
pub struct CreditProps {
    /// The source article.
    pub article: Article,
    /// Reader's language.
    pub lang: Lang,
}

/// "Nguồn: «title», portal, date, author."
#[function_component]
pub fn Credit(props: &CreditProps) -> Html {
    let a = &props.article;
    let date = format_date(&a.date, props.lang).unwrap_or_else(|| a.date.clone());
    html! {
        <p class="bl-credit">
            { text(Key::Source, props.lang) }{ ": " }
            <cite>{ &a.title }</cite>
            { format!(", {}, {}, {}.", text(Key::Portal, props.lang), date, a.author) }
        </p>
    }
}
