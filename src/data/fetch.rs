//! Loading a dataset from `data-src`: the address is checked against the allowed origins before
//! any request (see `origins`), then fetched with a timeout, then parsed and validated like the
//! built-in one. Every failure is a value the widget shows and tells its page, never a panic.

use std::fmt;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use super::origins;
use super::{parse_bytes, DataErrors, Dataset};
use crate::i18n::{fill, text, Key, Lang};

/// How long a `data-src` may take, in milliseconds.
pub const TIMEOUT_MS: u32 = 8000;

/// Why a `data-src` dataset was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The address is not on one of the allowed origins: nothing was fetched.
    Refused,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The request failed (network, CORS, a bad URL).
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The answer is not a valid dataset.
    Data(DataErrors),
}

impl FetchError {
    /// Why, as the page is told it in `bl-infographic:warning`'s `detail.reason`.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::Refused => "refused-origin",
            Self::Timeout => "timeout",
            Self::Network(_) | Self::Http(_) => "http",
            Self::Data(errors) => errors.reason().as_str(),
        }
    }

    /// Every message in `lang`: one, or one per problem of an invalid dataset.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        match self {
            Self::Data(errors) => errors.messages(lang),
            other => vec![other.describe(lang)],
        }
    }

    /// The message in `lang` (an invalid dataset: its first three problems, and how many more).
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Self::Refused => text(Key::ErrRefused, lang).to_string(),
            Self::Timeout => fill(
                text(Key::ErrTimeout, lang),
                &[&(TIMEOUT_MS / 1000).to_string()],
            ),
            Self::Network(m) => fill(text(Key::ErrNetwork, lang), &[m]),
            Self::Http(status) => format!("HTTP {status}"),
            Self::Data(errors) => errors.notice(lang),
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

/// `src` as an absolute URL, resolved as `fetch` would resolve it (against the page), if it
/// may be fetched by the widget whose files are at `assets`.
fn checked(window: &web_sys::Window, src: &str, assets: &str) -> Result<String, FetchError> {
    let base = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let url = web_sys::Url::new_with_base(src, &base).map_err(|_| FetchError::Refused)?;
    let own = web_sys::Url::new(assets).ok().map(|u| u.origin());
    match origins::allowed(&url.protocol(), &url.origin(), own.as_deref()) {
        true => Ok(url.href()),
        false => Err(FetchError::Refused),
    }
}

/// Fetches and validates the dataset at `src`, if its origin is the widget's own (that of
/// `assets`, the URL of the widget's files) or one listed at build time.
pub async fn fetch_dataset(src: &str, assets: &str) -> Result<Dataset, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let url = checked(&window, src, assets)?;
    let url = url.as_str();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DataError;

    #[test]
    fn the_page_hears_why_and_the_reader_reads_it_in_their_language() {
        let mut two = DataErrors::from(DataError::Empty {
            path: "article.title".into(),
        });
        two.push(DataError::Empty {
            path: "groups[0].label.en".into(),
        });
        let cases = [
            (FetchError::Refused, "refused-origin"),
            (FetchError::Timeout, "timeout"),
            (FetchError::Network("CORS".into()), "http"),
            (FetchError::Http(404), "http"),
            (FetchError::Data(two.clone()), "semantic"),
        ];
        for (error, reason) in &cases {
            assert_eq!(error.reason(), *reason, "{error:?}");
        }
        assert_eq!(
            FetchError::Timeout.describe(Lang::Vi),
            "không có phản hồi sau 8 giây"
        );
        assert_eq!(FetchError::Timeout.to_string(), "no answer within 8 s");
        assert_eq!(
            FetchError::Network("CORS".into()).describe(Lang::En),
            "request failed: CORS"
        );
        assert_eq!(FetchError::Http(404).messages(Lang::En), ["HTTP 404"]);
        let data = FetchError::Data(two.clone());
        assert_eq!(data.messages(Lang::Vi), two.messages(Lang::Vi));
        assert_eq!(data.messages(Lang::Vi).len(), 2, "one per problem");
        assert_eq!(data.describe(Lang::En), two.notice(Lang::En));
        assert!(FetchError::Refused
            .describe(Lang::Vi)
            .contains("cổng thông tin"));
    }
}
