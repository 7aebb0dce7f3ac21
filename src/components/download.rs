//! The "download the data" button: the dataset as a CSV file made in the browser; in the
//! prerendered page, a link to the same CSV written beside it at build time.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::Dataset;
use crate::i18n::{text, Key, Lang};

/// The file name readers get.
pub const CSV_FILE: &str = "so-lieu-chi-thi-09-bac-lieu.csv";

#[cfg(not(feature = "prerender"))]
fn download(csv: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

    let bag = BlobPropertyBag::new();
    bag.set_type("text/csv;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(csv));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(CSV_FILE);
    a.click();
    Url::revoke_object_url(&url)
}

/// A button that saves the dataset as CSV.
#[cfg(not(feature = "prerender"))]
pub fn download_button(data: &Rc<Dataset>, lang: Lang) -> Html {
    let data = data.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Err(e) = download(&crate::data::to_csv(&data)) {
            web_sys::console::error_2(&"bl-infographic: CSV download failed".into(), &e);
        }
    });
    html! {
        <button type="button" class="bl-button" {onclick}>{ text(Key::Download, lang) }</button>
    }
}

/// In the prerendered page: a link to the CSV that the build writes beside it.
#[cfg(feature = "prerender")]
pub fn download_button(_data: &Rc<Dataset>, lang: Lang) -> Html {
    html! {
        <a class="bl-button" href={CSV_FILE} download={CSV_FILE}>{ text(Key::Download, lang) }</a>
    }
}
