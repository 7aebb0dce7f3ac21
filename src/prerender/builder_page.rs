//! `builder.html` (Vietnamese) and `builder-en.html`: the editors' tool. A static page, no
//! server: the editor picks the widget's language, theme, sections (and their order), the mode
//! and the address `dist/` is published at; sees the real widget update as she does; copies the
//! snippet and the alt text. The page is prerendered here; its script makes the
//! snippet from the options and from what is written below, in `<template>`s, by the same
//! components as every snippet: the figures and link, the prerendered widget, and the lines
//! that ask for the module ahead (for a script snippet in the article's first screen).

use yew::prelude::*;

use super::chart::static_chart;
use super::pages::{document, frame_file, props, share_file, PageProps, Urls, IFRAME_HEIGHT};
use super::preload::module_preload;
use super::summary::{summary_text, Summary};
use super::words::{word, Word};
use crate::components::{section_name, ChartMark, Widget};
use crate::data::Dataset;
use crate::i18n::{text, Lang};
use crate::options::{Options, SectionName};

/// The builder page in `lang`.
#[function_component]
fn BuilderPage(props: &PageProps) -> Html {
    let lang = props.lang;
    let w = |w: Word| word(w, lang);
    let option = |name: &'static str, value: &'static str, label: &'static str, checked: bool| {
        html! {
            <label><input type="radio" {name} {value} {checked} />{ label }</label>
        }
    };
    let langs = html! {
        <>{ option("lang", "vi", "Tiếng Việt", lang == Lang::Vi) }{ option("lang", "en", "English", lang == Lang::En) }</>
    };
    let themes = [
        ("auto", Word::ThemeAuto),
        ("light", Word::ThemeLight),
        ("dark", Word::ThemeDark),
    ];
    let themes = themes
        .into_iter()
        .map(|(value, label)| (value, w(label)))
        .map(|(value, label)| {
            html! { <option {value}>{ label }</option> }
        });
    let sections = SectionName::ALL.iter().map(|s| {
        let name = text(section_name(*s), lang);
        html! {
            <li data-section={s.key()}>
                <label><input type="checkbox" name="section" value={s.key()} checked=true />{ name }</label>
                <button type="button" data-move="-1" aria-label={format!("{name}: {}", w(Word::Up))}>{ w(Word::Up) }</button>
                <button type="button" data-move="1" aria-label={format!("{name}: {}", w(Word::Down))}>{ w(Word::Down) }</button>
            </li>
        }
    });
    let modes = [
        ("link", Word::ModeLink, Word::ModeLinkFits),
        ("script", Word::ModeScript, Word::ModeScriptFits),
        ("iframe", Word::ModeIframe, Word::ModeIframeFits),
        ("url", Word::ModeUrl, Word::ModeUrlFits),
        ("amp", Word::ModeAmp, Word::ModeAmpFits),
    ];
    let modes = modes.iter().enumerate().map(|(i, &(value, label, fits))| {
        html! {
            <label><input type="radio" name="mode" {value} checked={i == 0} data-fits={w(fits)} />{ w(label) }</label>
        }
    });
    let widths = [
        ("390", Word::WidthPhone),
        ("680", Word::WidthArticle),
        ("full", Word::WidthFull),
    ];
    let widths = widths.iter().map(|&(value, label)| {
        html! {
            <label><input type="radio" name="preview-width" {value} checked={value == "680"} />{ w(label) }</label>
        }
    });
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    // The figures each snippet carries, in each language, with the link the script rewrites,
    // and the prerendered widget a script snippet holds (its addresses relative to dist/).
    let summaries = [Lang::Vi, Lang::En].map(|l| {
        let data = props.data.clone();
        let options = Options {
            lang: l,
            ..Options::default()
        };
        html! {
            <>
                <template data-summary={l.tag()} data-alt={summary_text(&data, l)}
                    data-title={word(Word::FrameTitle, l)}>
                    <Summary {data} lang={l} href={Urls::default().frame(l)} />
                </template>
                <template data-widget={l.tag()}><Widget {options} mark={ChartMark(static_chart)} /></template>
            </>
        }
    });
    html! {
        <html lang={lang.tag()}>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{ w(Word::BuilderTitle) }</title>
                <link rel="icon" href="data:," />
                <link rel="stylesheet" href="builder.css" />
                <script src="builder.js" defer=true></script>
                <script type="module" src="embed.js"></script>
            </head>
            <body>
                <main class="builder">
                    <p class="builder-lang"><a href={builder_file(other)} lang={other.tag()}>{ w(Word::OtherLanguage) }</a></p>
                    <h1>{ w(Word::BuilderTitle) }</h1>
                    <p>{ w(Word::BuilderIntro) }</p>
                    <div class="builder-work">
                        <div class="builder-controls">
                            <form class="builder-options" id="options" data-frame-vi={frame_file(Lang::Vi)}
                                data-frame-en={frame_file(Lang::En)} data-iframe-height={IFRAME_HEIGHT.to_string()}>
                                <fieldset><legend>{ w(Word::WidgetLanguage) }</legend>{ langs }</fieldset>
                                <p class="builder-theme"><label for="theme">{ w(Word::Theme) }</label><select id="theme" name="theme">{ for themes }</select></p>
                                <fieldset><legend>{ w(Word::Sections) }</legend><ol class="builder-sections">{ for sections }</ol></fieldset>
                                <fieldset><legend>{ w(Word::Mode) }</legend>{ for modes }<p class="builder-fits" id="fits" aria-live="polite"></p></fieldset>
                                <p class="builder-first">
                                    <label><input type="checkbox" name="first-screen" aria-describedby="first-screen-hint" />{ w(Word::FirstScreen) }</label>
                                    <span id="first-screen-hint">{ w(Word::FirstScreenHint) }</span>
                                </p>
                                <p>
                                    <label for="base">{ w(Word::Base) }</label>
                                    <input id="base" name="base" type="url" aria-describedby="base-hint" />
                                    <span id="base-hint">{ w(Word::BaseHint) }</span>
                                </p>
                            </form>
                            <h2><label for="snippet">{ w(Word::Snippet) }</label></h2>
                            <textarea id="snippet" readonly=true rows="8" />
                            <p><button type="button" data-copy="snippet">{ w(Word::Copy) }</button> <span class="builder-copied" aria-live="polite"></span></p>
                            <h2><label for="alt">{ w(Word::Alt) }</label></h2>
                            <p>{ w(Word::AltHint) }</p>
                            <textarea id="alt" readonly=true rows="4" />
                            <p><button type="button" data-copy="alt">{ w(Word::Copy) }</button> <span class="builder-copied" aria-live="polite"></span></p>
                            <h2>{ w(Word::ShareCard) }</h2>
                            <p>{ w(Word::ShareCardHint) }</p>
                            <p class="builder-card">
                                <a id="share-card" href={share_file(lang)} download="" data-vi={share_file(Lang::Vi)} data-en={share_file(Lang::En)}>
                                    <img src={share_file(lang)} alt="" width="300" height="158" loading="lazy" />
                                    <span>{ w(Word::ShareCardLink) }</span>
                                </a>
                            </p>
                        </div>
                        // Beside the options on a wide screen, and kept in view while they scroll.
                        <section class="builder-view" aria-labelledby="preview-title">
                            <h2 id="preview-title">{ w(Word::Preview) }</h2>
                            <fieldset class="builder-widths"><legend>{ w(Word::PreviewWidth) }</legend>{ for widths }</fieldset>
                            <div class="builder-preview" id="preview" data-width="680"><div data-bl-infographic="" data-lang={lang.tag()}></div></div>
                        </section>
                    </div>
                    { for summaries }
                    // What a script snippet marked "in the first screen" begins with.
                    <template data-preload="">{ module_preload(&Urls::default()) }</template>
                </main>
            </body>
        </html>
    }
}

/// The builder page's file in `lang`.
pub fn builder_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "builder.html",
        Lang::En => "builder-en.html",
    }
}

/// The builder page in `lang` ([`builder_file`]).
pub fn builder_page(data: &Dataset, lang: Lang) -> Result<String, std::io::Error> {
    document::<BuilderPage>(props(data, lang, &Urls::default()))
}
