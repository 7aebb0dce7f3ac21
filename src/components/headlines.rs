//! The headline cards at the top of the widget. (Plain view functions rather than components
//! here and in the other static parts: each Yew component costs module bytes, and these have
//! no state of their own.)

use yew::prelude::*;

use crate::i18n::{text, Key, Lang};
use crate::view::Card;

/// A row of cards: a big figure and one line of context each.
pub fn headlines(cards: &[Card], lang: Lang) -> Html {
    let cards = cards.iter().map(|c| {
        html! {
            <li class="bl-card">
                <strong class="bl-card-value">{ &c.value }</strong>
                <span class="bl-card-context">{ &c.context }</span>
            </li>
        }
    });
    html! {
        <section class="bl-headlines" aria-labelledby="bl-headlines-title">
            <h2 class="bl-sr-only" id="bl-headlines-title">{ text(Key::HeadlinesTitle, lang) }</h2>
            <ul class="bl-cards">{ for cards }</ul>
        </section>
    }
}
