//! Charts: pure geometry (scales and layout), then marks drawn with plotters on any backend
//! (canvas in the browser, SVG at build time and in tests), returning the geometry used for
//! hit-testing.

#[cfg(feature = "prerender")]
mod card;
mod hit;
pub mod layout;
mod marks;
pub mod scale;
pub mod sound;
#[cfg(feature = "prerender")]
mod svg;

/// The width the prerendered plot is drawn at, in CSS pixels: a phone's, so that at any wider
/// box it keeps its type size (it is laid out from the left) and at 320 px it shrinks only a
/// little.
pub const STATIC_WIDTH: u32 = 360;

#[cfg(feature = "prerender")]
pub use card::{share_card, CARD_SIZE};
pub use hit::{Hit, HitMap, Rect};
pub use marks::{draw_bars, geometry, plot_height, DrawError, Palette};
#[cfg(feature = "prerender")]
pub use svg::{chart_picture, chart_svg, PICTURE_WIDTH};
