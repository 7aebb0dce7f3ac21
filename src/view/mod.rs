//! View models: what each chart shows, in the reader's language, with every string formatted.
//! Built once per dataset and language; the drawing and the DOM only read them.

mod amounts;
mod chart;
mod derived;
mod forces;
mod headlines;
mod rounding;
mod sections;
mod timeline;

pub use amounts::{format_amount, format_figure};
pub use chart::{ChartBar, ChartRow, ChartVm, MAX_ROWS};
pub use derived::{percent, ratio, total, Bound, Derived};
pub use forces::{ForcesRow, ForcesVm};
pub use headlines::{headlines, Card};
pub use rounding::format_derived;
pub use sections::{FigureLine, GroupBlock, Part, SectionVm};
pub use timeline::{timeline, Entry, TimelineVm};

use std::rc::Rc;

use crate::data::{Dataset, Section};
use crate::i18n::Lang;

/// Every view model of one dataset in one language, built once and shared by pointer.
#[derive(Clone, Debug, PartialEq)]
pub struct Views {
    /// Headline cards.
    pub cards: Rc<Vec<Card>>,
    /// The forces table.
    pub forces: Rc<ForcesVm>,
    /// The forces charts: units and members, and the members per unit.
    pub forces_chart: Rc<ChartVm>,
    /// The members per unit, computed.
    pub per_unit_chart: Rc<ChartVm>,
    /// The outreach charts: attendance, sessions, billboards and banners.
    pub outreach_charts: [Rc<ChartVm>; 3],
    /// The safety chart.
    pub safety_chart: Rc<ChartVm>,
    /// Outreach figures.
    pub outreach: Rc<SectionVm>,
    /// Rehabilitation figures.
    pub rehabilitation: Rc<SectionVm>,
    /// Safety certification figures.
    pub safety: Rc<SectionVm>,
    /// Dated events on a time axis, with the durations the article states.
    pub timeline: Rc<TimelineVm>,
}

impl Views {
    /// Every chart, in the order the widget shows them; each names its files by its `id`.
    pub fn charts(&self) -> [&Rc<ChartVm>; 6] {
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
            cards: Rc::new(headlines(data, lang)),
            forces: Rc::new(forces.clone()),
            forces_chart: Rc::new(forces.chart().capped()),
            per_unit_chart: Rc::new(forces.per_unit_chart().capped()),
            outreach_charts: [
                Rc::new(ChartVm::outreach(data, lang).capped()),
                Rc::new(ChartVm::sessions(data, lang).capped()),
                Rc::new(ChartVm::materials(data, lang).capped()),
            ],
            safety_chart: Rc::new(ChartVm::safety(data, lang).capped()),
            outreach: Rc::new(SectionVm::new(data, Section::Outreach, lang)),
            rehabilitation: Rc::new(SectionVm::new(data, Section::Rehabilitation, lang)),
            safety: Rc::new(SectionVm::new(data, Section::Safety, lang)),
            timeline: Rc::new(timeline(data, lang)),
        }
    }
}
