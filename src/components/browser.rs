//! The browser, as the components use it: the device pixel ratio, a container's width as it
//! changes (a `ResizeObserver`), and the reader's colour scheme as it changes (the
//! `(prefers-color-scheme: dark)` media query). Each watcher stops when dropped.

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MediaQueryList, ResizeObserver, ResizeObserverEntry};

/// The bitmap scale: the device pixel ratio, capped at 3 (cost grows with its square).
pub fn pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 3.0)
}

fn dark_query() -> Option<MediaQueryList> {
    web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()?
}

/// Whether the reader prefers dark colours now. Natively, in the build-time prerender, there
/// is no browser to ask (a call would panic): the static page is light.
pub fn prefers_dark() -> bool {
    cfg!(target_arch = "wasm32") && dark_query().is_some_and(|q| q.matches())
}

/// Calls back with "dark?" each time the reader's colour scheme changes, until dropped; `None`
/// where the browser has no such query.
pub fn on_scheme_change(on_change: impl Fn(bool) + 'static) -> Option<EventListener> {
    let query = dark_query()?;
    let now = query.clone();
    Some(EventListener::new(&query, "change", move |_| {
        on_change(now.matches())
    }))
}

/// Calls back with an element's content width (CSS px, rounded) whenever it changes; stops
/// when dropped.
pub struct WidthObserver {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl WidthObserver {
    /// Starts observing `target`.
    pub fn new(target: &Element, mut on_width: impl FnMut(u32) + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let last = entries.iter().last();
            if let Some(entry) = last.and_then(|e| e.dyn_into::<ResizeObserverEntry>().ok()) {
                on_width(entry.content_rect().width().round().max(0.0) as u32);
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(target);
        Some(Self {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for WidthObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
