//! Marks of the bar charts drawn with plotters on any backend: the canvas in the browser, SVG
//! in native snapshot tests. Geometry comes from `layout` and every text from the view model;
//! nothing here computes a domain or formats a number.

use std::fmt;

use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{PathElement, Rectangle, Text};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, TextStyle};

use super::hit::HitMap;
use super::hit::Rect;
use super::layout::{self, ChartLayout};
use crate::view::ChartVm;

/// Why a draw failed (the backend's message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrawError(pub String);

impl fmt::Display for DrawError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "drawing failed: {}", self.0)
    }
}

impl std::error::Error for DrawError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for DrawError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        Self(e.to_string())
    }
}

/// Colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Behind everything.
    pub background: RGBColor,
    /// Labels and values.
    pub text: RGBColor,
    /// Tick labels.
    pub muted: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// Units, then members.
    pub series: [RGBColor; 2],
}

impl Palette {
    /// On a light page. Series colours have ≥ 4.5:1 contrast with the background.
    pub const LIGHT: Self = Self {
        background: RGBColor(255, 255, 255),
        text: RGBColor(26, 32, 44),
        muted: RGBColor(74, 85, 104),
        grid: RGBColor(226, 232, 240),
        series: [RGBColor(30, 94, 160), RGBColor(184, 74, 18)],
    };
    /// On a dark page.
    pub const DARK: Self = Self {
        background: RGBColor(26, 32, 44),
        text: RGBColor(237, 242, 247),
        muted: RGBColor(203, 213, 224),
        grid: RGBColor(58, 68, 86),
        series: [RGBColor(99, 179, 237), RGBColor(246, 173, 85)],
    };
}

const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

fn style(size: f64, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    // FontDesc::new, not `(FONT, size).into_font()`: that path lower-cases the family name and
    // links Unicode's case tables (14 KB) into the module.
    FontDesc::new(FontFamily::Name(FONT), size, FontStyle::Normal)
        .color(&color)
        .pos(Pos::new(h, v))
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The bitmap height of chart `vm` at pixel ratio `scale` (its CSS height at 1), known before
/// it is drawn.
pub fn plot_height(vm: &ChartVm, scale: f64) -> f64 {
    let notes = vm.rows.iter().flat_map(|r| &r.bars);
    let notes = notes.filter(|b| b.note.is_some()).count();
    layout::height(vm.rows.len(), vm.series.len(), notes, scale)
}

/// Where the bars of `vm` go on a bitmap `width` wide at pixel ratio `scale`: a bar whose unit
/// is not stated takes no length; the longest value label keeps room at the right.
pub fn geometry(vm: &ChartVm, width: f64, scale: f64) -> ChartLayout {
    let extents: Vec<Vec<_>> = vm
        .rows
        .iter()
        .map(|r| {
            r.bars
                .iter()
                .map(|b| {
                    let noted = b.note.is_some();
                    match b.drawn {
                        true => (b.low, b.high, noted),
                        false => (0, 0, noted),
                    }
                })
                .collect()
        })
        .collect();
    let label_chars = vm
        .rows
        .iter()
        .flat_map(|r| &r.bars)
        .map(|b| b.label.chars().count());
    let longest = label_chars.max().unwrap_or(0);
    layout::bars(&extents, width, scale, vm.percent, longest)
}

/// Draws the bar chart `vm` filling `area` at pixel ratio `scale`; returns where the bars are,
/// for hit-testing.
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &ChartVm,
    palette: &Palette,
    scale: f64,
) -> Result<HitMap, DrawError> {
    let (width, _) = area.dim_in_pixel();
    let geom = geometry(vm, f64::from(width), scale);
    area.fill(&palette.background)?;
    draw_axis(area, vm, &geom, palette)?;
    let value_style = style(geom.font_value, palette.text, HPos::Left, VPos::Center);
    for (row, g) in vm.rows.iter().zip(&geom.rows) {
        let (lx, ly) = g.label_at;
        let label = style(geom.font_label, palette.text, HPos::Left, VPos::Top);
        area.draw(&Text::new(row.label.as_str(), (px(lx), px(ly)), label))?;
        for ((bar, geom_bar), color) in row
            .bars
            .iter()
            .zip(&g.bars)
            .zip(palette.series.iter().cycle())
        {
            let (solid, whole) = (geom_bar.solid, geom_bar.whole);
            let end = match bar.drawn {
                true => {
                    area.draw(&Rectangle::new(corners(solid), color.filled()))?;
                    if whole.x1 > solid.x1 {
                        let extension = Rect {
                            x0: solid.x1,
                            ..whole
                        };
                        area.draw(&Rectangle::new(corners(extension), color.mix(0.4).filled()))?;
                    }
                    whole.x1 + geom.value_gap
                }
                // The unit is not stated: the figure is written where its bar would start.
                false => whole.x0,
            };
            let at = (px(end), px((whole.y0 + whole.y1) / 2.0));
            area.draw(&Text::new(bar.label.as_str(), at, value_style.clone()))?;
            if let (Some(note), Some(y)) = (&bar.note, geom_bar.note_y) {
                draw_note(area, note, (whole.x0, whole.y1), y, &geom, palette)?;
            }
        }
    }
    Ok(geom.hit_map())
}

/// Draws `note` on its line (middle at `y`) under the bar whose bottom-left corner is
/// (`x`, `y1`), hanging from the bar by a leader line: down from just inside the bar's start,
/// then across to the note. A note is at most 48 characters, so it fits a phone's width.
fn draw_note<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    note: &str,
    (x, y1): (f64, f64),
    y: f64,
    geom: &ChartLayout,
    palette: &Palette,
) -> Result<(), DrawError> {
    let s = geom.scale;
    let (x, at) = (x + 4.0 * s, x + 15.0 * s);
    let leader = vec![
        (px(x), px(y1 + s)),
        (px(x), px(y)),
        (px(at - 3.0 * s), px(y)),
    ];
    area.draw(&PathElement::new(
        leader,
        palette.muted.stroke_width(px(s).max(1) as u32),
    ))?;
    let font = style(geom.font_note, palette.muted, HPos::Left, VPos::Center);
    area.draw(&Text::new(note, (px(at), px(y)), font))?;
    Ok(())
}

fn corners(r: Rect) -> [(i32, i32); 2] {
    [(px(r.x0), px(r.y0)), (px(r.x1), px(r.y1))]
}

fn draw_axis<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &ChartVm,
    geom: &ChartLayout,
    palette: &Palette,
) -> Result<(), DrawError> {
    let top = geom
        .rows
        .first()
        .and_then(|g| g.bars.first())
        .map_or(geom.axis_y, |b| b.whole.y0);
    let tick_style = style(geom.font_value, palette.muted, HPos::Center, VPos::Top);
    // The zero tick sits on the chart's left edge: centred, "0%" would be cut in half.
    let zero_style = style(geom.font_value, palette.muted, HPos::Left, VPos::Top);
    for &(x, value) in &geom.ticks {
        let line = vec![(px(x), px(top)), (px(x), px(geom.axis_y))];
        area.draw(&PathElement::new(
            line,
            palette.grid.stroke_width(px(geom.scale).max(1) as u32),
        ))?;
        let label = vm.tick_label(value);
        let at = (px(x), px(geom.axis_y + geom.value_gap));
        let anchored = if value == 0.0 {
            &zero_style
        } else {
            &tick_style
        };
        area.draw(&Text::new(label, at, anchored.clone()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draw_error_says_drawing_failed_and_why() {
        let e = DrawError("no 2D context".into());
        assert_eq!(e.to_string(), "drawing failed: no 2D context");
    }
}
