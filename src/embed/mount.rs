//! Mounting one host: shadow root, stylesheet (CSP-safe: from a file, never inline CSS), the
//! Yew app, and the host's `data-state` and events. A changed option re-renders the mounted
//! app with new props, so what the reader chose (the section, open tables, a pinned row) stays;
//! only a new `data-src` starts over, with the new data.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, Node, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback, Renderer};

use super::listeners::Recorder;
use super::report::{report, report_source};
use crate::components::{ChartMark, Widget, WidgetProps, WidgetState};
use crate::options::Options;

thread_local! {
    /// The mounted apps and their hosts, until the host is unmounted (removed from the page,
    /// or mounted anew for a new `data-src`).
    static APPS: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// One mounted widget.
struct Mounted {
    host: Element,
    app: AppHandle<Widget>,
    listeners: Recorder,
    /// The dataset's URL it was mounted with.
    src: Option<String>,
    /// The host's own content, put aside while the live widget shows.
    aside: Aside,
    /// Where the widget tells the host its state: one for the widget's life, so that an
    /// attribute change gives the widget new options and the same listener.
    on_state: Callback<WidgetState>,
}

/// The host's own content (the prerendered widget or figures), put aside once the live widget
/// is ready: beside a shadow root it is not shown anyway, and out of the page it is out of the
/// page's way (no second copy of the widget's ids and radio groups, nothing for a form around
/// it to send, nothing for the page's scripts to find twice). It comes back when the widget
/// goes. Until the widget has rendered (ready, or an error told) it stays, for the panic hook
/// to show.
#[derive(Clone, Default)]
struct Aside(Rc<RefCell<Vec<Node>>>);

impl Aside {
    fn take(&self, host: &Element) {
        let mut kept = self.0.borrow_mut();
        if !kept.is_empty() {
            return;
        }
        while let Some(child) = host.first_child() {
            if host.remove_child(&child).is_err() {
                break;
            }
            kept.push(child);
        }
    }

    fn give_back(&self, host: &Element) {
        for node in self.0.borrow_mut().drain(..) {
            // A host that refuses its own children back keeps the live widget's shadow root.
            let _ = host.append_child(&node);
        }
    }
}

/// Removes everything from `shadow`.
fn empty(shadow: &web_sys::ShadowRoot) -> Result<(), JsValue> {
    while let Some(child) = shadow.first_child() {
        shadow.remove_child(&child)?;
    }
    Ok(())
}

/// Mounts the widget in `host`, styled by `style`: a constructed `CSSStyleSheet` (adopted by the
/// shadow root: styled from the first frame, one parsed sheet for every widget) or, failing
/// that, the URL of the stylesheet (a `<link>`). A mounted host is left alone, so mounting twice
/// is a no-op; a host unmounted earlier is rendered again in its shadow root.
pub fn mount(host: Element, style: &JsValue, assets: String) -> Result<(), JsValue> {
    if APPS.with(|apps| apps.borrow().iter().any(|m| m.host == host)) {
        return Ok(());
    }
    let shadow = match host.shadow_root() {
        Some(shadow) => {
            empty(&shadow)?;
            shadow
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let doc = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("host has no document"))?;
    match style.dyn_ref::<CssStyleSheet>() {
        Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet)),
        None => {
            let link = doc.create_element("link")?;
            link.set_attribute("rel", "stylesheet")?;
            link.set_attribute("href", &style.as_string().unwrap_or_default())?;
            shadow.append_child(&link)?;
        }
    }
    // The app's element: the stylesheet seals it against the host's inherited styles.
    let root = doc.create_element("div")?;
    root.set_attribute("class", "bl-app")?;
    let listeners = Recorder::new(&root)?;
    shadow.append_child(&root)?;
    report(&host, "loading", None);
    // What came of an earlier data-src is told anew for this one.
    host.remove_attribute("data-src-state")?;
    let aside = Aside::default();
    let on_state = on_state(&host, &aside);
    let props = props_of(&host, assets, &on_state);
    let src = props.options.src.clone();
    let app = Renderer::<Widget>::with_root_and_props(root, props).render();
    APPS.with(|apps| {
        apps.borrow_mut().push(Mounted {
            host,
            app,
            listeners,
            src,
            aside,
            on_state,
        })
    });
    Ok(())
}

/// What `host` hears of its widget: its state as attributes and events; once the widget has
/// rendered (ready, or an error told), the host's own content is put aside.
fn on_state(host: &Element, aside: &Aside) -> Callback<WidgetState> {
    let (host, aside) = (host.clone(), aside.clone());
    Callback::from(move |state: WidgetState| match state {
        WidgetState::Ready => {
            aside.take(&host);
            report(&host, "ready", None);
        }
        WidgetState::Error(message) => {
            aside.take(&host);
            report(&host, "error", Some(&message));
        }
        source => report_source(&host, &source),
    })
}

/// The live widget's props for `host` as its attributes are now.
fn props_of(host: &Element, assets: String, on_state: &Callback<WidgetState>) -> WidgetProps {
    let (options, problems) = Options::read(|name| host.get_attribute(name));
    WidgetProps {
        options,
        problems,
        assets: assets.into(),
        on_state: on_state.clone(),
        mark: ChartMark::default(),
    }
}

/// Takes `host`'s widget out of the list of mounted ones.
fn take(host: &Element) -> Option<Mounted> {
    APPS.with(|apps| {
        let mut apps = apps.borrow_mut();
        let i = apps.iter().position(|m| m.host == *host)?;
        Some(apps.swap_remove(i))
    })
}

/// Re-renders the widget of `host` after its attributes changed: the same app with new props
/// (a theme or language change redraws, and keeps every choice), or, for a new `data-src`, a new
/// app. A host that is not mounted is left alone.
pub fn update(host: &Element, style: &JsValue, assets: String) -> Result<(), JsValue> {
    // Out of the list while Yew renders: the render reports to the host, whose listeners may
    // call back into the module.
    let Some(mut mounted) = take(host) else {
        return Ok(());
    };
    let props = props_of(host, assets.clone(), &mounted.on_state);
    if props.options.src != mounted.src {
        release(mounted, host);
        return mount(host.clone(), style, assets);
    }
    mounted.app.update(props);
    APPS.with(|apps| apps.borrow_mut().push(mounted));
    Ok(())
}

/// Unmounts the widget of `host`: destroys its app (its effects' clean-ups release observers
/// and listeners) and empties its shadow root. A host that is not mounted is left alone.
pub fn unmount(host: &Element) {
    if let Some(mounted) = take(host) {
        release(mounted, host);
    }
}

fn release(
    Mounted {
        app,
        listeners,
        aside,
        ..
    }: Mounted,
    host: &Element,
) {
    app.destroy();
    listeners.release();
    aside.give_back(host);
    if let Some(shadow) = host.shadow_root() {
        // A node of the widget's own shadow root: nothing can refuse its removal.
        let _ = empty(&shadow);
    }
}

/// How many widgets are mounted (for the lifecycle tests).
pub fn mounted_count() -> usize {
    APPS.with(|apps| apps.borrow().len())
}
