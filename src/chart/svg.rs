//! A chart as a standalone SVG element, for the prerendered page and snippets (build time only):
//! drawn by the same `draw_bars` as the canvas, on plotters' SVG backend. The element fills its
//! container's width at the canvas's CSS height, so the live canvas takes exactly its box.

use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::{draw_bars, layout, DrawError, Palette};
use crate::view::ChartVm;

/// The width the static chart is drawn at, in CSS pixels: a phone's, so that at any wider box
/// it keeps its type size (it is laid out from the left) and at 320 px it shrinks only a little.
pub const STATIC_WIDTH: u32 = 360;

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The chart `vm` as an `<svg>` element with the canvas's class, role and label.
pub fn chart_svg(vm: &ChartVm, palette: &Palette) -> Result<String, DrawError> {
    let height = layout::height(vm.rows.len(), vm.series.len(), 1.0) as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (STATIC_WIDTH, height)).into_drawing_area();
        draw_bars(&area, vm, palette, 1.0, None)?;
        area.present()?;
    }
    let old = format!("<svg width=\"{STATIC_WIDTH}\" height=\"{height}\" ");
    let new = format!(
        "<svg class=\"bl-canvas bl-static\" role=\"img\" aria-label=\"{}\" width=\"100%\" \
         height=\"{height}\" preserveAspectRatio=\"xMinYMin meet\" ",
        escape_attr(&vm.canvas_label)
    );
    match svg.strip_prefix(&old) {
        Some(rest) => Ok(format!("{new}{rest}")),
        None => Err(DrawError("unexpected SVG header from plotters".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;
    use crate::i18n::Lang;
    use crate::view::ForcesVm;

    #[test]
    fn the_svg_fills_the_width_at_the_canvas_height_with_its_label() {
        let vm = ForcesVm::new(&default_dataset().expect("valid"), Lang::Vi).chart();
        let svg = chart_svg(&vm, &Palette::LIGHT).expect("draws");
        let height = layout::height(vm.rows.len(), vm.series.len(), 1.0) as u32;
        assert!(svg.starts_with("<svg class=\"bl-canvas bl-static\" role=\"img\""));
        assert!(svg.contains(&format!("width=\"100%\" height=\"{height}\"")));
        assert!(svg.contains(&format!("viewBox=\"0 0 {STATIC_WIDTH} {height}\"")));
        assert!(svg.contains(&escape_attr(&vm.canvas_label)));
        assert!(svg.contains("1.157"), "bar values are drawn");
    }
}
