//! The credit line: which article, portal, date and author the figures come from.

use yew::prelude::*;

use super::markup::Markup;
use crate::data::Article;
use crate::i18n::{format_date, text, Key, Lang};

/// "Nguồn: «title», portal, date, author."
pub fn credit(a: &Article, lang: Lang) -> Html {
    let date = format_date(&a.date, lang).unwrap_or_else(|| a.date.clone());
    let mut m = Markup::default();
    m.open("p", &[("class", "bl-credit")])
        .text(&format!("{}: ", text(Key::Source, lang)))
        .leaf("cite", &[], &a.title)
        .text(&format!(
            ", {}, {}, {}.",
            a.portal.get(lang),
            date,
            a.author
        ))
        .close("p");
    m.html()
}

/// The credit line as plain text, for the chart pictures.
#[cfg(feature = "prerender")]
pub fn credit_text(a: &Article, lang: Lang) -> String {
    let date = format_date(&a.date, lang).unwrap_or_else(|| a.date.clone());
    let (source, portal) = (text(Key::Source, lang), a.portal.get(lang));
    format!("{source}: {}, {portal}, {date}, {}.", a.title, a.author)
}
