//! The headline figures as one plain paragraph: what every snippet carries, so that a reader sees
//! the figures whatever a CMS keeps. Only `<p>`, `<strong>`, `<a href>` and text: the tags that
//! survive every rich-text editor and sanitizer we tried.

use super::escape;
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
        },
        Lang::En => Words {
            heading: "Five years of Directive 09 in Bạc Liêu city",
            certified: "Shares certified safe for security and order",
            link: "See the full infographic",
            frame_title: "Infographic: five years of Directive 09 in Bạc Liêu city",
        },
    }
}

/// Fixed words of the snippets and the page.
pub(crate) struct Words {
    pub heading: &'static str,
    pub certified: &'static str,
    pub link: &'static str,
    pub frame_title: &'static str,
}

/// The headline figures and the certification rates in `lang`, then a link to `href`, as one
/// `<p>`.
pub fn summary_html(data: &Dataset, lang: Lang, href: &str) -> String {
    let w = words(lang);
    let safety = SectionVm::new(data, Section::Safety, lang);
    let lines: Vec<_> = safety
        .groups
        .iter()
        .flat_map(|g| g.lines.iter().map(move |l| (g, l)))
        .collect();
    let rates: Vec<String> = lines
        .iter()
        .map(|(g, l)| format!("{} <strong>{}</strong>", escape(&g.label), escape(&l.value)))
        .collect();
    // A card repeating a certification rate (the households') is left to the list of rates.
    let cards: Vec<String> = headlines(data, lang)
        .iter()
        .filter(|c| !lines.iter().any(|(_, l)| l.value == c.value))
        .map(|c| {
            format!(
                "<strong>{}</strong> {}",
                escape(&c.value),
                escape(&c.context)
            )
        })
        .collect();
    format!(
        "<p><strong>{}:</strong> {}. {}: {}. <a href=\"{}\">{}</a></p>",
        escape(w.heading),
        cards.join("; "),
        escape(w.certified),
        rates.join("; "),
        escape(href),
        escape(w.link),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn the_summary_states_the_headline_figures_with_their_qualifiers() {
        let data = default_dataset().expect("valid");
        let html = summary_html(&data, Lang::Vi, "frame.html?lang=vi");
        for text in [
            "<strong>2.669</strong>",
            "101.662",
            "<strong>59,7%</strong>",
            "956",
            "571",
            "<strong>1.275</strong>",
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
        let en = summary_html(&data, Lang::En, "frame.html?lang=en");
        assert!(en.contains("<strong>59.7%</strong>") && en.contains("over 1,988"));
    }
}
