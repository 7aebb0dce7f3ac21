//! Loading a dataset from `data-src`: fetch with a timeout, then the same parsing and validation
//! as the built-in one. Every failure is a value the widget shows, never a panic.

use std::fmt;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use super::{parse_bytes, DataError, Dataset};
use crate::i18n::{fill, text, Key, Lang};

/// How long a `data-src` may take, in milliseconds.
pub const TIMEOUT_MS: u32 = 8000;

/// Why a `data-src` dataset was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The request failed (network, CORS, a bad URL).
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The answer is not a valid dataset.
    Data(DataError),
}

impl FetchError {
    /// The message in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Self::Timeout => fill(
                text(Key::ErrTimeout, lang),
                &[&(TIMEOUT_MS / 1000).to_string()],
            ),
            Self::Network(m) => fill(text(Key::ErrNetwork, lang), &[m]),
            Self::Http(status) => format!("HTTP {status}"),
            Self::Data(e) => e.describe(lang),
        }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

fn message(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Fetches and validates the dataset at `url`.
pub async fn fetch_dataset(url: &str) -> Result<Dataset, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let controller = AbortController::new().map_err(|e| FetchError::Network(message(e)))?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let abort = controller.clone();
    let _timer = Timeout::new(TIMEOUT_MS, move || abort.abort());
    let failed = |e: JsValue| match controller.signal().aborted() {
        true => FetchError::Timeout,
        false => FetchError::Network(message(e)),
    };
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(|e| FetchError::Network(message(e)))?;
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    // The bytes, copied once into the module and read as they are: `text()` would decode them
    // into a JavaScript string only for the glue to encode it back into UTF-8 (10.000 figures:
    // about 100 ms of a throttled phone's time). A byte-order mark is skipped, as `text()` does;
    // bad UTF-8 is an error with its line and column.
    let body = response.array_buffer().map_err(failed)?;
    let bytes = js_sys::Uint8Array::new(&JsFuture::from(body).await.map_err(failed)?).to_vec();
    parse_bytes(&bytes).map_err(FetchError::Data)
}
