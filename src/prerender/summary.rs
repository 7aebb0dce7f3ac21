//! The headline figures as one plain paragraph: what every snippet carries, so that a reader sees
//! the figures whatever a CMS keeps. Only `<p>`, `<strong>`, `<a href>` and text: the tags that
//! survive every rich-text editor and sanitizer we tried.

use std::rc::Rc;

use yew::prelude::*;

use super::words::{word, Word};
use crate::data::{Dataset, Section};
use crate::i18n::Lang;
use crate::view::{headlines, SectionVm};

/// What the summary says, in order: the headline cards, then the certification rates, each a
/// figure and its words.
struct Parts {
    cards: Vec<(String, String)>,
    rates: Vec<(String, String)>,
}

fn parts(data: &Dataset, lang: Lang) -> Parts {
    let safety = SectionVm::new(data, Section::Safety, lang);
    let rates: Vec<(String, String)> = safety
        .groups
        .iter()
        .flat_map(|g| g.lines.iter().map(|l| (g.label.clone(), l.value.clone())))
        .collect();
    // A card repeating a certification rate (the households') is left to the list of rates.
    let cards = headlines(data, lang)
        .into_iter()
        .filter(|c| !rates.iter().any(|(_, value)| *value == c.value))
        .map(|c| (c.value, c.context))
        .collect();
    Parts { cards, rates }
}

/// The summary as plain text, for a page's description.
pub fn summary_text(data: &Dataset, lang: Lang) -> String {
    let p = parts(data, lang);
    let cards: Vec<String> = p.cards.iter().map(|(v, c)| format!("{v} {c}")).collect();
    let rates: Vec<String> = p.rates.iter().map(|(l, v)| format!("{l} {v}")).collect();
    format!(
        "{}: {}. {}: {}. {}",
        word(Word::Heading, lang),
        cards.join("; "),
        word(Word::Certified, lang),
        rates.join("; "),
        word(Word::SeeAll, lang)
    )
}

/// Props of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The dataset.
    pub data: Rc<Dataset>,
    /// The language.
    pub lang: Lang,
    /// Where the link goes.
    pub href: AttrValue,
}

/// Items separated by `"; "`.
fn joined(items: impl Iterator<Item = Html>) -> Html {
    let items = items.enumerate().map(|(i, item)| match i {
        0 => item,
        _ => html! { <>{ "; " }{ item }</> },
    });
    html! { <>{ for items }</> }
}

/// The headline figures and the certification rates in `lang`, then a link to `href`, as one
/// `<p>`.
#[function_component]
pub fn Summary(props: &SummaryProps) -> Html {
    let (lang, p) = (props.lang, parts(&props.data, props.lang));
    let cards = p
        .cards
        .iter()
        .map(|(value, context)| html! { <><strong>{ value }</strong>{ format!(" {context}") }</> });
    let rates = p
        .rates
        .iter()
        .map(|(label, value)| html! { <>{ format!("{label} ") }<strong>{ value }</strong></> });
    html! {
        <p>
            <strong>{ format!("{}:", word(Word::Heading, lang)) }</strong>{ " " }{ joined(cards) }{ ". " }
            { format!("{}: ", word(Word::Certified, lang)) }{ joined(rates) }{ ". " }
            <a href={props.href.clone()}>{ word(Word::SeeAll, lang) }</a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;
    use crate::prerender::summary_html;

    #[test]
    fn the_summary_states_the_headline_figures_with_their_qualifiers() {
        let data = default_dataset().expect("valid");
        let html = summary_html(&data, Lang::Vi, "frame.html?lang=vi").expect("renders");
        for text in [
            "<strong>2.669</strong>",
            "101.662",
            "<strong>59,7%</strong>",
            "956",
            "571",
            "<strong>1.275</strong> tổ, ban",
            "trên 1.988",
            "<strong>từ 95% đến 97%</strong>",
            "<strong>94%</strong>",
            "<strong>trên 90</strong>",
            "<strong>từ 98% đến 100%</strong>",
            "<a href=\"frame.html?lang=vi\">",
        ] {
            assert!(html.contains(text), "{text} in {html}");
        }
        assert_eq!(html.matches("từ 95% đến 97%").count(), 1, "no figure twice");
        let tags: Vec<&str> = html
            .split('<')
            .skip(1)
            .map(|t| t.split([' ', '>']).next().unwrap_or(""))
            .collect();
        assert!(
            tags.iter()
                .all(|t| ["p", "/p", "strong", "/strong", "a", "/a"].contains(t)),
            "{tags:?}"
        );
        let en = summary_html(&data, Lang::En, "frame.html?lang=en").expect("renders");
        assert!(en.contains("<strong>59.7%</strong>") && en.contains("over 1,988"));
    }
}
