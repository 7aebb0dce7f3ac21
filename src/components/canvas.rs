//! Browser side of drawing: sizing the canvas bitmap for the device pixel ratio, and painting
//! with plotters-canvas.

use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::browser::pixel_ratio;
use crate::chart::{draw_bars, plot_height, DrawError, HitMap, Palette};
use crate::view::ChartVm;

/// The largest bitmap a chart gets, in pixels: well inside what every browser paints (a canvas
/// past a browser's limit is left blank, without an error).
pub const MAX_BITMAP_AREA: f64 = 16_000_000.0;

/// The pixel ratio to draw a `css_width` × `css_height` chart at: the device's, lowered for a
/// chart so big that its bitmap would pass [`MAX_BITMAP_AREA`] (it is then less sharp, never
/// blank).
pub fn bitmap_ratio(device: f64, css_width: f64, css_height: f64) -> f64 {
    let area = (css_width * css_height).max(1.0);
    // A little under the square root: the bitmap's sides are rounded up.
    device.min((MAX_BITMAP_AREA / area).sqrt() * 0.99)
}

/// Sizes `canvas` to `css_width` × the chart's height at the pixel ratio, draws the chart and
/// returns its hit map (in bitmap pixels) with the ratio it was drawn at.
pub fn paint_bars(
    canvas: &HtmlCanvasElement,
    vm: &ChartVm,
    palette: &Palette,
    css_width: u32,
) -> Result<(HitMap, f64), DrawError> {
    let ratio = bitmap_ratio(
        pixel_ratio(),
        f64::from(css_width),
        f64::from(css_height(vm)),
    );
    let width = (f64::from(css_width) * ratio).round() as u32;
    let height = plot_height(vm, ratio) as u32;
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    create_context(canvas).ok_or_else(|| DrawError("no 2D context".into()))?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| DrawError("no 2D context".into()))?;
    let area = backend.into_drawing_area();
    let hits = draw_bars(&area, vm, palette, ratio)?;
    area.present()?;
    Ok((hits, ratio))
}

/// Creates `canvas`'s 2D context `desynchronized`, before plotters-canvas asks for it: the
/// browser hands that same context to every later `getContext("2d")`. `None` if the browser
/// gives no 2D context (canvas blocked, or taken by another context type).
///
/// A chart is drawn once and then stays still while the tooltip and the outline move over it.
/// Chromium composits an ordinary canvas as a layer of its own and, without a GPU (software
/// compositing), copies its whole bitmap at every frame in which anything else on the page
/// changed: about 2 ms a pointer move at DPR 3 and 4× throttling, for a canvas that did not
/// change. A desynchronized canvas is not copied then (`scripts/bench.mjs` counts neither).
/// Browsers that do not know the option ignore it.
fn create_context(canvas: &HtmlCanvasElement) -> Option<()> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"desynchronized".into(), &true.into()).ok()?;
    canvas
        .get_context_with_context_options("2d", &options)
        .ok()?
        .map(|_| ())
}

/// The CSS height of the chart `vm`, in whole pixels (it does not depend on the width).
pub fn css_height(vm: &ChartVm) -> u32 {
    plot_height(vm, 1.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_big_chart_is_drawn_at_a_lower_ratio_within_the_area_cap() {
        assert_eq!(
            bitmap_ratio(3.0, 390.0, 410.0),
            3.0,
            "the article's charts: sharp"
        );
        let ratio = bitmap_ratio(3.0, 1200.0, 1946.0);
        assert!(ratio < 3.0);
        assert!(1200.0 * ratio * 1946.0 * ratio <= MAX_BITMAP_AREA);
    }
}
