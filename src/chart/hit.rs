//! Hit-testing against the geometry of the last draw, in bitmap pixels: the row whose band (its
//! label, its bars and their value text, across the whole chart) is under a pointer, and in it
//! the bar nearest to the pointer. A finger lands on a row's label as often as on its bars.

/// An axis-aligned rectangle in bitmap pixels, `x0 <= x1`, `y0 <= y1`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    /// Whether `(x, y)` is inside, edges included.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        self.distance(x, y) == 0.0
    }

    /// Distance from `(x, y)` to the rectangle; 0 inside.
    pub fn distance(&self, x: f64, y: f64) -> f64 {
        let dx = (self.x0 - x).max(0.0).max(x - self.x1);
        let dy = (self.y0 - y).max(0.0).max(y - self.y1);
        (dx * dx + dy * dy).sqrt()
    }
}

/// A mark the pointer can hit: bar `series` (0 units, 1 members) of row `row`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index of the row (kind of team).
    pub row: usize,
    /// Index of the series.
    pub series: usize,
}

/// The rows and bars of one draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HitMap {
    /// Each row's band, by row: from half the gap above its label to half the gap below its last
    /// bar, across the whole chart. The bands tile the plot above the axis.
    pub bands: Vec<Rect>,
    /// Each bar's rectangle and what it is.
    pub bars: Vec<(Rect, Hit)>,
}

impl HitMap {
    /// In the row whose band holds `(x, y)`, the bar nearest to it (the one under it, if any);
    /// `None` outside every band.
    pub fn hit(&self, x: f64, y: f64) -> Option<Hit> {
        let row = self.bands.iter().position(|band| band.contains(x, y))?;
        self.bars
            .iter()
            .filter(|(_, h)| h.row == row)
            .map(|(r, h)| (r.distance(x, y), *h))
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, h)| h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(y0: f64, y1: f64) -> Rect {
        Rect {
            x0: 10.0,
            y0,
            x1: 100.0,
            y1,
        }
    }

    /// Two rows: a label from 0 to 20, then bars at 20–30 and 34–44 (row 0) or one at 70–80.
    fn map() -> HitMap {
        let band = |y0, y1| Rect {
            x0: 0.0,
            y0,
            x1: 300.0,
            y1,
        };
        HitMap {
            bands: vec![band(0.0, 50.0), band(50.0, 86.0)],
            bars: vec![
                (r(20.0, 30.0), Hit { row: 0, series: 0 }),
                (r(34.0, 44.0), Hit { row: 0, series: 1 }),
                (r(70.0, 80.0), Hit { row: 1, series: 0 }),
            ],
        }
    }

    #[test]
    fn inside_a_bar_hits_it() {
        assert_eq!(map().hit(50.0, 40.0), Some(Hit { row: 0, series: 1 }));
    }

    #[test]
    fn the_label_the_value_text_and_the_gap_hit_their_row() {
        let m = map();
        // The row's label, above its bars: its first bar.
        assert_eq!(m.hit(30.0, 8.0), Some(Hit { row: 0, series: 0 }));
        // Right of the bars, where the value text is written.
        assert_eq!(m.hit(200.0, 26.0), Some(Hit { row: 0, series: 0 }));
        assert_eq!(m.hit(200.0, 41.0), Some(Hit { row: 0, series: 1 }));
        // Between the two bars, nearer the second.
        assert_eq!(m.hit(50.0, 33.0), Some(Hit { row: 0, series: 1 }));
        // In the gap between the rows, each half its own row's.
        assert_eq!(m.hit(50.0, 48.0), Some(Hit { row: 0, series: 1 }));
        assert_eq!(m.hit(50.0, 52.0), Some(Hit { row: 1, series: 0 }));
    }

    #[test]
    fn outside_every_band_nothing() {
        assert_eq!(map().hit(50.0, 90.0), None, "the axis, below the rows");
        assert_eq!(map().hit(350.0, 40.0), None, "beyond the chart");
    }

    #[test]
    fn the_distance_to_a_rectangle_is_euclidean_from_its_nearest_edge() {
        let b = r(0.0, 10.0);
        assert_eq!(b.distance(50.0, 5.0), 0.0);
        assert_eq!(b.distance(103.0, 14.0), 5.0, "3 right, 4 below");
        assert_eq!(b.distance(4.0, -8.0), 10.0, "6 left, 8 above");
        assert!(b.contains(100.0, 10.0) && !b.contains(100.5, 10.0));
    }
}
