//! A chart as sound: each bar a tone whose pitch is its figure on the chart's own scale, from
//! 220 Hz (nothing) to 880 Hz (the chart's largest figure), two octaves on which equal steps of
//! the figure are equal musical steps: a pitch is cents above 220 Hz, as Web Audio's `detune`
//! takes it (2.400 cents, two octaves, for the largest figure). Each series has a timbre of its own; a range glides from
//! its low end to its high end; a figure whose unit the article does not state is silent, as it
//! has no bar. Pure, so that the mapping is tested natively; `components::sound` plays it.

use super::Hit;
use crate::view::ChartVm;

/// The pitch of nothing, in Hz.
pub const LOW_HZ: f64 = 220.0;
/// The pitch of the chart's largest figure, in cents above [`LOW_HZ`]: two octaves up, 880 Hz.
pub const HIGH_CENTS: f64 = 2400.0;
/// How long each tone sounds, and the silence after it, in seconds.
pub const TONE_S: f64 = 0.3;
/// The silence between two tones, in seconds.
pub const GAP_S: f64 = 0.08;

/// One bar's tone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tone {
    /// The pitch it starts at (a range's low end), in cents above [`LOW_HZ`].
    pub from: f64,
    /// The pitch it ends at (a range's high end; `from` otherwise), in cents above [`LOW_HZ`].
    pub to: f64,
    /// Its series: the timbre.
    pub series: usize,
}

/// The pitch of `value` on a scale whose largest figure is `max`, in cents above [`LOW_HZ`].
fn pitch(value: u64, max: u64) -> f64 {
    HIGH_CENTS * value as f64 / max.max(1) as f64
}

/// The tone of the bar at `hit`, or `None` if it is silent (no unit) or not there.
pub fn tone(vm: &ChartVm, hit: Hit) -> Option<Tone> {
    let bar = vm.rows.get(hit.row)?.bars.get(hit.series)?;
    let max = vm
        .rows
        .iter()
        .flat_map(|r| &r.bars)
        .filter(|b| b.drawn)
        .map(|b| b.high)
        .max()?;
    bar.drawn.then(|| Tone {
        from: pitch(bar.low, max),
        to: pitch(bar.high, max),
        series: hit.series,
    })
}

/// Every bar's tone in reading order (row by row, each row's series in turn), silent bars left
/// out.
pub fn tones(vm: &ChartVm) -> Vec<Tone> {
    let series = vm.series.len();
    let hits =
        (0..vm.rows.len()).flat_map(|row| (0..series).map(move |series| Hit { row, series }));
    hits.filter_map(|hit| tone(vm, hit)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;
    use crate::i18n::Lang;
    use crate::view::Views;

    fn chart(id: &str) -> ChartVm {
        let views = Views::new(&default_dataset().expect("valid"), Lang::Vi);
        let vm = views
            .charts()
            .into_iter()
            .find(|vm| vm.id == id)
            .expect("a chart");
        (**vm).clone()
    }

    /// A pitch in Hz.
    fn hz(cents: f64) -> f64 {
        LOW_HZ * 2f64.powf(cents / 1200.0)
    }

    #[test]
    fn the_largest_figure_is_880_hz_nothing_220_and_pitch_follows_the_figure_in_octaves() {
        assert!((hz(pitch(0, 100)) - 220.0).abs() < 1e-9);
        assert!((hz(pitch(100, 100)) - 880.0).abs() < 1e-9);
        assert!(
            (hz(pitch(50, 100)) - 440.0).abs() < 1e-9,
            "half the largest: one octave up"
        );
        let forces = chart("forces");
        let all = tones(&forces);
        // Units and members of six rows, every one drawn; 1.157 members is the largest.
        assert_eq!(all.len(), 12);
        assert!((hz(all.iter().map(|t| t.to).fold(0.0, f64::max)) - 880.0).abs() < 1e-9);
        let units_817 = tone(&forces, Hit { row: 2, series: 0 }).expect("a tone");
        assert!((hz(units_817.from) - 220.0 * 4f64.powf(817.0 / 1157.0)).abs() < 1e-9);
        assert_eq!(units_817.series, 0);
        assert_eq!(
            tone(&forces, Hit { row: 2, series: 1 }).map(|t| t.series),
            Some(1)
        );
    }

    #[test]
    fn a_range_glides_from_its_low_end_to_its_high_end() {
        let safety = chart("safety");
        let range = safety
            .rows
            .iter()
            .position(|r| r.bars[0].low < r.bars[0].high)
            .expect("a range");
        let t = tone(
            &safety,
            Hit {
                row: range,
                series: 0,
            },
        )
        .expect("a tone");
        assert!(t.from < t.to, "{t:?}");
    }

    #[test]
    fn a_figure_without_a_unit_is_silent() {
        let safety = chart("safety");
        let unstated = safety
            .rows
            .iter()
            .position(|r| !r.bars[0].drawn)
            .expect("trên 90 for Xã, phường");
        assert_eq!(
            tone(
                &safety,
                Hit {
                    row: unstated,
                    series: 0
                }
            ),
            None
        );
        assert_eq!(tones(&safety).len(), safety.rows.len() - 1);
        assert_eq!(
            tone(&safety, Hit { row: 99, series: 0 }),
            None,
            "no such bar"
        );
    }
}
