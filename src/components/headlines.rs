//! The headline cards: the widget's first view.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{text, Key, Lang};
use crate::view::Card;

/// Props of [`Headlines`].
#[derive(Properties)]
pub struct HeadlinesProps {
    /// The cards, in order.
    pub cards: Rc<Vec<Card>>,
    /// The reader's language.
    pub lang: Lang,
}

/// The cards compared by address: they are built once per dataset and language.
impl PartialEq for HeadlinesProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.cards, &other.cards) && self.lang == other.lang
    }
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
