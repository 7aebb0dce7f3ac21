//! Figures computed from the article's figures, never typed: rates, averages, totals. A result
//! keeps what its inputs allow it to claim: a total that includes an "over" figure is itself
//! "over"; a ratio of an "over" numerator is "over"; where the qualifiers pull in opposite
//! directions (or a range is involved) there is no honest single figure, and `None` is returned.
//!
//! Rounding rule (one place, used everywhere, done by `rounding::format_derived` when the figure is
//! shown; the value itself is kept exact): one decimal place, half away from zero for an exact
//! figure, and towards its bound for a qualified one, so the qualifier stays true: "over" is
//! rounded down, "nearly" up.

use crate::data::Amount;

/// Which way the true value may differ from the stated one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// As stated.
    Exact,
    /// More than stated.
    Over,
    /// A little less than stated.
    Nearly,
}

/// A computed figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Derived {
    /// The value computed from the stated numbers.
    pub value: f64,
    /// What the qualifiers of the inputs allow.
    pub bound: Bound,
}

fn bound(a: &Amount) -> Option<Bound> {
    match a {
        Amount::Exact { .. } => Some(Bound::Exact),
        Amount::Over { .. } => Some(Bound::Over),
        Amount::Nearly { .. } => Some(Bound::Nearly),
        Amount::Range { .. } => None,
    }
}

/// `num / den`. A larger numerator or a smaller denominator than computed makes the ratio
/// "over"; a numerator a little short makes it "nearly". An "over" denominator would only give
/// an upper bound ("less than"), which the article's vocabulary cannot say: `None`.
pub fn ratio(num: &Amount, den: &Amount) -> Option<Derived> {
    let den_value = den.magnitude();
    if den_value == 0 {
        return None;
    }
    let bound = match (bound(num)?, bound(den)?) {
        (Bound::Exact, Bound::Exact) => Bound::Exact,
        (Bound::Over | Bound::Exact, Bound::Exact | Bound::Nearly) => Bound::Over,
        (Bound::Nearly, Bound::Exact) => Bound::Nearly,
        _ => return None,
    };
    Some(Derived {
        value: num.magnitude() as f64 / den_value as f64,
        bound,
    })
}

/// `num / den` as a percentage.
pub fn percent(num: &Amount, den: &Amount) -> Option<Derived> {
    ratio(num, den).map(|d| Derived {
        value: d.value * 100.0,
        ..d
    })
}

/// The sum: "over" if any part is over, "nearly" if any is nearly, `None` if both, a range, or
/// too large to add up (never a wrapped-around, plausible-looking total).
pub fn total<'a>(parts: impl IntoIterator<Item = &'a Amount>) -> Option<Derived> {
    let mut sum = 0u64;
    let mut result = Bound::Exact;
    for part in parts {
        sum = sum.checked_add(part.magnitude())?;
        result = match (result, bound(part)?) {
            (r, Bound::Exact) => r,
            (Bound::Exact, b) => b,
            (r, b) if r == b => r,
            _ => return None,
        };
    }
    Some(Derived {
        value: sum as f64,
        bound: result,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn exact(value: u64) -> Amount {
        Amount::Exact { value }
    }

    #[test]
    fn a_total_too_large_to_add_up_is_no_total() {
        assert!(total(&[exact(u64::MAX), exact(1)]).is_none());
        let sum = total(&[exact(u64::MAX - 1), exact(1)]).expect("fits");
        assert_eq!(sum.value, u64::MAX as f64);
    }

    #[test]
    fn reform_rate_is_exact_when_both_figures_are() {
        let d = percent(&exact(571), &exact(956)).expect("defined");
        assert_eq!(d.bound, Bound::Exact);
        assert!((d.value - 59.728_033).abs() < 1e-5);
    }

    #[test]
    fn ratios_keep_the_direction_of_their_qualifiers() {
        let over = Amount::Over { value: 200 };
        let nearly = Amount::Nearly { value: 1000 };
        assert_eq!(ratio(&over, &exact(11)).map(|d| d.bound), Some(Bound::Over));
        // Over 25.000 attendances in nearly 1.000 sessions: over 25 per session.
        let per = ratio(&Amount::Over { value: 25_000 }, &nearly).expect("defined");
        assert_eq!((per.value, per.bound), (25.0, Bound::Over));
        assert_eq!(
            ratio(&nearly, &exact(10)).map(|d| d.bound),
            Some(Bound::Nearly)
        );
        assert_eq!(ratio(&exact(5), &over), None);
        assert_eq!(ratio(&over, &over), None);
        assert_eq!(ratio(&Amount::Range { from: 1, to: 2 }, &exact(1)), None);
        assert_eq!(ratio(&exact(1), &exact(0)), None);
    }

    #[test]
    fn a_total_with_an_over_part_is_over() {
        let members = [
            Amount::Over { value: 200 },
            exact(99),
            exact(1157),
            exact(85),
            exact(405),
            exact(42),
        ];
        assert_eq!(
            total(&members),
            Some(Derived {
                value: 1988.0,
                bound: Bound::Over
            })
        );
        assert_eq!(
            total(&[exact(11), exact(18)]).map(|d| d.bound),
            Some(Bound::Exact)
        );
        assert_eq!(
            total(&[Amount::Over { value: 1 }, Amount::Nearly { value: 1 }]),
            None
        );
    }

    #[test]
    fn parts_over_their_figures_add_up_to_a_total_over_the_sum() {
        let parts = [Amount::Over { value: 200 }, Amount::Over { value: 5 }];
        let sum = total(&parts).expect("defined");
        assert_eq!((sum.value, sum.bound), (205.0, Bound::Over));
        let parts = [Amount::Nearly { value: 10 }, Amount::Nearly { value: 5 }];
        assert_eq!(total(&parts).map(|d| d.bound), Some(Bound::Nearly));
    }
}
