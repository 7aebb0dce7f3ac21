//! Helpers shared by the browser tests (tests/web.rs, tests/panic.rs).

use gloo_timers::future::TimeoutFuture;
use web_sys::Element;

/// Polls `ready` every 10 ms for at most 3 s (Yew renders asynchronously).
pub async fn until(mut ready: impl FnMut() -> bool) {
    for _ in 0..300 {
        if ready() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("condition not met within 3 s");
}

/// A new host element `<div data-bl-infographic data-lang=…>` at the end of the body.
pub fn new_host(lang: &str) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    host.set_attribute("data-bl-infographic", "").unwrap();
    host.set_attribute("data-lang", lang).unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    host
}
