//! View models: what each chart shows, in the reader's language, with every string formatted.
//! Built once per dataset and language; the drawing and the DOM only read them.

mod amounts;
mod chart;
mod chart_bar;
mod credit;
mod derived;
mod forces;
mod headlines;
mod rounding;
mod sections;
mod shared;
mod timeline;

pub use amounts::{format_amount, format_figure};
pub use chart::{ChartVm, MAX_ROWS};
pub use chart_bar::{ChartBar, ChartRow};
pub use credit::CreditVm;
pub use derived::{percent, ratio, total, Bound, Derived};
pub use forces::{ForcesRow, ForcesVm};
pub use headlines::{headlines, Card};
pub use rounding::format_derived;
pub use sections::{FigureLine, GroupBlock, Part, SectionVm};
pub use shared::Shared;
pub use timeline::{timeline, Entry, TimelineVm};

use crate::data::{Dataset, Section};
use crate::i18n::Lang;

/// Every view model of one dataset in one language, built once and shared by pointer.
#[derive(Clone, Debug)]
pub struct Views {
    /// Headline cards.
    pub cards: Shared<Vec<Card>>,
    /// The forces table.
    pub forces: Shared<ForcesVm>,
    /// The forces charts: units and members, and the members per unit.
    pub forces_chart: Shared<ChartVm>,
    /// The members per unit, computed.
    pub per_unit_chart: Shared<ChartVm>,
    /// The outreach charts: attendance, sessions, billboards and banners.
    pub outreach_charts: [Shared<ChartVm>; 3],
    /// The safety chart.
    pub safety_chart: Shared<ChartVm>,
    /// Outreach figures.
    pub outreach: Shared<SectionVm>,
    /// Rehabilitation figures.
    pub rehabilitation: Shared<SectionVm>,
    /// Safety certification figures.
    pub safety: Shared<SectionVm>,
    /// Dated events on a time axis, with the durations the article states.
    pub timeline: Shared<TimelineVm>,
    /// Where the figures come from.
    pub credit: Shared<CreditVm>,
}

impl Views {
    /// Every chart, in the order the widget shows them; each names its files by its `id`.
    pub fn charts(&self) -> [&Shared<ChartVm>; 6] {
        let [attendance, sessions, materials] = &self.outreach_charts;
        [
            &self.forces_chart,
            &self.per_unit_chart,
            attendance,
            sessions,
            materials,
            &self.safety_chart,
        ]
    }

    /// Builds them all.
    pub fn new(data: &Dataset, lang: Lang) -> Self {
        let forces = ForcesVm::new(data, lang);
        Self {
            cards: Shared::new(headlines(data, lang)),
            forces: Shared::new(forces.clone()),
            forces_chart: Shared::new(forces.chart().capped()),
            per_unit_chart: Shared::new(forces.per_unit_chart().capped()),
            outreach_charts: [
                Shared::new(ChartVm::outreach(data, lang).capped()),
                Shared::new(ChartVm::sessions(data, lang).capped()),
                Shared::new(ChartVm::materials(data, lang).capped()),
            ],
            safety_chart: Shared::new(ChartVm::safety(data, lang).capped()),
            outreach: Shared::new(SectionVm::new(data, Section::Outreach, lang)),
            rehabilitation: Shared::new(SectionVm::new(data, Section::Rehabilitation, lang)),
            safety: Shared::new(SectionVm::new(data, Section::Safety, lang)),
            timeline: Shared::new(timeline(data, lang)),
            credit: Shared::new(CreditVm::new(&data.article, lang)),
        }
    }
}
