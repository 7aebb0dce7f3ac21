//! The whole widget for one host: picks the dataset (the built-in article data, or `data-src`
//! with the built-in data as fallback), builds the view models in the reader's language, shows
//! notices for bad options or data, renders the requested sections and reports its state.

use std::rc::Rc;

use yew::prelude::*;

use super::bar_chart::ChartEvents;
use super::chart_mark::ChartContext;
use super::credit::Credit;
use super::download::{Custom, DownloadLink};
use super::nav::SectionNav;
use super::notice::Notice;
use super::panels::{charts_of, section};
use super::scheme::SchemeListener;
use super::state::{Action, State};
use crate::chart::Palette;
use crate::data::{default_dataset, fetch_dataset, DataErrors, Dataset, FetchError};
use crate::i18n::{text, Key, Lang};
use crate::options::{echo, OptionProblem, Options, Outcome, Theme};
use crate::view::Views;

/// What the widget tells its host once it has rendered its figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WidgetState {
    /// The figures are on screen.
    Ready,
    /// No figures could be shown; the message says why.
    Error(String),
    /// The `data-src` dataset is the one shown.
    SourceUsed,
    /// The `data-src` dataset is not shown (the article's figures are).
    SourceNotUsed {
        /// Why, for a machine: `refused-origin` (refused before any request), or why it failed:
        /// `http`, `timeout`, `json`, `schema`, `semantic`.
        reason: &'static str,
        /// Every message, in the widget's language.
        messages: Vec<String>,
    },
}

/// Props of [`Widget`].
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// Options read from the host.
    pub options: Options,
    /// Attributes whose values were not usable.
    #[prop_or_default]
    pub problems: Vec<OptionProblem>,
    /// The URL of the widget's files, ending in `/` (empty in the prerendered page, which sits
    /// beside them): where the data download is.
    #[prop_or_default]
    pub assets: AttrValue,
    /// Receives the state once the data is settled.
    #[prop_or_default]
    pub on_state: Callback<WidgetState>,
}

/// Under `data-theme="auto"`, follows the reader's colour scheme while the page is open; an
/// explicit theme set by a changed attribute applies at once. (Effects never run in the
/// build-time prerender.)
#[hook]
fn use_follow_theme(theme: Theme, state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with(theme, move |theme| {
        dispatcher.dispatch(Action::Dark(is_dark(*theme)));
        let listener = (*theme == Theme::Auto)
            .then(|| SchemeListener::new(move |dark| dispatcher.dispatch(Action::Dark(dark))))
            .flatten();
        move || drop(listener)
    });
}

/// Whether to draw dark. `auto` asks the browser; the build-time prerender has none, and the
/// static page is light (a render body that calls the browser would panic natively).
fn is_dark(theme: Theme) -> bool {
    match theme {
        Theme::Light => false,
        Theme::Dark => true,
        #[cfg(target_arch = "wasm32")]
        Theme::Auto => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
        #[cfg(not(target_arch = "wasm32"))]
        Theme::Auto => false,
    }
}

fn problem_notice(p: &OptionProblem, lang: Lang) -> Html {
    let default = match p.outcome {
        Outcome::Default => text(Key::BadOptionDefault, lang),
        Outcome::ShownOnce => text(Key::SectionsOnce, lang),
    };
    let detail = format!(
        "{}=\"{}\" ({}) — {default}",
        p.attribute, p.value, p.expected
    );
    html! { <Notice heading={text(Key::BadOption, lang)} {detail} /> }
}

/// The `data-src` dataset (`None` while it loads, or without a `data-src`), fetched again when
/// the address changes; what came of it is told through `on_state`.
#[hook]
fn use_dataset(
    src: Option<String>,
    assets: AttrValue,
    lang: Lang,
    on_state: Callback<WidgetState>,
) -> UseStateHandle<Option<Result<Rc<Dataset>, FetchError>>> {
    let custom = use_state(|| None);
    {
        let custom = custom.clone();
        use_effect_with((src, assets), move |(src, assets)| {
            let Some(src) = src.clone() else { return };
            let assets = assets.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = fetch_dataset(&src, &assets).await.map(Rc::new);
                on_state.emit(match &result {
                    Ok(_) => WidgetState::SourceUsed,
                    Err(e) => WidgetState::SourceNotUsed {
                        reason: e.reason(),
                        messages: e.messages(lang),
                    },
                });
                custom.set(Some(result));
            });
        });
    }
    custom
}

fn src_notice(src: &str, error: &FetchError, lang: Lang) -> Html {
    let why = error.describe(lang);
    let detail = format!(
        "data-src=\"{}\": {why} — {}",
        echo(src),
        text(Key::SrcFallback, lang)
    );
    html! { <Notice heading={text(Key::SrcFailed, lang)} {detail} /> }
}

thread_local! {
    /// The built-in dataset, parsed and validated once for every widget on the page.
    static BUILTIN: Rc<Result<Rc<Dataset>, DataErrors>> = Rc::new(default_dataset().map(Rc::new));
}

/// The widget: notices, then each requested section, then the data download and the credit.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let lang = props.options.lang;
    let builtin = BUILTIN.with(Rc::clone);
    let custom = use_dataset(
        props.options.src.clone(),
        props.assets.clone(),
        lang,
        props.on_state.clone(),
    );
    let loading = props.options.src.is_some() && custom.is_none();
    let painted = use_mut_ref(|| 0usize);
    let data = match (&*custom, &*builtin) {
        (Some(Ok(d)), _) | (_, Ok(d)) => Some(d.clone()),
        _ => None,
    };
    // Keyed by the dataset's address, not its contents.
    let views = {
        let (key, data) = (data.as_ref().map(|d| Rc::as_ptr(d) as usize), data.clone());
        use_memo((key, lang), move |(_, lang)| {
            data.map(|d| Views::new(&d, *lang))
        })
    };
    let sections = &props.options.sections;
    // The charts on show: ready waits for each to paint.
    let charts: usize = match &*views {
        Some(v) => sections.iter().map(|&s| charts_of(s, v).len()).sum(),
        None => 0,
    };
    {
        let (on_state, builtin, ok) = (props.on_state.clone(), builtin.clone(), data.is_some());
        use_effect_with(loading, move |loading| match (*loading, ok, &*builtin) {
            (true, ..) => {}
            // With charts on show, ready comes when each has painted (below).
            (false, true, _) if charts == 0 => on_state.emit(WidgetState::Ready),
            (false, true, _) => {}
            (false, false, Err(e)) => on_state.emit(WidgetState::Error(e.to_string())),
            (false, false, Ok(_)) => on_state.emit(WidgetState::Error("no dataset".into())),
        });
    }
    let state = use_reducer(|| State {
        dark: is_dark(props.options.theme),
    });
    use_follow_theme(props.options.theme, &state);
    let dark = state.dark;
    let palette = if dark { Palette::DARK } else { Palette::LIGHT };
    // A chart that cannot be drawn says so in its place, and the host learns it; "ready" waits
    // for every chart's first paint.
    let events = {
        let (painted, on_state) = (painted.clone(), props.on_state.clone());
        ChartEvents {
            on_error: props.on_state.reform(WidgetState::Error),
            on_drawn: Callback::from(move |()| {
                let mut n = painted.borrow_mut();
                *n += 1;
                if *n == charts {
                    on_state.emit(WidgetState::Ready);
                }
            }),
        }
    };
    // Literal classes and data attributes, not `classes!`: a dynamic class links Yew's
    // `Classes` (an index set) into the module.
    let theme = if dark { "dark" } else { "light" };
    let problems = props.problems.iter().map(|p| problem_notice(p, lang));
    let src_failure = match (&props.options.src, &*custom) {
        (Some(src), Some(Err(e))) => src_notice(src, e, lang),
        _ => Html::default(),
    };
    let body = match (&*views, &data, &*builtin) {
        _ if loading => {
            html! { <p class="bl-loading" role="status">{ text(Key::LoadingData, lang) }</p> }
        }
        (Some(v), Some(data), _) => {
            let custom = match (&*custom, &props.options.src) {
                (Some(Ok(data)), Some(src)) => Some(Custom {
                    src: src.clone().into(),
                    data: data.clone(),
                }),
                _ => None,
            };
            let context = ChartContext {
                palette,
                events: events.clone(),
                pictures: custom.is_none().then(|| props.assets.clone()),
            };
            // With more than one section, one at a time behind the section control; each
            // panel stays in the DOM (the stylesheet hides the others) so that find-in-page
            // and a page without the stylesheet still have every figure.
            let tabbed = sections.len() > 1;
            let panels = sections.iter().map(|&s| {
                let body = section(s, v, lang, &context);
                match tabbed {
                    true => html! { <div key={s.key()} class="bl-panel" data-panel={s.key()}>{ body }</div> },
                    false => body,
                }
            });
            let nav = tabbed
                .then(|| html! { <SectionNav key="nav" sections={sections.clone()} {lang} /> });
            // `for` splices its items into this list, which Yew matches from the end unless
            // every child has a key: with keys, a change in the number of sections keeps the
            // control (the section picked) and each section (its open table) in place.
            html! {
                <>
                    { for nav }
                    { for panels }
                    <footer key="footer" class="bl-footer">
                        <DownloadLink assets={props.assets.clone()} {custom} {lang} />
                        <Credit article={data.article.clone()} {lang} />
                    </footer>
                </>
            }
        }
        (_, _, Err(e)) => {
            let detail = e.messages_up_to(3, lang).join("; ");
            html! { <Notice heading={text(Key::DataError, lang)} {detail} /> }
        }
        _ => Html::default(),
    };
    html! {
        <div class="bl-root" data-theme={theme} lang={lang.tag()}>
            { for problems }
            { src_failure }
            { body }
        </div>
    }
}
