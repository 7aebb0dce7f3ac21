//! The files editors and administrators paste, and the page the link and the iframe point to.
//! Every snippet carries the headline figures as text (see `summary`), so what a CMS strips
//! costs the reader the interactivity, never the figures.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::static_chart;
use super::preload::module_preload;
use super::summary::{summary_text, Summary};
use super::words::{word, Word};
use crate::chart::CARD_SIZE;
use crate::components::{ChartMark, Widget};
use crate::data::{origins, Dataset};
use crate::i18n::Lang;
use crate::options::Options;

/// Where `dist/` is published: `""` for URLs relative to the page (the demo and the tests), or
/// an absolute prefix ending in `/` for the snippets an editor pastes on another site.
#[derive(Clone, Debug, Default, PartialEq)]
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
        self.file(&format!("{}?lang={}", frame_file(lang), lang.tag()))
    }
}

/// The share card of `lang`, a file of `dist/`: the picture of a link to the infographic.
pub fn share_file(lang: Lang) -> String {
    format!("share-{}.png", lang.tag())
}

/// The prerendered page of `lang`, a file of `dist/`: `frame.html` or `frame-en.html`. (The
/// loader, `static/embed.js`, knows both names too: it recognises links to them.)
pub fn frame_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "frame.html",
        Lang::En => "frame-en.html",
    }
}

/// The iframe's height attribute, in CSS px: the prerendered page's height 360 px wide (a phone's
/// article column), checked by `tests/e2e/cls.test.mjs`. The site install sets it exactly.
pub const IFRAME_HEIGHT: u32 = 573;

/// Props of the pages and snippets.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The dataset.
    pub data: Rc<Dataset>,
    /// The language.
    pub lang: Lang,
    /// Where `dist/` is published.
    pub urls: Urls,
}

/// `frame.html`'s policy: as strict as the demo page's, and a second lock on the data: the
/// page may connect only to its own origin and to those listed at build time, whatever the
/// widget is asked to fetch.
pub fn frame_policy() -> String {
    let connect: Vec<&str> = std::iter::once("'self'").chain(origins::listed()).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src {}",
        connect.join(" ")
    )
}

/// `frame.html`: the widget prerendered in `lang` inside its host, with the stylesheet and the
/// loader that upgrades it in place.
#[function_component]
pub fn FramePage(props: &PageProps) -> Html {
    let (lang, tag) = (props.lang, props.lang.tag());
    let options = Options {
        lang,
        ..Options::default()
    };
    html! {
        <html lang={tag} data-bl-frame="">
            <head>
                <meta charset="utf-8" />
                <meta http-equiv="Content-Security-Policy" content={frame_policy()} />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{ word(Word::FrameTitle, lang) }</title>
                <meta name="description" content={summary_text(&props.data, lang)} />
                <link rel="icon" href="data:," />
                <link rel="alternate" hreflang="vi" href={frame_file(Lang::Vi)} />
                <link rel="alternate" hreflang="en" href={frame_file(Lang::En)} />
                <link rel="alternate" type="application/json+oembed" title={word(Word::FrameTitle, lang)}
                    href={props.urls.file(&oembed_file(lang))} />
                { share_meta(props) }
                <link rel="stylesheet" href="embed.css" />
                // The frame is its widget's whole first screen.
                { module_preload(&Urls::default()) }
                <script src="frame.js" defer=true></script>
                <script type="module" src="embed.js"></script>
            </head>
            <body>
                <div data-bl-infographic="" data-lang={tag}><Widget {options} mark={ChartMark(static_chart)} /></div>
            </body>
        </html>
    }
}

/// What a social network or a messenger shows for a link to the page: Open Graph's title,
/// description and large image (the share card), and Twitter's card. Their URLs must be
/// absolute: without a public address (`BL_PUBLIC_URL`) the image and the page's URL are left
/// out, and the build says so.
fn share_meta(props: &PageProps) -> Html {
    let lang = props.lang;
    let (width, height) = CARD_SIZE;
    let absolute = !props.urls.base.is_empty();
    let image = absolute.then(|| {
        html! {
            <>
                <meta property="og:url" content={props.urls.file(frame_file(lang))} />
                <meta property="og:image" content={props.urls.file(&share_file(lang))} />
                <meta property="og:image:type" content="image/png" />
                <meta property="og:image:width" content={width.to_string()} />
                <meta property="og:image:height" content={height.to_string()} />
                <meta property="og:image:alt" content={summary_text(&props.data, lang)} />
            </>
        }
    });
    html! {
        <>
            <meta property="og:type" content="article" />
            <meta property="og:title" content={word(Word::FrameTitle, lang)} />
            <meta property="og:description" content={summary_text(&props.data, lang)} />
            <meta property="og:locale" content={match lang { Lang::Vi => "vi_VN", Lang::En => "en_US" }} />
            { for image }
            <meta name="twitter:card" content="summary_large_image" />
        </>
    }
}

/// `snippet-link.html`: the figures and a link, nothing a CMS strips.
#[function_component]
pub fn SnippetLink(props: &PageProps) -> Html {
    let href = props.urls.frame(props.lang);
    html! { <Summary data={props.data.clone()} lang={props.lang} {href} /> }
}

/// The oEmbed file of `lang`, beside `frame.html`.
pub fn oembed_file(lang: Lang) -> String {
    format!("oembed-{}.json", lang.tag())
}

/// `snippet-script.html`: the stylesheet, then the host holding the widget itself, prerendered
/// by the same components (every section, the first one on show, the others a tap away without
/// a script too), and the loader. The stylesheet comes first, so the browser lays the host out
/// with it from the first paint (a stylesheet in the body holds back what follows it): the
/// static widget is the live widget's size at any width and in any font, and the swap to the
/// live one moves nothing. No `style` attribute: a strict `style-src 'self'` holds. The
/// headline figures and the link follow, for a page without the stylesheet.
#[function_component]
pub fn SnippetScript(props: &PageProps) -> Html {
    let (lang, urls) = (props.lang, &props.urls);
    let options = Options {
        lang,
        ..Options::default()
    };
    html! {
        <>
            <link rel="stylesheet" href={urls.file("embed.css")} />
            { "\n" }
            <div data-bl-infographic="" data-lang={lang.tag()}>
                <Widget {options} assets={urls.base.clone()} mark={ChartMark(static_chart)} />
                <Summary data={props.data.clone()} {lang} href={urls.frame(lang)} />
            </div>
            { "\n" }
            <script type="module" src={urls.file("embed.js")}></script>
        </>
    }
}

/// `snippet-iframe.html`: the whole infographic in a frame of fixed height, then the figures
/// and the link for a CMS that removes iframes.
#[function_component]
pub fn SnippetIframe(props: &PageProps) -> Html {
    let (lang, frame) = (props.lang, props.urls.frame(props.lang));
    html! {
        <>
            <iframe src={frame.clone()} title={word(Word::FrameTitle, lang)} width="100%"
                height={IFRAME_HEIGHT.to_string()} loading="lazy" frameborder="0"></iframe>
            { "\n" }
            <Summary data={props.data.clone()} {lang} href={frame} />
        </>
    }
}

/// What `install-site.html` says before its two lines.
const INSTALL_COMMENT: &str = "<!-- bl-infographic: once in the site theme, best in its <head> \
    (so that the space of a\n     link snippet is kept from the first paint; the footer code works \
    too). It upgrades every\n     pasted snippet on the page, link snippets included, to the live \
    widget. -->\n";

/// `install-site.html`'s two lines: what a portal administrator puts once in the site theme.
#[function_component]
pub fn InstallSite(props: &PageProps) -> Html {
    html! {
        <>
            <link rel="stylesheet" href={props.urls.file("embed.css")} />
            { "\n" }
            <script type="module" src={props.urls.file("embed.js")}></script>
        </>
    }
}

/// Renders `C` with `props` to HTML, by Yew's server renderer.
pub fn render<C>(props: C::Properties) -> Result<String, std::io::Error>
where
    C: BaseComponent,
{
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let renderer = yew::LocalServerRenderer::<C>::with_props(props).hydratable(false);
    Ok(runtime.block_on(renderer.render()))
}

pub(super) fn props(data: &Dataset, lang: Lang, urls: &Urls) -> PageProps {
    PageProps {
        data: Rc::new(data.clone()),
        lang,
        urls: urls.clone(),
    }
}

/// A whole page: `C` rendered with `props`, after its doctype.
pub(super) fn document<C>(props: C::Properties) -> Result<String, std::io::Error>
where
    C: BaseComponent,
{
    Ok(format!("<!DOCTYPE html>\n{}\n", render::<C>(props)?))
}

/// `frame.html` (or `frame-en.html`) for `lang`; its oEmbed link is absolute with `urls`.
pub fn frame_page(data: &Dataset, lang: Lang, urls: &Urls) -> Result<String, std::io::Error> {
    document::<FramePage>(props(data, lang, urls))
}

/// `snippet-link.html`.
pub fn snippet_link(data: &Dataset, lang: Lang, urls: &Urls) -> Result<String, std::io::Error> {
    Ok(render::<SnippetLink>(props(data, lang, urls))? + "\n")
}

/// `snippet-script.html`.
pub fn snippet_script(data: &Dataset, lang: Lang, urls: &Urls) -> Result<String, std::io::Error> {
    Ok(render::<SnippetScript>(props(data, lang, urls))? + "\n")
}

/// `snippet-iframe.html`.
pub fn snippet_iframe(data: &Dataset, lang: Lang, urls: &Urls) -> Result<String, std::io::Error> {
    Ok(render::<SnippetIframe>(props(data, lang, urls))? + "\n")
}

/// `install-site.html`.
pub fn install_site(urls: &Urls) -> Result<String, std::io::Error> {
    let data = Dataset::default();
    let lines = render::<InstallSite>(props(&data, Lang::Vi, urls))?;
    Ok(format!("{INSTALL_COMMENT}{lines}\n"))
}

#[cfg(test)]
#[path = "pages_tests.rs"]
mod tests;
