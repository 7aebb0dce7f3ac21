//! Geometry of a horizontal bar chart, in bitmap pixels: each row is a label line above its bars
//! (one per series), whose values are written at their ends, and a bar's note, if it has one, on
//! a line of its own under it. Heights depend only on the number of rows, bars and notes and on
//! the pixel ratio, so the canvas height is known before drawing.

use super::hit::{Hit, HitMap, Rect};
use super::scale::LinearScale;

/// Sizes in CSS pixels; multiplied by the pixel ratio.
mod css {
    pub const PAD_X: f64 = 8.0;
    pub const PAD_TOP: f64 = 4.0;
    pub const LABEL: f64 = 20.0;
    pub const BAR: f64 = 14.0;
    pub const BAR_GAP: f64 = 4.0;
    pub const ROW_GAP: f64 = 12.0;
    pub const AXIS: f64 = 22.0;
    /// A note's line under its bar.
    pub const NOTE: f64 = 18.0;
    /// Least room at the right of the longest bar for its value label ("trên 1.157").
    pub const VALUE_ROOM: f64 = 80.0;
    /// Width of one character of a value label, estimated (a layout must not measure text).
    pub const VALUE_CHAR: f64 = 6.6;
    /// Font sizes.
    pub const FONT_LABEL: f64 = 13.0;
    pub const FONT_VALUE: f64 = 12.0;
    pub const FONT_NOTE: f64 = 11.0;
    /// Aim for one tick per this many pixels of bar width.
    pub const TICK_SPACING: f64 = 70.0;
}

/// Where one bar goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BarGeom {
    /// The solid part (to a range's lower end).
    pub solid: Rect,
    /// The whole bar (to a range's upper end): the lighter part is `solid.x1..whole.x1`.
    pub whole: Rect,
    /// The middle of its note's line, if it has a note.
    pub note_y: Option<f64>,
}

/// Where one row's marks go.
#[derive(Clone, Debug, PartialEq)]
pub struct RowGeom {
    /// Top-left of the row label.
    pub label_at: (f64, f64),
    /// One per series.
    pub bars: Vec<BarGeom>,
}

/// The whole chart's geometry.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    /// Pixel ratio it was computed for.
    pub scale: f64,
    /// Bitmap width.
    pub width: f64,
    /// Bitmap height.
    pub height: f64,
    /// One entry per row.
    pub rows: Vec<RowGeom>,
    /// Tick positions and values along the bottom axis.
    pub ticks: Vec<(f64, f64)>,
    /// Top of the axis (bottom of the last row).
    pub axis_y: f64,
    /// Gap between a bar end and its value label.
    pub value_gap: f64,
    /// Label font size in bitmap pixels.
    pub font_label: f64,
    /// Value font size in bitmap pixels.
    pub font_value: f64,
    /// Note font size in bitmap pixels.
    pub font_note: f64,
}

/// Bitmap height of a chart of `rows` rows of `per_row` bars with `notes` notes in all, at
/// pixel ratio `scale`.
pub fn height(rows: usize, per_row: usize, notes: usize, scale: f64) -> f64 {
    let per_row = per_row.max(1) as f64;
    let row = css::LABEL + per_row * css::BAR + (per_row - 1.0) * css::BAR_GAP + css::ROW_GAP;
    let notes = notes as f64 * css::NOTE;
    ((css::PAD_TOP + rows as f64 * row + notes + css::AXIS) * scale).round()
}

/// Lays out `rows`, each a list of bars given as `(low, high, noted)` (`low` and `high` equal
/// unless a range; `noted` if a note goes under it), in a bitmap `width` wide; the axis runs to
/// 100 when `percent`, else to the largest value (the bars use the whole width; the ticks stop at
/// the last nice step below it, see `scale`). `label_chars` is the length of the longest value
/// label, to keep room for it.
pub fn bars(
    rows: &[Vec<(u64, u64, bool)>],
    width: f64,
    scale: f64,
    percent: bool,
    label_chars: usize,
) -> ChartLayout {
    let room = css::VALUE_ROOM.max(4.0 + label_chars as f64 * css::VALUE_CHAR);
    let s = |v: f64| v * scale;
    let per_row = rows.iter().map(Vec::len).max().unwrap_or(1);
    let notes = rows.iter().flatten().filter(|b| b.2).count();
    let data_max = match percent {
        true => 100.0,
        false => rows.iter().flatten().map(|b| b.1).max().unwrap_or(0) as f64,
    };
    let (x0, x1) = (s(css::PAD_X), (width - s(css::PAD_X + room)).max(s(40.0)));
    let tick_count = ((x1 - x0) / s(css::TICK_SPACING)).floor().max(1.0) as usize;
    let scale_x = LinearScale::fitted(data_max, tick_count, x0, x1);
    let px = |v: u64| scale_x.px(v as f64).max(x0 + 1.0);
    let mut y = s(css::PAD_TOP);
    let rows = rows
        .iter()
        .map(|row| {
            let top = y;
            let mut bar_y = top + s(css::LABEL);
            let bars = row
                .iter()
                .map(|&(low, high, noted)| {
                    let (y0, y1) = (bar_y, bar_y + s(css::BAR));
                    bar_y = y1 + s(css::BAR_GAP);
                    let note_y = noted.then(|| y1 + s(css::NOTE / 2.0));
                    if noted {
                        bar_y += s(css::NOTE);
                    }
                    BarGeom {
                        solid: Rect {
                            x0,
                            y0,
                            x1: px(low),
                            y1,
                        },
                        whole: Rect {
                            x0,
                            y0,
                            x1: px(high),
                            y1,
                        },
                        note_y,
                    }
                })
                .collect();
            y = bar_y - s(css::BAR_GAP) + s(css::ROW_GAP);
            RowGeom {
                label_at: (x0, top + s(3.0)),
                bars,
            }
        })
        .collect::<Vec<_>>();
    ChartLayout {
        scale,
        width,
        height: height(rows.len(), per_row, notes, scale),
        rows,
        ticks: scale_x
            .ticks()
            .into_iter()
            .map(|v| (scale_x.px(v), v))
            .collect(),
        axis_y: y - s(css::ROW_GAP / 2.0),
        value_gap: s(4.0),
        font_label: s(css::FONT_LABEL),
        font_value: s(css::FONT_VALUE),
        font_note: s(css::FONT_NOTE),
    }
}

impl ChartLayout {
    /// Half a note's line, in bitmap pixels.
    pub fn note_half(&self) -> f64 {
        css::NOTE / 2.0 * self.scale
    }

    /// The rows' bands and the bars (their whole extent) as a hit map.
    pub fn hit_map(&self) -> HitMap {
        let half_gap = css::ROW_GAP / 2.0 * self.scale;
        // Each band starts where the one above ends (the first at the top).
        let mut top = 0.0;
        let bands = self
            .rows
            .iter()
            .map(|g| {
                let end = |b: &BarGeom| b.note_y.map_or(b.whole.y1, |y| y + self.note_half());
                let bottom = g.bars.last().map_or(g.label_at.1, end) + half_gap;
                let band = Rect {
                    x0: 0.0,
                    y0: top,
                    x1: self.width,
                    y1: bottom,
                };
                top = bottom;
                band
            })
            .collect();
        let bars = self
            .rows
            .iter()
            .enumerate()
            .flat_map(|(row, g)| {
                g.bars
                    .iter()
                    .enumerate()
                    .map(move |(series, b)| (b.whole, Hit { row, series }))
            })
            .collect();
        HitMap { bands, bars }
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
