//! The whole widget for one host: picks the dataset (the built-in article data, or `data-src`
//! with the built-in data as fallback), builds the view models in the reader's language, shows
//! notices for bad options or data, renders the requested sections and reports its state.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::chart_mark::{ChartContext, ChartMark};
use super::credit::credit;
use super::download::{Custom, DownloadLink};
use super::hooks::{use_dark, use_dataset, use_ready, use_views, use_visited, Settled};
use super::nav::SectionNav;
use super::notice::Notice;
use super::panels::{charts_of, section};
use super::state::WidgetState;
use crate::chart::Palette;
use crate::data::{default_dataset, DataErrors, Dataset, FetchError};
use crate::i18n::{text, Key, Lang};
use crate::options::{src_failure, OptionProblem, Options, SectionName};
use crate::view::{Shared, Views};

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
    /// How each chart is shown: live in the browser, the build's picture in the prerendered
    /// page.
    #[prop_or_default]
    pub mark: ChartMark,
}

fn problem_notice(p: &OptionProblem, lang: Lang) -> Html {
    html! { <Notice heading={text(Key::BadOption, lang)} detail={p.describe(lang)} /> }
}

fn src_notice(src: &str, error: &FetchError, lang: Lang) -> Html {
    let detail = src_failure(src, &error.describe(lang), lang);
    html! { <Notice heading={text(Key::SrcFailed, lang)} {detail} /> }
}

thread_local! {
    /// The built-in dataset, parsed and validated once for every widget on the page.
    static BUILTIN: Rc<Result<Shared<Dataset>, DataErrors>> = Rc::new(default_dataset().map(Shared::new));
    /// Its view models in each language, built once for every widget on the page.
    static BUILTIN_VIEWS: RefCell<Vec<(Lang, Shared<Views>)>> = RefCell::default();
}

/// The built-in dataset's view models in `lang` (`None` if the dataset is not valid). The module
/// asks for them in Vietnamese as it starts, so that the first widget's mount, a task of its
/// own, neither parses the dataset nor builds them (about 35 ms of it on a phone).
pub fn builtin_views(lang: Lang) -> Option<Shared<Views>> {
    let data = BUILTIN.with(|b| b.as_ref().as_ref().ok().cloned())?;
    BUILTIN_VIEWS.with_borrow_mut(|built| {
        if let Some((_, views)) = built.iter().find(|(l, _)| *l == lang) {
            return Some(views.clone());
        }
        let views = Shared::new(Views::new(&data, lang));
        built.push((lang, views.clone()));
        Some(views)
    })
}

/// The widget: notices, then each requested section, then the data download and the credit.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let (options, lang) = (&props.options, props.options.lang);
    let custom = use_dataset(
        options.src.clone(),
        props.assets.clone(),
        props.on_state.clone(),
    );
    let loading = options.src.is_some() && custom.is_none();
    // The `data-src` dataset if it came, else the article's.
    let builtin = BUILTIN.with(Rc::clone);
    let data = match (&custom, &*builtin) {
        (Some(Ok(d)), _) | (_, Ok(d)) => Ok(d.clone()),
        (_, Err(e)) => Err(e),
    };
    let custom_views = use_views(custom.clone().and_then(Result::ok), lang);
    let views = match &custom {
        Some(Ok(_)) => custom_views,
        _ => builtin_views(lang),
    };
    let sections = &options.sections;
    // The section on show: the first, until the reader picks another that is still there.
    let picked = use_state_eq(|| None::<SectionName>);
    let shown = picked
        .filter(|p| sections.contains(p))
        .or(sections.first().copied());
    // Ready once the charts of the section on show at first have painted.
    let settled = match (&data, &views) {
        _ if loading => Settled::Loading,
        (Err(e), _) => Settled::Failed(e.to_string()),
        (Ok(_), v) => Settled::Shown {
            charts: v
                .as_ref()
                .zip(sections.first())
                .map_or(0, |(v, &s)| charts_of(s, v).len()),
        },
    };
    // A chart that cannot be drawn says so in its place, and the host learns it.
    let (events, ready) = use_ready(settled, props.on_state.clone());
    let visited = use_visited(shown, sections, ready);
    let dark = use_dark(options.theme);
    // Literal classes and data attributes, not `classes!`: a dynamic class links Yew's
    // `Classes` (an index set) into the module.
    let theme = if dark { "dark" } else { "light" };
    let problems = props.problems.iter().map(|p| problem_notice(p, lang));
    let src_failure = match (&options.src, &custom) {
        (Some(src), Some(Err(e))) => src_notice(src, e, lang),
        _ => Html::default(),
    };
    let body = match (&views, &data) {
        _ if loading => {
            html! { <p class="bl-loading" role="status">{ text(Key::LoadingData, lang) }</p> }
        }
        (Some(v), Ok(_)) => {
            let custom = match (&custom, &options.src) {
                (Some(Ok(data)), Some(src)) => Some(Custom {
                    src: src.clone().into(),
                    data: data.clone(),
                }),
                _ => None,
            };
            let context = ChartContext {
                palette: if dark { Palette::DARK } else { Palette::LIGHT },
                events,
                pictures: custom.is_none().then(|| props.assets.clone()),
                mark: props.mark,
            };
            // With more than one section, one at a time behind the section control. Each is
            // rendered from the first time it is on show (`use_visited`) and stays in the DOM
            // after (the stylesheet hides it when another is picked), with what the reader
            // did there: an open table, a pinned bar. The static page has every section.
            let tabbed = sections.len() > 1;
            let panels = sections.iter().map(|&s| {
                let body = match visited.contains(&s) {
                    true => section(s, v, lang, &context),
                    false => Html::default(),
                };
                match tabbed {
                    true => html! { <div key={s.key()} class="bl-panel" data-panel={s.key()}>{ body }</div> },
                    false => body,
                }
            });
            let on_pick = Callback::from(move |s| picked.set(Some(s)));
            let nav = tabbed.then(|| {
                html! { <SectionNav key="nav" sections={sections.clone()} {shown} {on_pick} {lang} /> }
            });
            // `for` splices its items into this list, which Yew matches from the end unless
            // every child has a key: with keys, a change in the number of sections keeps the
            // control (the section picked) and each section (its open table) in place.
            html! {
                <>
                    { for nav }
                    { for panels }
                    <footer key="footer" class="bl-footer">
                        <DownloadLink assets={props.assets.clone()} {custom} {lang} />
                        { credit(&v.credit) }
                    </footer>
                </>
            }
        }
        (_, Err(e)) => {
            let detail = e.notice(lang);
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
