//! The whole widget for one host: reads the dataset, builds the view models in the reader's
//! language, shows notices for bad options or data, and reports its state to the host.

use std::rc::Rc;

use yew::prelude::*;

use super::credit::Credit;
use super::forces_chart::ForcesChart;
use super::forces_table::ForcesTable;
use super::notice::Notice;
use crate::chart::Palette;
use crate::data::default_dataset;
use crate::embed::{OptionProblem, Options, SectionName, Theme};
use crate::i18n::{text, Key, Lang};
use crate::view::ForcesVm;

/// What the widget tells its host once it has rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WidgetState {
    /// The figures are on screen.
    Ready,
    /// The figures could not be shown as charts; the message says why.
    Error(String),
}

/// Props of [`Widget`].
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// Options read from the host.
    pub options: Options,
    /// Attributes whose values were not usable.
    #[prop_or_default]
    pub problems: Vec<OptionProblem>,
    /// Receives the state after the first render.
    #[prop_or_default]
    pub on_state: Callback<WidgetState>,
}

fn is_dark(theme: Theme) -> bool {
    match theme {
        Theme::Light => false,
        Theme::Dark => true,
        Theme::Auto => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

fn problem_notice(p: &OptionProblem, lang: Lang) -> Html {
    let detail = format!(
        "{}=\"{}\" ({}) — {}",
        p.attribute,
        p.value,
        p.expected,
        text(Key::BadOptionDefault, lang)
    );
    html! { <Notice heading={text(Key::BadOption, lang)} {detail} /> }
}

fn forces_section(
    vm: Rc<ForcesVm>,
    palette: Palette,
    hover: &UseStateHandle<Option<usize>>,
) -> Html {
    let on_hover = {
        let hover = hover.clone();
        Callback::from(move |row| hover.set(row))
    };
    html! {
        <figure class="bl-figure" aria-labelledby="bl-forces-title">
            <figcaption>
                <h2 class="bl-title" id="bl-forces-title">{ &vm.title }</h2>
                <p class="bl-subtitle">{ &vm.subtitle }</p>
            </figcaption>
            <ul class="bl-legend" aria-hidden="true">
                <li><i class="bl-swatch bl-s0"></i>{ &vm.series[0] }</li>
                <li><i class="bl-swatch bl-s1"></i>{ &vm.series[1] }</li>
            </ul>
            <ForcesChart vm={vm.clone()} {palette} {on_hover} />
            <ForcesTable {vm} highlight={**hover} />
        </figure>
    }
}

/// The widget: notices, then each requested section, then the credit line.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    let lang = props.options.lang;
    let data = use_memo((), |_| default_dataset());
    let dark = use_memo(props.options.theme, |t| is_dark(*t));
    let hover = use_state_eq(|| None::<usize>);
    let forces = use_memo((data.clone(), lang), |(data, lang)| {
        (**data)
            .as_ref()
            .ok()
            .map(|d| Rc::new(ForcesVm::new(d, *lang)))
    });
    {
        let (data, on_state) = (data.clone(), props.on_state.clone());
        use_effect_with((), move |_| {
            on_state.emit(match &*data {
                Ok(_) => WidgetState::Ready,
                Err(e) => WidgetState::Error(e.to_string()),
            });
        });
    }
    let palette = if *dark { Palette::DARK } else { Palette::LIGHT };
    let class = classes!("bl-root", if *dark { "bl-dark" } else { "bl-light" });
    let problems = props.problems.iter().map(|p| problem_notice(p, lang));
    let body = match &*data {
        Ok(data) => {
            let sections = props.options.sections.iter().map(|s| match s {
                SectionName::Forces => match &*forces {
                    Some(vm) => forces_section(vm.clone(), palette, &hover),
                    None => Html::default(),
                },
            });
            html! { <>{ for sections }<Credit article={data.article.clone()} {lang} /></> }
        }
        Err(e) => html! { <Notice heading={text(Key::DataError, lang)} detail={e.to_string()} /> },
    };
    html! {
        <div {class} lang={lang.tag()}>
            { for problems }
            { body }
        </div>
    }
}
