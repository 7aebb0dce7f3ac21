//! Geometry of a horizontal bar chart, in bitmap pixels: each row is a label line above its bars
//! (one per series), whose values are written at their ends. Heights depend only on the number
//! of rows and bars and on the pixel ratio, so the canvas height is known before drawing.

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
    /// Least room at the right of the longest bar for its value label ("trên 1.157").
    pub const VALUE_ROOM: f64 = 80.0;
    /// Width of one character of a value label, estimated (a layout must not measure text).
    pub const VALUE_CHAR: f64 = 6.6;
    /// Font sizes.
    pub const FONT_LABEL: f64 = 13.0;
    pub const FONT_VALUE: f64 = 12.0;
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
}

/// Bitmap height of a chart of `rows` rows of `per_row` bars at pixel ratio `scale`.
pub fn height(rows: usize, per_row: usize, scale: f64) -> f64 {
    let per_row = per_row.max(1) as f64;
    let row = css::LABEL + per_row * css::BAR + (per_row - 1.0) * css::BAR_GAP + css::ROW_GAP;
    ((css::PAD_TOP + rows as f64 * row + css::AXIS) * scale).round()
}

/// Lays out `rows`, each a list of bars given as `(low, high)` (equal unless a range), in a
/// bitmap `width` wide; the axis runs to 100 when `percent`, else to the largest value (the bars
/// use the whole width; the ticks stop at the last nice step below it, see `scale`).
/// `label_chars` is the length of the longest value label, to keep room for it.
pub fn bars(
    rows: &[Vec<(u64, u64)>],
    width: f64,
    scale: f64,
    percent: bool,
    label_chars: usize,
) -> ChartLayout {
    let room = css::VALUE_ROOM.max(4.0 + label_chars as f64 * css::VALUE_CHAR);
    let s = |v: f64| v * scale;
    let per_row = rows.iter().map(Vec::len).max().unwrap_or(1);
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
                .map(|&(low, high)| {
                    let (y0, y1) = (bar_y, bar_y + s(css::BAR));
                    bar_y = y1 + s(css::BAR_GAP);
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
        height: height(rows.len(), per_row, scale),
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
    }
}

impl ChartLayout {
    /// The rows' bands and the bars (their whole extent) as a hit map.
    pub fn hit_map(&self) -> HitMap {
        let half_gap = css::ROW_GAP / 2.0 * self.scale;
        // Each band starts where the one above ends (the first at the top).
        let mut top = 0.0;
        let bands = self
            .rows
            .iter()
            .map(|g| {
                let bottom = g.bars.last().map_or(g.label_at.1, |b| b.whole.y1) + half_gap;
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
mod tests {
    use super::*;

    fn article() -> Vec<Vec<(u64, u64)>> {
        [
            (11, 200),
            (18, 99),
            (817, 1157),
            (17, 85),
            (405, 405),
            (7, 42),
        ]
        .iter()
        .map(|&(u, m)| vec![(u, u), (m, m)])
        .collect()
    }

    #[test]
    fn height_depends_on_rows_bars_and_ratio_only() {
        assert_eq!(height(6, 2, 1.0), 4.0 + 6.0 * 64.0 + 22.0);
        assert_eq!(height(4, 1, 1.0), 4.0 + 4.0 * 46.0 + 22.0);
        assert_eq!(height(6, 2, 2.0), 2.0 * height(6, 2, 1.0));
        assert_eq!(
            bars(&article(), 360.0, 1.0, false, 10).height,
            height(6, 2, 1.0)
        );
    }

    #[test]
    fn bars_are_proportional_and_leave_room_for_labels() {
        let l = bars(&article(), 400.0, 1.0, false, 10);
        // 400 wide: bars from 8 to 312; the longest (1.157) reaches the end; ticks every 500.
        assert_eq!(
            l.ticks.iter().map(|t| t.1).collect::<Vec<_>>(),
            [0.0, 500.0, 1000.0]
        );
        let longest = l.rows[2].bars[1].whole;
        assert!((longest.x1 - 312.0).abs() < 1e-9);
        let rental = l.rows[4].bars[0].whole;
        assert!((rental.x1 - (8.0 + 304.0 * 405.0 / 1157.0)).abs() < 1e-9);
        assert!(longest.x1 + 80.0 <= 400.0);
        // A long label ("từ 98% đến 100%", 15 characters) gets more room than the least.
        let wide = bars(&article(), 400.0, 1.0, false, 15).rows[2].bars[1].whole;
        assert!(wide.x1 < longest.x1 && wide.x1 + 4.0 + 15.0 * 6.6 <= 392.0);
        // Rental teams: 405 units and 405 members give equal bars.
        assert_eq!(l.rows[4].bars[0].whole.x1, l.rows[4].bars[1].whole.x1);
    }

    #[test]
    fn a_range_is_solid_to_its_start_and_extends_to_its_end_on_a_percent_axis() {
        let l = bars(&[vec![(95, 97)], vec![(94, 94)]], 416.0, 1.0, true, 3);
        assert_eq!(l.ticks.last().map(|t| t.1), Some(100.0));
        let b = l.rows[0].bars[0];
        assert!((b.solid.x1 - (8.0 + 3.2 * 95.0)).abs() < 1e-9);
        assert!((b.whole.x1 - (8.0 + 3.2 * 97.0)).abs() < 1e-9);
        assert_eq!(l.rows[1].bars[0].solid, l.rows[1].bars[0].whole);
    }

    #[test]
    fn rows_do_not_overlap_and_scale_with_ratio() {
        let l1 = bars(&article(), 320.0, 1.0, false, 10);
        for w in l1.rows.windows(2) {
            assert!(w[0].bars[1].whole.y1 < w[1].label_at.1);
        }
        let l3 = bars(&article(), 960.0, 3.0, false, 10);
        assert_eq!(
            l3.rows[5].bars[0].whole.y0,
            3.0 * l1.rows[5].bars[0].whole.y0
        );
    }

    #[test]
    fn hit_map_finds_the_bar_under_a_pixel() {
        let l = bars(&article(), 400.0, 2.0, false, 10);
        let r = l.rows[3].bars[1].whole;
        let hit = l.hit_map().hit((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
        assert_eq!(hit, Some(Hit { row: 3, series: 1 }));
    }

    #[test]
    fn the_bands_tile_the_rows_from_the_top_to_the_axis_across_the_chart() {
        let l = bars(&article(), 400.0, 2.0, false, 10);
        let bands = l.hit_map().bands;
        assert_eq!(bands.len(), 6);
        assert_eq!(bands[0].y0, 0.0);
        for pair in bands.windows(2) {
            assert_eq!(pair[0].y1, pair[1].y0, "no gap and no overlap between rows");
        }
        assert_eq!(bands[5].y1, l.axis_y, "the last band ends at the axis");
        for (band, row) in bands.iter().zip(&l.rows) {
            assert_eq!((band.x0, band.x1), (0.0, 400.0));
            assert!(band.y0 < row.label_at.1 && row.bars[1].whole.y1 < band.y1);
        }
    }

    #[test]
    fn a_bar_of_zero_still_shows_one_pixel_past_the_axis() {
        let l = bars(&[vec![(0, 0)], vec![(50, 50)]], 400.0, 2.0, false, 4);
        let zero = l.rows[0].bars[0].whole;
        assert_eq!(zero.x1, zero.x0 + 1.0);
        assert!(l.rows[1].bars[0].whole.x1 > zero.x1 + 100.0);
    }
}
