//! Charts: pure geometry (scales and layout), then marks drawn with plotters on any backend
//! (canvas in the browser, SVG at build time and in tests), returning the geometry used for
//! hit-testing.

mod hit;
pub mod layout;
mod marks;
pub mod scale;
#[cfg(feature = "prerender")]
mod svg;

pub use hit::{Hit, HitMap, Rect};
pub use marks::{draw_bars, geometry, DrawError, Palette};
#[cfg(feature = "prerender")]
pub use svg::{chart_picture, chart_svg, StaticChart, PICTURE_WIDTH, STATIC_WIDTH};
