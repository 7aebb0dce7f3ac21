//! Yew delegates events to listeners on an app's root element and never removes them: it
//! forgets their closures ("the registry is never dropped in production"), so every unmounted
//! widget would keep its listeners for the page's lifetime. Before Yew sees the root, its
//! `addEventListener` is shadowed by one that records what is added; unmounting removes them.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

type Added = Rc<RefCell<Vec<(String, Function)>>>;

/// The listeners added to one root element; [`Recorder::release`] removes them.
pub struct Recorder {
    root: Element,
    added: Added,
    _hook: Closure<dyn Fn(String, JsValue, JsValue)>,
}

impl Recorder {
    /// Starts recording the listeners added to `root`.
    pub fn new(root: &Element) -> Result<Self, JsValue> {
        let target = Reflect::get(&js_sys::global(), &"EventTarget".into())?;
        let prototype = Reflect::get(&target, &"prototype".into())?;
        let native: Function = Reflect::get(&prototype, &"addEventListener".into())?.dyn_into()?;
        let added = Added::default();
        let hook = {
            let (root, added) = (root.clone(), added.clone());
            Closure::<dyn Fn(String, JsValue, JsValue)>::new(
                move |kind: String, f: JsValue, options: JsValue| {
                    if let Some(f) = f.dyn_ref::<Function>() {
                        added.borrow_mut().push((kind.clone(), f.clone()));
                    }
                    // The page's own method, on this element; an error is the browser's to report.
                    let _ = native.call3(&root, &kind.into(), &f, &options);
                },
            )
        };
        Reflect::set(root, &"addEventListener".into(), hook.as_ref())?;
        Ok(Self {
            root: root.clone(),
            added,
            _hook: hook,
        })
    }

    /// Removes every recorded listener (Yew adds them all in the capture phase).
    pub fn release(&self) {
        for (kind, f) in self.added.borrow_mut().drain(..) {
            // Removing a listener cannot fail for a function and an event name.
            let _ = self
                .root
                .remove_event_listener_with_callback_and_bool(&kind, &f, true);
        }
    }
}
