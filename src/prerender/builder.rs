//! `builder.html` (Vietnamese) and `builder-en.html`: the editors' tool. A static page, no
//! server: the editor picks the widget's language, theme, sections (and their order), the mode
//! and the address `dist/` is published at; sees the real widget update as she does; copies the
//! snippet and the alt text. The page is prerendered here; `static/builder.js` makes the
//! snippet from the options and from what is written below, in `<template>`s, by the same
//! components as every snippet: the figures and link, and the prerendered widget.

use yew::prelude::*;

use super::pages::{document, frame_file, props, PageProps, Urls, IFRAME_HEIGHT};
use super::static_chart;
use super::summary::{summary_text, words as snippet_words, Summary};
use crate::components::{section_name, ChartMark, Widget};
use crate::data::Dataset;
use crate::i18n::{text, Lang};
use crate::options::{Options, SectionName};

/// The builder's words, in the page's language.
struct Words {
    title: &'static str,
    intro: &'static str,
    other: (&'static str, &'static str),
    lang: &'static str,
    theme: &'static str,
    themes: [&'static str; 3],
    sections: &'static str,
    up: &'static str,
    down: &'static str,
    mode: &'static str,
    modes: [(&'static str, &'static str, &'static str); 5],
    base: &'static str,
    base_hint: &'static str,
    snippet: &'static str,
    copy: &'static str,
    alt: &'static str,
    alt_hint: &'static str,
    preview: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Vi => Words {
            title: "Tạo mã nhúng đồ họa số liệu",
            intro: "Chọn cách hiển thị, xem trước, rồi chép mã vào bài viết.",
            other: ("builder-en.html", "English"),
            lang: "Ngôn ngữ của đồ họa",
            theme: "Màu nền",
            themes: ["Theo máy người đọc", "Sáng", "Tối"],
            sections: "Các phần, theo thứ tự hiển thị",
            up: "Lên",
            down: "Xuống",
            mode: "Cách nhúng",
            modes: [
                ("link", "Liên kết", "Trình soạn thảo văn bản (bỏ mã script): số liệu và liên kết; thành đồ họa nếu trang đã cài đặt."),
                ("script", "Mã script", "Khối HTML giữ mã script: đồ họa đầy đủ."),
                ("iframe", "Khung iframe", "Trình soạn thảo giữ iframe: đồ họa trong khung."),
                ("url", "Chỉ địa chỉ", "WordPress (dán trên một dòng riêng), CKEditor 5 (nhúng phương tiện)."),
                ("amp", "AMP", "Trang AMP: thẻ amp-iframe."),
            ],
            base: "Địa chỉ thư mục dist/ đã đăng",
            base_hint: "Được nhớ trên máy này.",
            snippet: "Mã nhúng",
            copy: "Chép",
            alt: "Văn bản thay thế",
            alt_hint: "Cho trình soạn thảo hỏi mô tả của nội dung nhúng.",
            preview: "Xem trước",
        },
        Lang::En => Words {
            title: "Make the infographic's embed code",
            intro: "Choose how it shows, preview it, then copy the code into the article.",
            other: ("builder.html", "Tiếng Việt"),
            lang: "Language of the infographic",
            theme: "Colours",
            themes: ["The reader's setting", "Light", "Dark"],
            sections: "Sections, in the order shown",
            up: "Up",
            down: "Down",
            mode: "How to embed",
            modes: [
                ("link", "Link", "Rich-text editors (scripts removed): the figures and a link; the widget where the site is installed."),
                ("script", "Script", "An HTML block that keeps scripts: the whole widget."),
                ("iframe", "Iframe", "Editors that keep iframes: the widget in a frame."),
                ("url", "URL only", "WordPress (pasted on a line of its own), CKEditor 5 (media embed)."),
                ("amp", "AMP", "AMP pages: an amp-iframe."),
            ],
            base: "Address dist/ is published at",
            base_hint: "Remembered on this computer.",
            snippet: "Embed code",
            copy: "Copy",
            alt: "Alt text",
            alt_hint: "For editors that ask for a description of the embed.",
            preview: "Preview",
        },
    }
}

/// The builder page in `lang`.
#[function_component]
fn BuilderPage(props: &PageProps) -> Html {
    let (lang, w) = (props.lang, words(props.lang));
    let option = |name: &'static str, value: &'static str, label: &'static str, checked: bool| {
        html! {
            <label><input type="radio" {name} {value} {checked} />{ label }</label>
        }
    };
    let langs = html! {
        <>{ option("lang", "vi", "Tiếng Việt", lang == Lang::Vi) }{ option("lang", "en", "English", lang == Lang::En) }</>
    };
    let themes = ["auto", "light", "dark"]
        .into_iter()
        .zip(w.themes)
        .map(|(value, label)| {
            html! { <option {value}>{ label }</option> }
        });
    let sections = SectionName::ALL.iter().map(|s| {
        let name = text(section_name(*s), lang);
        html! {
            <li data-section={s.key()}>
                <label><input type="checkbox" name="section" value={s.key()} checked=true />{ name }</label>
                <button type="button" data-move="-1" aria-label={format!("{name}: {}", w.up)}>{ w.up }</button>
                <button type="button" data-move="1" aria-label={format!("{name}: {}", w.down)}>{ w.down }</button>
            </li>
        }
    });
    let modes = w.modes.iter().enumerate().map(|(i, (value, label, fits))| {
        html! {
            <label><input type="radio" name="mode" value={*value} checked={i == 0} data-fits={*fits} />{ *label }</label>
        }
    });
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
                    data-title={snippet_words(l).frame_title}>
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
                <title>{ w.title }</title>
                <link rel="icon" href="data:," />
                <link rel="stylesheet" href="builder.css" />
                <script src="builder.js" defer=true></script>
                <script type="module" src="embed.js"></script>
            </head>
            <body>
                <main class="builder">
                    <p class="builder-lang"><a href={w.other.0} lang={if lang == Lang::Vi { "en" } else { "vi" }}>{ w.other.1 }</a></p>
                    <h1>{ w.title }</h1>
                    <p>{ w.intro }</p>
                    <form class="builder-options" id="options" data-frame-vi={frame_file(Lang::Vi)}
                        data-frame-en={frame_file(Lang::En)} data-iframe-height={IFRAME_HEIGHT.to_string()}>
                        <fieldset><legend>{ w.lang }</legend>{ langs }</fieldset>
                        <p><label for="theme">{ w.theme }</label> <select id="theme" name="theme">{ for themes }</select></p>
                        <fieldset><legend>{ w.sections }</legend><ol class="builder-sections">{ for sections }</ol></fieldset>
                        <fieldset><legend>{ w.mode }</legend>{ for modes }<p class="builder-fits" id="fits" aria-live="polite"></p></fieldset>
                        <p>
                            <label for="base">{ w.base }</label>
                            <input id="base" name="base" type="url" aria-describedby="base-hint" />
                            <span id="base-hint">{ w.base_hint }</span>
                        </p>
                    </form>
                    <h2><label for="snippet">{ w.snippet }</label></h2>
                    <textarea id="snippet" readonly=true rows="8" />
                    <p><button type="button" data-copy="snippet">{ w.copy }</button> <span class="builder-copied" aria-live="polite"></span></p>
                    <h2><label for="alt">{ w.alt }</label></h2>
                    <p>{ w.alt_hint }</p>
                    <textarea id="alt" readonly=true rows="4" />
                    <p><button type="button" data-copy="alt">{ w.copy }</button> <span class="builder-copied" aria-live="polite"></span></p>
                    <h2>{ w.preview }</h2>
                    <div class="builder-preview" id="preview"><div data-bl-infographic="" data-lang={lang.tag()}></div></div>
                    { for summaries }
                </main>
            </body>
        </html>
    }
}

/// `builder.html` (`lang` Vietnamese) or `builder-en.html`.
pub fn builder_page(data: &Dataset, lang: Lang) -> Result<String, std::io::Error> {
    document::<BuilderPage>(props(data, lang, &Urls::default()))
}
