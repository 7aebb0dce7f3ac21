//! Hit-testing against the geometry of the last draw: which bar is under (or nearest to) a
//! pointer, in bitmap pixels.

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

/// The bars of one draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HitMap {
    /// Each bar's rectangle and what it is.
    pub bars: Vec<(Rect, Hit)>,
}

impl HitMap {
    /// The bar containing `(x, y)`, else the nearest one within `radius` pixels.
    pub fn hit(&self, x: f64, y: f64, radius: f64) -> Option<Hit> {
        self.bars
            .iter()
            .map(|(r, h)| (r.distance(x, y), *h))
            .filter(|(d, _)| *d <= radius)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, h)| h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> HitMap {
        let r = |y0, y1| Rect {
            x0: 10.0,
            y0,
            x1: 100.0,
            y1,
        };
        HitMap {
            bars: vec![
                (r(0.0, 10.0), Hit { row: 0, series: 0 }),
                (r(14.0, 24.0), Hit { row: 0, series: 1 }),
                (r(50.0, 60.0), Hit { row: 1, series: 0 }),
            ],
        }
    }

    #[test]
    fn inside_a_bar_hits_it() {
        assert_eq!(map().hit(50.0, 20.0, 0.0), Some(Hit { row: 0, series: 1 }));
    }

    #[test]
    fn near_a_bar_hits_the_nearest_within_radius() {
        assert_eq!(map().hit(50.0, 44.0, 8.0), Some(Hit { row: 1, series: 0 }));
        assert_eq!(map().hit(50.0, 35.0, 8.0), None);
        assert_eq!(map().hit(110.0, 5.0, 12.0), Some(Hit { row: 0, series: 0 }));
    }
}
