//! The "download the data" link: the article's figures as the CSV file the build writes beside
//! the widget (from the same dataset, by `data::to_csv`), or, for a `data-src` dataset, that
//! dataset's own file. A link rather than a file made in the browser: the module carries no
//! CSV writer (1,7 KB brotli), and the prerendered page has the very same link.

use yew::prelude::*;

use super::markup::Markup;

use crate::i18n::{text, Key, Lang};

/// The file name readers get.
pub const CSV_FILE: &str = "so-lieu-chi-thi-09-bac-lieu.csv";

/// The link: to `src` (a `data-src` dataset in use), else to the CSV in `assets` (the URL of
/// the widget's files, ending in `/`; empty beside them).
pub fn download_button(assets: &str, src: Option<&str>, lang: Lang) -> Html {
    let (href, file, label) = match src {
        Some(src) => (src.to_string(), "", Key::DownloadJson),
        None => (format!("{assets}{CSV_FILE}"), CSV_FILE, Key::Download),
    };
    let mut m = Markup::default();
    let attrs = [("class", "bl-button"), ("href", &href), ("download", file)];
    m.leaf("a", &attrs, text(label, lang));
    m.html()
}
