//! One panel per section: the components that show it, and the charts it draws (one list for
//! both, so the widget waits for exactly the charts it shows).

use yew::prelude::*;

use super::chart_figure::chart_figure;
use super::chart_mark::ChartContext;
use super::figure_section::figure_section;
use super::forces_table::forces_table;
use super::headlines::Headlines;
use super::timeline::Timeline;
use crate::i18n::Lang;
use crate::options::SectionName;
use crate::view::{ChartVm, Shared, Views};

/// The charts section `s` draws, in order: the widget is ready when each has painted.
pub fn charts_of(s: SectionName, v: &Views) -> Vec<Shared<ChartVm>> {
    match s {
        SectionName::Forces => vec![v.forces_chart.clone(), v.per_unit_chart.clone()],
        SectionName::Outreach => v.outreach_charts.to_vec(),
        SectionName::Safety => vec![v.safety_chart.clone()],
        SectionName::Headlines | SectionName::Rehabilitation | SectionName::Timeline => vec![],
    }
}

/// Section `s` of the views `v`.
pub fn section(s: SectionName, v: &Views, lang: Lang, c: &ChartContext) -> Html {
    let figure = |vm: Shared<ChartVm>, id, after| chart_figure(&vm, id, c, after);
    let mut charts = charts_of(s, v).into_iter();
    match s {
        SectionName::Headlines => html! { <Headlines cards={v.cards.clone()} {lang} /> },
        SectionName::Forces => {
            let (Some(forces), Some(per_unit)) = (charts.next(), charts.next()) else {
                return Html::default();
            };
            let after = html! {
                <>
                    { figure(per_unit, None, Html::default()) }
                    { forces_table(&v.forces, &forces.title) }
                </>
            };
            figure(forces, Some("bl-forces-title"), after)
        }
        SectionName::Outreach | SectionName::Rehabilitation | SectionName::Safety => {
            let (vm, id) = match s {
                SectionName::Outreach => (&v.outreach, "bl-outreach"),
                SectionName::Rehabilitation => (&v.rehabilitation, "bl-rehab"),
                _ => (&v.safety, "bl-safety"),
            };
            let charts = charts.map(|vm| figure(vm, None, Html::default()));
            figure_section(vm, lang, id, charts.collect())
        }
        SectionName::Timeline => html! { <Timeline vm={v.timeline.clone()} {lang} /> },
    }
}
