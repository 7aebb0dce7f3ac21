//! The credit line: which article, portal, date and author the figures come from.

use yew::prelude::*;

use crate::data::Article;
use crate::i18n::{format_date, text, Key, Lang};

/// Props of [`Credit`].
#[derive(Properties, PartialEq)]
pub struct CreditProps {
    /// The source article.
    pub article: Article,
    /// The reader's language.
    pub lang: Lang,
}

/// "Nguồn: «title», portal, date, author."
#[function_component]
pub fn Credit(props: &CreditProps) -> Html {
    let (a, lang) = (&props.article, props.lang);
    let date = format_date(&a.date, lang).unwrap_or_else(|| a.date.clone());
    html! {
        <p class="bl-credit">
            { text(Key::Source, lang) }{ ": " }<cite>{ &a.title }</cite>
            { format!(", {}, {date}, {}.", a.portal.get(lang), a.author) }
        </p>
    }
}

/// The credit line as plain text, for the chart pictures.
#[cfg(feature = "prerender")]
pub fn credit_text(a: &Article, lang: Lang) -> String {
    let date = format_date(&a.date, lang).unwrap_or_else(|| a.date.clone());
    let (source, portal) = (text(Key::Source, lang), a.portal.get(lang));
    format!("{source}: {}, {portal}, {date}, {}.", a.title, a.author)
}
