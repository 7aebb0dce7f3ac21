//! The rounding rule of the widget, in one place: how a computed figure is written. One decimal
//! place, a whole result without decimals; an exact figure rounded half away from zero (`38,1`,
//! `59,7%`), a bounded one towards its bound so the qualifier stays true (`trên 18,1` for
//! 200 / 11 = 18,18…).

use super::derived::{Bound, Derived};
use crate::i18n::{format_tenths, text, Key, Lang};

/// Tenths of `value`, rounded so that the qualifier stays true: an "over" figure is a lower
/// bound, so it is rounded down (`trên 18,18…` is `trên 18,1`, never `trên 18,2`); a "nearly"
/// figure is an upper bound, rounded up; an exact one half away from zero. The epsilon keeps
/// a whole result computed in floating point (`85 / 17 × 10 = 49,999…`) whole.
fn tenths_towards(value: f64, bound: Bound) -> i64 {
    const EPSILON: f64 = 1e-9;
    let t = value * 10.0;
    let rounded = match bound {
        Bound::Exact => t.round(),
        Bound::Over => (t + EPSILON).floor(),
        Bound::Nearly => (t - EPSILON).ceil(),
    };
    rounded as i64
}

/// `d` in tenths, rounded by the rule: what a bar of a computed figure is drawn to.
pub fn tenths(d: &Derived) -> u64 {
    tenths_towards(d.value, d.bound).max(0) as u64
}

/// A computed figure with what its inputs allow it to claim, by the rounding rule.
pub fn format_derived(d: &Derived, lang: Lang, percent: bool) -> String {
    let mut number = format_tenths(tenths_towards(d.value, d.bound), lang);
    if percent {
        number.push('%');
    }
    match d.bound {
        Bound::Exact => number,
        Bound::Over => format!("{} {number}", text(Key::Over, lang)),
        Bound::Nearly => format!("{} {number}", text(Key::Nearly, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(value: f64) -> Derived {
        Derived {
            value,
            bound: Bound::Exact,
        }
    }

    #[test]
    fn percent_uses_decimal_comma_in_vietnamese() {
        let rate = exact(571.0 / 956.0 * 100.0);
        assert_eq!(format_derived(&rate, Lang::Vi, true), "59,7%");
        assert_eq!(format_derived(&rate, Lang::En, true), "59.7%");
        assert_eq!(format_derived(&exact(94.0), Lang::Vi, true), "94%");
        assert_eq!(format_derived(&exact(0.05), Lang::En, true), "0.1%");
    }

    #[test]
    fn the_rounding_rule_is_one_decimal_half_away_from_zero() {
        let f = |v: f64, lang| format_derived(&exact(v), lang, false);
        assert_eq!(f(101_662.0 / 2669.0, Lang::Vi), "38,1");
        assert_eq!(f(0.25, Lang::En), "0.3");
        assert_eq!(f(0.35, Lang::En), "0.4");
        assert_eq!(f(5.0, Lang::Vi), "5");
        assert_eq!(f(1234.56, Lang::Vi), "1.234,6");
        assert_eq!(f(-2.25, Lang::En), "-2.3");
        assert_eq!(tenths_towards(-2.25, Bound::Exact), -23);
        assert_eq!(tenths_towards(18.18, Bound::Over), 181);
        assert_eq!(tenths_towards(18.12, Bound::Nearly), 182);
        assert_eq!(tenths_towards(85.0 / 17.0, Bound::Over), 50);
        assert_eq!(tenths_towards(85.0 / 17.0, Bound::Nearly), 50);
    }

    #[test]
    fn derived_figures_keep_their_bound() {
        let d = Derived {
            value: 200.0 / 11.0,
            bound: Bound::Over,
        };
        // 18,18…: "over" is a lower bound, rounded down so it stays true.
        assert_eq!(format_derived(&d, Lang::Vi, false), "trên 18,1");
        assert_eq!(format_derived(&d, Lang::En, false), "over 18.1");
        let rate = Derived {
            value: 571.0 / 956.0 * 100.0,
            bound: Bound::Exact,
        };
        assert_eq!(format_derived(&rate, Lang::Vi, true), "59,7%");
    }

    #[test]
    fn bounded_figures_round_towards_their_bound() {
        let at = |value, bound| Derived { value, bound };
        // "nearly" is an upper bound: rounded up, so the true value stays below it.
        assert_eq!(
            format_derived(&at(38.01, Bound::Nearly), Lang::Vi, false),
            "gần 38,1"
        );
        assert_eq!(
            format_derived(&at(38.09, Bound::Over), Lang::Vi, false),
            "trên 38"
        );
        assert_eq!(
            format_derived(&at(38.09, Bound::Exact), Lang::Vi, false),
            "38,1"
        );
        // Whole results computed in floating point stay whole in every direction.
        for bound in [Bound::Exact, Bound::Over, Bound::Nearly] {
            assert_eq!(
                format_derived(&at(85.0 / 17.0, bound), Lang::En, false)
                    .rsplit(' ')
                    .next(),
                Some("5")
            );
            assert_eq!(
                format_derived(&at(0.7 * 100.0, bound), Lang::En, true)
                    .rsplit(' ')
                    .next(),
                Some("70%")
            );
        }
    }
}
