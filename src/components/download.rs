//! The "download the data" button: the dataset as a CSV file made in the browser.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::prelude::*;

use crate::data::{to_csv, Dataset};
use crate::i18n::{text, Key, Lang};

/// The file name readers get.
pub const FILE_NAME: &str = "so-lieu-chi-thi-09-bac-lieu.csv";

fn download(csv: &str) -> Result<(), JsValue> {
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
    a.set_download(FILE_NAME);
    a.click();
    Url::revoke_object_url(&url)
}

/// A button that saves the dataset as CSV.
pub fn download_button(data: &Rc<Dataset>, lang: Lang) -> Html {
    let data = data.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Err(e) = download(&to_csv(&data)) {
            web_sys::console::error_2(&"bl-infographic: CSV download failed".into(), &e);
        }
    });
    html! {
        <button type="button" class="bl-button" {onclick}>{ text(Key::Download, lang) }</button>
    }
}
