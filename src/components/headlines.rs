//! The headline cards: the widget's first view. (Written as markup, like the other parts with no
//! events of their own: see `markup`.)

use yew::prelude::*;

use super::markup::Markup;
use crate::i18n::{text, Key, Lang};
use crate::view::Card;

/// A row of cards: a big figure and one line of context each.
pub fn headlines(cards: &[Card], lang: Lang) -> Html {
    let mut m = Markup::default();
    m.open(
        "section",
        &[
            ("class", "bl-headlines"),
            ("aria-labelledby", "bl-headlines-title"),
        ],
    )
    .leaf(
        "h2",
        &[("class", "bl-sr-only"), ("id", "bl-headlines-title")],
        text(Key::HeadlinesTitle, lang),
    )
    .open("ul", &[("class", "bl-cards")]);
    for c in cards {
        m.open("li", &[("class", "bl-card")])
            .leaf("strong", &[("class", "bl-card-value")], &c.value)
            .leaf("span", &[("class", "bl-card-context")], &c.context)
            .close("li");
    }
    m.close("ul").close("section");
    m.html()
}
