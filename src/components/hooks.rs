//! The widget's hooks, each with its dependencies complete: the `data-src` dataset, the view
//! models, the sections rendered so far, the reader's colours, and when to tell the host that
//! the figures are on screen.
//! (Effects never run in the build-time prerender.)

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::bar_chart::ChartEvents;
use super::browser::{on_scheme_change, prefers_dark};
use super::state::WidgetState;
use crate::data::{fetch_dataset, Dataset, FetchError};
use crate::i18n::Lang;
use crate::options::{SectionName, Theme};
use crate::view::{Shared, Views};

/// The `data-src` dataset (`None` while it loads, or without a `data-src`), fetched again when
/// the address changes; what came of it is told through `on_state`. Either outcome is shared,
/// so that comparing it at each render is comparing two addresses.
#[hook]
pub fn use_dataset(
    src: Option<String>,
    assets: AttrValue,
    on_state: Callback<WidgetState>,
) -> Option<Result<Shared<Dataset>, Shared<FetchError>>> {
    let custom = use_state_eq(|| None);
    {
        let custom = custom.clone();
        use_effect_with((src, assets, on_state), move |(src, assets, on_state)| {
            let (Some(src), assets, on_state) = (src.clone(), assets.clone(), on_state.clone())
            else {
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                let result = fetch_dataset(&src, &assets).await;
                let result = result.map(Shared::new).map_err(Shared::new);
                on_state.emit(match &result {
                    Ok(_) => WidgetState::SourceUsed,
                    Err(e) => WidgetState::SourceNotUsed(e.clone()),
                });
                custom.set(Some(result));
            });
        });
    }
    (*custom).clone()
}

/// The view models of `data` in `lang`, built again only when either changes.
#[hook]
pub fn use_views(data: Option<Shared<Dataset>>, lang: Lang) -> Option<Shared<Views>> {
    let views = use_memo((data, lang), |(data, lang)| {
        data.as_ref().map(|d| Shared::new(Views::new(d, *lang)))
    });
    (*views).clone()
}

/// The sections rendered so far. The one on show comes first, so that the widget mounts with
/// one section, not all of them in one long task; once its charts have painted (`ready`), each
/// of the others, one per task, in their order, so that find-in-page finds every figure soon
/// after. A section the reader picks is rendered at once. Natively, in the build-time
/// prerender, every one of `all`: the static page has them all, for a reader without the
/// script.
#[hook]
pub fn use_visited(
    shown: Option<SectionName>,
    all: &[SectionName],
    ready: bool,
) -> Vec<SectionName> {
    let visited = use_mut_ref(Vec::new);
    let rerender = use_force_update();
    if let Some(s) = shown.filter(|s| !visited.borrow().contains(s)) {
        visited.borrow_mut().push(s);
    }
    let next = all
        .iter()
        .copied()
        .find(|s| ready && !visited.borrow().contains(s));
    {
        let visited = visited.clone();
        use_effect_with(next, move |&next| {
            let timeout = next.map(|s| {
                Timeout::new(0, move || {
                    visited.borrow_mut().push(s);
                    rerender.force_update();
                })
            });
            move || drop(timeout)
        });
    }
    match cfg!(target_arch = "wasm32") {
        true => visited.borrow().clone(),
        false => all.to_vec(),
    }
}

/// Whether to draw dark: `data-theme="dark"`, or `auto` on a page whose reader prefers dark,
/// followed while the page is open; a theme set by a changed attribute applies at once.
#[hook]
pub fn use_dark(theme: Theme) -> bool {
    let dark = use_state_eq(|| is_dark(theme));
    {
        let dark = dark.clone();
        use_effect_with(theme, move |theme| {
            dark.set(is_dark(*theme));
            let listener = (*theme == Theme::Auto)
                .then(|| on_scheme_change(move |now| dark.set(now)))
                .flatten();
            move || drop(listener)
        });
    }
    *dark
}

/// Whether `theme` draws dark now (`auto` asks the browser).
fn is_dark(theme: Theme) -> bool {
    match theme {
        Theme::Light => false,
        Theme::Dark => true,
        Theme::Auto => prefers_dark(),
    }
}

/// Where the widget stands: what it tells the host, and when.
#[derive(Clone, Debug, PartialEq)]
pub enum Settled {
    /// The `data-src` dataset is on its way.
    Loading,
    /// A dataset is shown, with this many charts on show.
    Shown {
        /// The charts that must paint before the figures are all on screen.
        charts: usize,
    },
    /// No dataset can be shown; why.
    Failed(String),
}

/// Tells the host, through `on_state`, that the figures are on screen: at once when none of
/// them is a chart, else when each chart on show has painted once (the events returned are how
/// they say so, and how one says it cannot be drawn); or that none can be shown. A chart that
/// cannot be drawn keeps the widget in error: charts shown after it do not make it ready. The
/// events are made once for a host's listener, so that the charts' props stay equal across
/// renders; they read the number of charts on show as it is now. Also returns whether the
/// widget has been ready, from then on.
#[hook]
pub fn use_ready(settled: Settled, on_state: Callback<WidgetState>) -> (ChartEvents, bool) {
    let on_show = use_mut_ref(|| 0usize);
    let was_ready = use_state_eq(|| false);
    *on_show.borrow_mut() = match settled {
        Settled::Shown { charts } => charts,
        _ => 0,
    };
    {
        let was_ready = was_ready.setter();
        use_effect_with(
            (settled, on_state.clone()),
            move |(settled, on_state)| match settled {
                Settled::Shown { charts: 0 } => {
                    on_state.emit(WidgetState::Ready);
                    was_ready.set(true);
                }
                Settled::Failed(why) => on_state.emit(WidgetState::Error(why.clone())),
                Settled::Loading | Settled::Shown { .. } => {}
            },
        );
    }
    let events = {
        let was_ready = was_ready.setter();
        use_memo(on_state, move |on_state| {
            let painted = Cell::new(0usize);
            let failed = Rc::new(Cell::new(false));
            let ready = on_state.clone();
            let fail = failed.clone();
            ChartEvents {
                on_drawn: Callback::from(move |()| {
                    painted.set(painted.get() + 1);
                    if painted.get() == *on_show.borrow() && !failed.get() {
                        ready.emit(WidgetState::Ready);
                        was_ready.set(true);
                    }
                }),
                on_error: on_state.reform(move |why| {
                    fail.set(true);
                    WidgetState::Error(why)
                }),
            }
        })
    };
    ((*events).clone(), *was_ready)
}
