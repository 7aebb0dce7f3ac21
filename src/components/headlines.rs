//! The headline cards: the widget's first view.

use yew::prelude::*;

use crate::i18n::{text, Key, Lang};
use crate::view::{Card, Shared};

/// Props of [`Headlines`].
#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    /// The cards, in order.
    pub cards: Shared<Vec<Card>>,
    /// The reader's language.
    pub lang: Lang,
}

/// A row of cards: a big figure and one line of context each.
#[function_component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    let cards = props.cards.iter().map(|c| {
        html! {
            <li class="bl-card">
                <strong class="bl-card-value">{ &c.value }</strong>
                <span class="bl-card-context">{ &c.context }</span>
            </li>
        }
    });
    html! {
        <section class="bl-headlines" aria-labelledby="bl-headlines-title">
            <h2 class="bl-sr-only" id="bl-headlines-title">{ text(Key::HeadlinesTitle, props.lang) }</h2>
            <ul class="bl-cards">{ for cards }</ul>
        </section>
    }
}
