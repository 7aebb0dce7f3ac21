//! Yew components: the widget and its parts. Text a reader must read is DOM text here; only
//! the bars themselves are canvas pixels.

mod bar_chart;
mod browser;
mod canvas;
mod chart_figure;
mod chart_mark;
mod chart_state;
mod credit;
mod data_table;
mod download;
mod figure_section;
mod forces_table;
mod headlines;
mod hooks;
mod nav;
mod notice;
mod panels;
mod part_bar;
mod section_table;
mod sound;
mod state;
mod swatch;
mod timeline;
mod timeline_axis;
mod tooltip;
mod widget;

pub use bar_chart::BarChart;
pub use chart_mark::{ChartContext, ChartMark};
pub use download::CSV_FILE;
pub use nav::tab as section_name;
pub use state::WidgetState;
pub use widget::{builtin_views, Widget, WidgetProps};
