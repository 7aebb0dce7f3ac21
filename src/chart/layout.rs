//! Geometry of the forces chart (horizontal grouped bars), in bitmap pixels: each row is a label
//! line above two bars (units, members) whose values are written at their ends. Heights depend
//! only on the row count and the pixel ratio, so the canvas height is known before drawing.

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
    /// Room at the right of the longest bar for its value label ("trên 1.157").
    pub const VALUE_ROOM: f64 = 80.0;
    /// Font sizes.
    pub const FONT_LABEL: f64 = 13.0;
    pub const FONT_VALUE: f64 = 12.0;
    /// Aim for one tick per this many pixels of bar width.
    pub const TICK_SPACING: f64 = 70.0;
}

/// Where one row's marks go.
#[derive(Clone, Debug, PartialEq)]
pub struct RowGeom {
    /// The whole row, label included (for the hover highlight).
    pub band: Rect,
    /// Top-left of the row label.
    pub label_at: (f64, f64),
    /// The two bars: units, members.
    pub bars: [Rect; 2],
}

/// The whole chart's geometry.
#[derive(Clone, Debug, PartialEq)]
pub struct ForcesLayout {
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

/// Bitmap height of a forces chart with `rows` rows at pixel ratio `scale`.
pub fn height(rows: usize, scale: f64) -> f64 {
    let row = css::LABEL + 2.0 * css::BAR + css::BAR_GAP + css::ROW_GAP;
    ((css::PAD_TOP + rows as f64 * row + css::AXIS) * scale).round()
}

/// Lays out rows whose bars reach `magnitudes` (units, members) in a bitmap `width` wide.
pub fn forces(magnitudes: &[(u64, u64)], width: f64, scale: f64) -> ForcesLayout {
    let s = |v: f64| v * scale;
    let data_max = magnitudes.iter().map(|&(u, m)| u.max(m)).max().unwrap_or(0) as f64;
    let (x0, x1) = (
        s(css::PAD_X),
        (width - s(css::PAD_X + css::VALUE_ROOM)).max(s(40.0)),
    );
    let tick_count = ((x1 - x0) / s(css::TICK_SPACING)).floor().max(1.0) as usize;
    let scale_x = LinearScale::nice(data_max, tick_count, x0, x1);
    let mut y = s(css::PAD_TOP);
    let rows = magnitudes
        .iter()
        .map(|&(units, members)| {
            let top = y;
            let bar_y = top + s(css::LABEL);
            let bar = |v: u64, y0: f64| Rect {
                x0,
                y0,
                x1: scale_x.px(v as f64).max(x0 + 1.0),
                y1: y0 + s(css::BAR),
            };
            let bars = [
                bar(units, bar_y),
                bar(members, bar_y + s(css::BAR + css::BAR_GAP)),
            ];
            y = bars[1].y1 + s(css::ROW_GAP);
            RowGeom {
                band: Rect {
                    x0: 0.0,
                    y0: top,
                    x1: width,
                    y1: y - s(css::ROW_GAP / 2.0),
                },
                label_at: (x0, top + s(3.0)),
                bars,
            }
        })
        .collect();
    ForcesLayout {
        scale,
        width,
        height: height(magnitudes.len(), scale),
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

impl ForcesLayout {
    /// The bars as a hit map.
    pub fn hit_map(&self) -> HitMap {
        let bars = self
            .rows
            .iter()
            .enumerate()
            .flat_map(|(row, g)| {
                g.bars
                    .iter()
                    .enumerate()
                    .map(move |(series, r)| (*r, Hit { row, series }))
            })
            .collect();
        HitMap { bars }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: [(u64, u64); 6] = [
        (11, 200),
        (18, 99),
        (817, 1157),
        (17, 85),
        (405, 405),
        (7, 42),
    ];

    #[test]
    fn height_depends_on_rows_and_ratio_only() {
        assert_eq!(height(6, 1.0), 4.0 + 6.0 * 64.0 + 22.0);
        assert_eq!(height(6, 2.0), 2.0 * height(6, 1.0));
        assert_eq!(forces(&ARTICLE, 360.0, 1.0).height, height(6, 1.0));
    }

    #[test]
    fn bars_are_proportional_and_leave_room_for_labels() {
        let l = forces(&ARTICLE, 400.0, 1.0);
        // 400 wide: bars from 8 to 312, 3 ticks of 500 → domain 0..1500.
        assert_eq!(l.ticks.last().map(|t| t.1), Some(1500.0));
        let longest = l.rows[2].bars[1];
        assert!((longest.x1 - (8.0 + 304.0 * 1157.0 / 1500.0)).abs() < 1e-9);
        assert!(longest.x1 + 80.0 <= 400.0);
        // Rental teams: 405 units and 405 members give equal bars.
        assert_eq!(l.rows[4].bars[0].x1, l.rows[4].bars[1].x1);
    }

    #[test]
    fn rows_do_not_overlap_and_scale_with_ratio() {
        let l1 = forces(&ARTICLE, 320.0, 1.0);
        for w in l1.rows.windows(2) {
            assert!(w[0].band.y1 <= w[1].band.y0);
            assert!(w[0].bars[1].y1 < w[1].label_at.1);
        }
        let l3 = forces(&ARTICLE, 960.0, 3.0);
        assert_eq!(l3.rows[5].bars[0].y0, 3.0 * l1.rows[5].bars[0].y0);
    }

    #[test]
    fn hit_map_finds_the_bar_under_a_pixel() {
        let l = forces(&ARTICLE, 400.0, 2.0);
        let r = l.rows[3].bars[1];
        let hit = l
            .hit_map()
            .hit((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0, 0.0);
        assert_eq!(hit, Some(Hit { row: 3, series: 1 }));
    }
}
