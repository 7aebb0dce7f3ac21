//! Yew components: the widget and its parts. Text a reader must read is DOM text here; only
//! the bars themselves are canvas pixels.

mod bar_chart;
mod canvas;
mod chart_mark;
mod chart_state;
mod credit;
mod download;
mod figure_section;
mod forces_table;
mod headlines;
pub(crate) mod markup;
mod nav;
mod notice;
mod panels;
mod scheme;
mod state;
mod timeline;
mod tooltip;
mod widget;

pub use bar_chart::BarChart;
#[cfg(feature = "prerender")]
pub use credit::credit_text;
pub use download::CSV_FILE;
pub use widget::{Widget, WidgetProps, WidgetState};
