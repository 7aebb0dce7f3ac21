//! The oEmbed 1.0 `rich` response for each language (`oembed-vi.json`, `oembed-en.json`), which
//! `frame.html` links for discovery: a CMS that embeds a pasted URL (WordPress since 4.4) finds
//! it there. Its `html` is what WordPress keeps from a provider it does not trust: a
//! `<blockquote>` with the headline figures and a link, then an `<iframe>` with a title.

use serde::Serialize;
use yew::prelude::*;

use super::pages::{props, render, share_file, PageProps, IFRAME_HEIGHT};
use super::summary::Summary;
use super::words::{word, Word};
use crate::chart::CARD_SIZE;
use crate::data::Dataset;
use crate::i18n::Lang;

/// The width the embed asks for, in CSS px: an article column's.
pub const OEMBED_WIDTH: u32 = 600;

/// An oEmbed 1.0 response of type `rich`.
#[derive(Serialize)]
struct Response<'a> {
    version: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    title: &'a str,
    provider_name: &'a str,
    provider_url: &'a str,
    width: u32,
    height: u32,
    html: String,
    /// The share card.
    thumbnail_url: String,
    thumbnail_width: u32,
    thumbnail_height: u32,
}

/// The embed's markup: the figures and a link in a `<blockquote>`, then the frame.
#[function_component]
fn EmbedHtml(props: &PageProps) -> Html {
    let (lang, frame) = (props.lang, props.urls.frame(props.lang));
    html! {
        <>
            <blockquote><Summary data={props.data.clone()} {lang} href={frame.clone()} /></blockquote>
            <iframe src={frame} title={word(Word::FrameTitle, lang)} width={OEMBED_WIDTH.to_string()}
                height={IFRAME_HEIGHT.to_string()} frameborder="0"></iframe>
        </>
    }
}

/// `oembed-vi.json` or `oembed-en.json`: URLs absolute when `urls` has a base.
pub fn oembed(data: &Dataset, lang: Lang, urls: &super::Urls) -> Result<String, std::io::Error> {
    let html = render::<EmbedHtml>(props(data, lang, urls))?;
    let provider_url = match urls.base.as_str() {
        "" => "./",
        base => base,
    };
    let response = Response {
        version: "1.0",
        kind: "rich",
        title: word(Word::FrameTitle, lang),
        provider_name: word(Word::Provider, lang),
        provider_url,
        width: OEMBED_WIDTH,
        height: IFRAME_HEIGHT,
        html,
        thumbnail_url: urls.file(&share_file(lang)),
        thumbnail_width: CARD_SIZE.0,
        thumbnail_height: CARD_SIZE.1,
    };
    serde_json::to_string_pretty(&response).map_err(std::io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;
    use crate::prerender::Urls;

    #[test]
    fn the_response_is_oembed_rich_with_the_figures_and_a_titled_frame() {
        let data = default_dataset().expect("valid");
        let urls = Urls {
            base: "https://example.test/bl/".into(),
        };
        let json: serde_json::Value =
            serde_json::from_str(&oembed(&data, Lang::Vi, &urls).expect("renders")).expect("JSON");
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["width"], 600);
        assert_eq!(json["height"], IFRAME_HEIGHT);
        assert_eq!(json["provider_url"], "https://example.test/bl/");
        assert_eq!(
            json["thumbnail_url"],
            "https://example.test/bl/share-vi.png"
        );
        assert_eq!(
            (
                json["thumbnail_width"].as_u64(),
                json["thumbnail_height"].as_u64()
            ),
            (Some(1200), Some(630))
        );
        let html = json["html"].as_str().expect("html");
        assert!(
            html.starts_with("<blockquote><p><strong>Sơ kết 05 năm"),
            "{html}"
        );
        assert!(html.contains("<strong>2.669</strong>"));
        assert!(html.contains("<iframe src=\"https://example.test/bl/frame.html?lang=vi\""));
        assert!(html.contains("title=\"Đồ họa số liệu: Sơ kết 05 năm"));
        let en = oembed(&data, Lang::En, &Urls::default()).expect("renders");
        assert!(en.contains("\"provider_url\": \"./\"") && en.contains("frame-en.html?lang=en"));
    }
}
