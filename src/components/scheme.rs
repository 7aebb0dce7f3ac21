//! The reader's colour scheme as it changes: a `change` listener on the
//! `(prefers-color-scheme: dark)` media query, removed when dropped.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{MediaQueryList, MediaQueryListEvent};

/// Calls back with "dark?" each time the reader's scheme changes, until dropped.
pub struct SchemeListener {
    query: MediaQueryList,
    closure: Closure<dyn FnMut(MediaQueryListEvent)>,
}

impl SchemeListener {
    /// Listens, or `None` where the browser has no such query.
    pub fn new(on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let query = web_sys::window()?
            .match_media("(prefers-color-scheme: dark)")
            .ok()??;
        let closure =
            Closure::<dyn FnMut(MediaQueryListEvent)>::new(move |e: MediaQueryListEvent| {
                on_change(e.matches())
            });
        query
            .add_event_listener_with_callback("change", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Self { query, closure })
    }
}

impl Drop for SchemeListener {
    fn drop(&mut self) {
        let _ = self
            .query
            .remove_event_listener_with_callback("change", self.closure.as_ref().unchecked_ref());
    }
}
