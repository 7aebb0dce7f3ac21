//! The headline figures as one plain paragraph: what every snippet carries, so that a reader sees
//! the figures whatever a CMS keeps. Only `<p>`, `<strong>`, `<a href>` and text: the tags that
//! survive every rich-text editor and sanitizer we tried.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::{Dataset, Section};
use crate::i18n::Lang;
use crate::view::{headlines, SectionVm};

/// Words of the snippets (build time only, so not in the module's catalogue).
pub(crate) fn words(lang: Lang) -> Words {
    match lang {
        Lang::Vi => Words {
            heading: "Sơ kết 05 năm thực hiện Chỉ thị số 09 ở thành phố Bạc Liêu",
            certified: "Tỉ lệ đạt chuẩn an toàn về an ninh trật tự",
            link: "Xem đồ họa số liệu đầy đủ",
            frame_title:
                "Đồ họa số liệu: Sơ kết 05 năm thực hiện Chỉ thị số 09 ở thành phố Bạc Liêu",
            provider: "Đồ họa số liệu Bạc Liêu",
        },
        Lang::En => Words {
            heading: "Five years of Directive 09 in Bạc Liêu city",
            certified: "Shares certified safe for security and order",
            link: "See the full infographic",
            frame_title: "Infographic: five years of Directive 09 in Bạc Liêu city",
            provider: "Bạc Liêu infographics",
        },
    }
}

/// Fixed words of the snippets and the page.
pub(crate) struct Words {
    pub heading: &'static str,
    pub certified: &'static str,
    pub link: &'static str,
    pub frame_title: &'static str,
    /// Who provides the embed, for oEmbed's `provider_name`.
    pub provider: &'static str,
}

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
    let (w, p) = (words(lang), parts(data, lang));
    let cards: Vec<String> = p.cards.iter().map(|(v, c)| format!("{v} {c}")).collect();
    let rates: Vec<String> = p.rates.iter().map(|(l, v)| format!("{l} {v}")).collect();
    format!(
        "{}: {}. {}: {}. {}",
        w.heading,
        cards.join("; "),
        w.certified,
        rates.join("; "),
        w.link
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
    let (w, p) = (words(props.lang), parts(&props.data, props.lang));
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
            <strong>{ format!("{}:", w.heading) }</strong>{ " " }{ joined(cards) }{ ". " }
            { format!("{}: ", w.certified) }{ joined(rates) }{ ". " }
            <a href={props.href.clone()}>{ w.link }</a>
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
