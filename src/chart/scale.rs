//! A linear scale from a value domain starting at zero to a pixel range, with "nice" tick steps
//! (1, 2 or 5 × 10ⁿ). Pure maths: no DOM, no plotters, so it is tested with worked numbers.

/// Maps values in `[0, max]` to pixels in `[start, end]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    max: f64,
    start: f64,
    end: f64,
    step: f64,
}

/// The smallest step of the form 1, 2 or 5 × 10ⁿ that is at least `raw`. (A loop, not
/// `log10`/`powf`: those would link libm's tables into the module for no visible gain.)
fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    while magnitude > raw {
        magnitude /= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

impl LinearScale {
    /// A scale whose domain ends at `data_max` itself (bars use the whole width), with ticks
    /// at a nice step — about `tick_count` of them — up to it.
    pub fn fitted(data_max: f64, tick_count: usize, start: f64, end: f64) -> Self {
        let max = if data_max > 0.0 { data_max } else { 1.0 };
        let step = nice_step(max / tick_count.max(1) as f64);
        Self {
            max,
            start,
            end,
            step,
        }
    }

    /// The top of the domain.
    pub fn max(&self) -> f64 {
        self.max
    }

    /// The pixel position of `value`.
    pub fn px(&self, value: f64) -> f64 {
        self.start + (self.end - self.start) * (value / self.max)
    }

    /// Tick values from 0 to the top of the domain, inclusive.
    pub fn ticks(&self) -> Vec<f64> {
        let n = (self.max / self.step + 1e-9).floor() as usize;
        (0..=n).map(|i| i as f64 * self.step).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(289.25), 500.0);
        assert_eq!(nice_step(150.0), 200.0);
        assert_eq!(nice_step(100.0), 100.0);
        assert_eq!(nice_step(0.3), 0.5);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn a_fitted_domain_ends_at_the_data_with_ticks_inside() {
        let s = LinearScale::fitted(101_662.0, 4, 0.0, 300.0);
        assert_eq!(s.max(), 101_662.0);
        assert_eq!(s.ticks(), vec![0.0, 50_000.0, 100_000.0]);
        assert_eq!(s.px(101_662.0), 300.0);
        assert_eq!(
            LinearScale::fitted(100.0, 4, 0.0, 1.0).ticks(),
            vec![0.0, 50.0, 100.0]
        );
    }

    #[test]
    fn maps_values_to_pixels_linearly() {
        let s = LinearScale::fitted(1000.0, 5, 10.0, 210.0);
        assert_eq!(s.px(0.0), 10.0);
        assert_eq!(s.px(500.0), 110.0);
        assert_eq!(s.px(1000.0), 210.0);
    }

    #[test]
    fn empty_data_still_gives_a_usable_scale() {
        let s = LinearScale::fitted(0.0, 4, 0.0, 100.0);
        assert!(s.max() > 0.0);
        assert!(s.px(0.0).is_finite());
    }
}
