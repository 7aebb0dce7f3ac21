//! Loading a dataset from `data-src`: fetch with a timeout, then the same parsing and validation
//! as the built-in one. Every failure is a value the widget shows, never a panic.

use std::fmt;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use super::{parse, DataError, Dataset};

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

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Timeout => write!(f, "no answer within {} s", TIMEOUT_MS / 1000),
            Self::Network(m) => write!(f, "request failed: {m}"),
            Self::Http(status) => write!(f, "HTTP {status}"),
            Self::Data(e) => write!(f, "{e}"),
        }
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
    let body = response.text().map_err(failed)?;
    let text = JsFuture::from(body)
        .await
        .map_err(failed)?
        .as_string()
        .unwrap_or_default();
    parse(&text).map_err(FetchError::Data)
}
