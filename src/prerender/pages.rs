//! The files editors and administrators paste, and the page the link and the iframe point to.
//! Every snippet carries the headline figures as text (see `summary`), so what a CMS strips
//! costs the reader the interactivity, never the figures.

use super::escape;
use super::summary::{summary_html, words};
use crate::data::Dataset;
use crate::i18n::Lang;

/// Where `dist/` is published: `""` for URLs relative to the page (the demo and the tests), or
/// an absolute prefix ending in `/` for the snippets an editor pastes on another site.
#[derive(Clone, Debug, Default)]
pub struct Urls {
    /// Prefix of every URL in the snippets.
    pub base: String,
}

impl Urls {
    /// A file of `dist/`.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.base)
    }

    /// The page the link snippet and the iframe point to, with its language: the English one
    /// is its own prerendered page, so that it reads in English with scripts off too.
    pub fn frame(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.file("frame.html?lang=vi"),
            Lang::En => self.file("frame-en.html?lang=en"),
        }
    }
}

/// The iframe's height attribute, in CSS px: the prerendered page's height 360 px wide (a phone's
/// article column), checked by `tests/e2e/cls.test.mjs`. The site install sets it exactly.
pub const IFRAME_HEIGHT: u32 = 573;

/// `frame.html`: the widget prerendered in `lang` inside its host, with the stylesheet and the
/// loader that upgrades it in place.
pub fn frame_page(data: &Dataset, lang: Lang, widget: &str) -> String {
    let w = words(lang);
    let title = escape(w.frame_title);
    let description = escape(&strip_tags(&summary_html(data, lang, "")));
    let tag = lang.tag();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{tag}\" data-bl-frame>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"icon\" href=\"data:,\">\n\
         <link rel=\"alternate\" hreflang=\"vi\" href=\"frame.html\">\n\
         <link rel=\"alternate\" hreflang=\"en\" href=\"frame-en.html\">\n\
         <link rel=\"stylesheet\" href=\"embed.css\">\n\
         <script type=\"module\" src=\"embed.js\"></script>\n</head>\n<body>\n\
         <div data-bl-infographic data-lang=\"{tag}\">{widget}</div>\n</body>\n</html>\n"
    )
}

/// The text of some HTML, for a description.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").trim().to_string()
}

/// `snippet-link.html`: the figures and a link, nothing a CMS strips.
pub fn snippet_link(data: &Dataset, lang: Lang, urls: &Urls) -> String {
    format!("{}\n", summary_html(data, lang, &urls.frame(lang)))
}

/// `snippet-script.html`: the host holding the figures, and the loader (which brings the
/// stylesheet: a `<link>` in the body stalls the host page's first paint halfway, and the page
/// then jumps when the rest of it comes — measured on the demo page, CLS 0,25 at 768 px).
pub fn snippet_script(data: &Dataset, lang: Lang, urls: &Urls) -> String {
    format!(
        "<div data-bl-infographic data-lang=\"{}\">{}</div>\n\
         <script type=\"module\" src=\"{}\"></script>\n",
        lang.tag(),
        summary_html(data, lang, &urls.frame(lang)),
        urls.file("embed.js"),
    )
}

/// `snippet-iframe.html`: the whole infographic in a frame of fixed height, then the figures
/// and the link for a CMS that removes iframes.
pub fn snippet_iframe(data: &Dataset, lang: Lang, urls: &Urls) -> String {
    let frame = urls.frame(lang);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{IFRAME_HEIGHT}\" \
         loading=\"lazy\" frameborder=\"0\"></iframe>\n{}\n",
        escape(&frame),
        escape(words(lang).frame_title),
        summary_html(data, lang, &frame),
    )
}

/// `install-site.html`: what a portal administrator puts once in the site theme.
pub fn install_site(urls: &Urls) -> String {
    format!(
        "<!-- bl-infographic: once in the site theme, best in its <head> (so that the space of a\n     \
         link snippet is kept from the first paint; the footer code works too). It upgrades every\n     \
         pasted snippet on the page, link snippets included, to the live widget. -->\n\
         <link rel=\"stylesheet\" href=\"{}\">\n<script type=\"module\" src=\"{}\"></script>\n",
        urls.file("embed.css"),
        urls.file("embed.js"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn every_snippet_carries_the_figures_and_the_link() {
        let data = default_dataset().expect("valid");
        let urls = Urls {
            base: "https://example.test/bl/".into(),
        };
        for snippet in [
            snippet_link(&data, Lang::Vi, &urls),
            snippet_script(&data, Lang::Vi, &urls),
            snippet_iframe(&data, Lang::Vi, &urls),
        ] {
            assert!(snippet.contains("<strong>2.669</strong>"), "{snippet}");
            assert!(snippet.contains("href=\"https://example.test/bl/frame.html?lang=vi\""));
        }
        let en = snippet_link(&data, Lang::En, &urls);
        assert!(en.contains("href=\"https://example.test/bl/frame-en.html?lang=en\""));
        let link = snippet_link(&data, Lang::Vi, &urls);
        assert!(!link.contains("class=") && !link.contains("data-") && !link.contains("<script"));
        assert!(install_site(&urls).contains("src=\"https://example.test/bl/embed.js\""));
    }

    #[test]
    fn the_frame_page_is_the_prerendered_widget_in_its_host() {
        let data = default_dataset().expect("valid");
        let page = frame_page(&data, Lang::En, "<div class=\"bl-root\">x</div>");
        assert!(page.contains("<html lang=\"en\" data-bl-frame>"));
        assert!(page.contains("<div data-bl-infographic data-lang=\"en\"><div class=\"bl-root\">"));
        assert!(page.contains("content=\"Five years of Directive 09 in Bạc Liêu city: "));
    }
}
