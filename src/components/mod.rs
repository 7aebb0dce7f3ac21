//! Yew components: the widget and its parts. Text a reader must read is DOM text here; only
//! the bars themselves are canvas pixels.

mod canvas;
mod credit;
mod download;
mod figure_section;
mod forces_chart;
mod forces_table;
mod headlines;
mod notice;
mod timeline;
mod tooltip;
mod widget;

pub use forces_chart::ForcesChart;
pub use widget::{Widget, WidgetProps, WidgetState};
