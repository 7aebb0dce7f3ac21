//! The "download the data" link: the figures as CSV, written by `data::to_csv` (UTF-8 with a
//! byte-order mark, so Excel shows Vietnamese correctly; formula-safe). For the article's
//! dataset the build writes that file beside the widget and the link points at it, as in the
//! prerendered page; for a `data-src` dataset the browser writes it when the reader asks.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::prelude::*;

use crate::data::{to_csv, Dataset};
use crate::i18n::{text, Key, Lang};
use crate::view::Shared;

/// The file name readers get for the article's figures.
pub const CSV_FILE: &str = "so-lieu-chi-thi-09-bac-lieu.csv";

/// A `data-src` dataset and where it came from (the dataset compared by address: it may have
/// thousands of figures).
#[derive(Clone, PartialEq)]
pub struct Custom {
    /// The dataset's URL, as the editor wrote it.
    pub src: AttrValue,
    /// The dataset.
    pub data: Shared<Dataset>,
}

/// Props of [`DownloadLink`].
#[derive(Properties, PartialEq)]
pub struct DownloadLinkProps {
    /// The URL of the widget's files, ending in `/` (empty beside them).
    pub assets: AttrValue,
    /// The `data-src` dataset in use, if any.
    #[prop_or_default]
    pub custom: Option<Custom>,
    /// The reader's language.
    pub lang: Lang,
}

/// The CSV's file name for a dataset read from `src`: its own name with `.csv`.
fn csv_name(src: &str) -> String {
    let path = src.split(['?', '#']).next().unwrap_or_default();
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    match stem.is_empty() {
        true => CSV_FILE.to_string(),
        false => format!("{stem}.csv"),
    }
}

/// Has the browser save `csv` as `file`: a Blob behind a link of its own, clicked once.
fn save(csv: &str, file: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(csv));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file);
    link.click();
    // Released once the browser has started the download.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The link.
#[function_component]
pub fn DownloadLink(props: &DownloadLinkProps) -> Html {
    let label = text(Key::Download, props.lang);
    let Some(custom) = props.custom.clone() else {
        let href = format!("{}{CSV_FILE}", props.assets);
        return html! { <a class="bl-button" {href} download={CSV_FILE}>{ label }</a> };
    };
    let file = csv_name(&custom.src);
    let onclick = {
        let file = file.clone();
        // Written when asked for: a dataset of thousands of figures makes a big file.
        Callback::from(
            move |e: MouseEvent| match save(&to_csv(&custom.data), &file) {
                Ok(()) => e.prevent_default(),
                // The link then opens the dataset itself.
                Err(why) => web_sys::console::error_2(&"bl-infographic: CSV".into(), &why),
            },
        )
    };
    let href = props.custom.as_ref().map(|c| c.src.clone());
    html! { <a class="bl-button" {href} download={file} {onclick}>{ label }</a> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dataset_s_csv_is_named_after_its_file() {
        assert_eq!(csv_name("data/custom.json"), "custom.csv");
        assert_eq!(csv_name("https://x.test/a/b.v2.json?x=1#y"), "b.v2.csv");
        assert_eq!(csv_name("https://x.test/a/"), CSV_FILE);
        assert_eq!(csv_name("so-lieu"), "so-lieu.csv");
    }
}
