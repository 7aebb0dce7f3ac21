//! Number formatting per language, done in Rust so it is the same in every browser and tested
//! natively: vi-VN groups thousands with `.` and writes decimals with `,` (`101.662`, `59,7%`);
//! English uses `,` and `.` (`101,662`, `59.7%`).

use super::{text, Key, Lang};
use crate::data::{Amount, Unit};
use crate::view::{Bound, Derived};

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Formats a whole number with the language's thousands separator: `1157` → `1.157` (vi).
pub fn format_int(n: u64, lang: Lang) -> String {
    let (group, _) = separators(lang);
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    out
}

fn decimal_from_tenths(tenths: i64, lang: Lang) -> String {
    let (_, decimal) = separators(lang);
    let whole = format_int(tenths.unsigned_abs() / 10, lang);
    let sign = if tenths < 0 { "-" } else { "" };
    match tenths.unsigned_abs() % 10 {
        0 => format!("{sign}{whole}"),
        d => format!("{sign}{whole}{decimal}{d}"),
    }
}

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

/// A computed figure with what its inputs allow it to claim, by **the rounding rule of the
/// widget**: one decimal place, a whole result without decimals; an exact figure rounded half
/// away from zero (`38,1`, `59,7%`), a bounded one towards its bound so the qualifier stays true
/// (`trên 18,1` for 200 / 11 = 18,18…).
pub fn format_derived(d: &Derived, lang: Lang, percent: bool) -> String {
    let mut number = decimal_from_tenths(tenths_towards(d.value, d.bound), lang);
    if percent {
        number.push('%');
    }
    match d.bound {
        Bound::Exact => number,
        Bound::Over => format!("{} {number}", text(Key::Over, lang)),
        Bound::Nearly => format!("{} {number}", text(Key::Nearly, lang)),
    }
}

/// Formats an amount with its qualifier as the article states it: `trên 200`, `gần 1.000`,
/// `từ 95 đến 97` … The unit is left to the caller.
pub fn format_amount(amount: &Amount, lang: Lang) -> String {
    format_stated(amount, lang, "")
}

/// Formats a figure's amount with `%` after each number when it is a percentage:
/// `từ 95% đến 97%`, `94%`; counts and unstated units as [`format_amount`].
pub fn format_figure(amount: &Amount, unit: Unit, lang: Lang) -> String {
    format_stated(amount, lang, if unit == Unit::Percent { "%" } else { "" })
}

fn format_stated(amount: &Amount, lang: Lang, suffix: &str) -> String {
    let n = |v: u64| format_int(v, lang) + suffix;
    match *amount {
        Amount::Exact { value } => n(value),
        Amount::Over { value } => format!("{} {}", text(Key::Over, lang), n(value)),
        Amount::Nearly { value } => format!("{} {}", text(Key::Nearly, lang), n(value)),
        Amount::Range { from, to } => format!(
            "{} {} {} {}",
            text(Key::From, lang),
            n(from),
            text(Key::To, lang),
            n(to)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_per_language() {
        assert_eq!(format_int(0, Lang::Vi), "0");
        assert_eq!(format_int(999, Lang::Vi), "999");
        assert_eq!(format_int(1157, Lang::Vi), "1.157");
        assert_eq!(format_int(101_662, Lang::Vi), "101.662");
        assert_eq!(format_int(1_234_567, Lang::Vi), "1.234.567");
        assert_eq!(format_int(101_662, Lang::En), "101,662");
    }

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

    #[test]
    fn percentages_carry_the_sign_on_each_number() {
        let range = Amount::Range { from: 95, to: 97 };
        assert_eq!(
            format_figure(&range, Unit::Percent, Lang::Vi),
            "từ 95% đến 97%"
        );
        assert_eq!(
            format_figure(&range, Unit::Percent, Lang::En),
            "from 95% to 97%"
        );
        let over = Amount::Over { value: 90 };
        assert_eq!(format_figure(&over, Unit::Unstated, Lang::Vi), "trên 90");
    }

    #[test]
    fn amounts_keep_their_qualifier() {
        assert_eq!(
            format_amount(&Amount::Over { value: 200 }, Lang::Vi),
            "trên 200"
        );
        assert_eq!(
            format_amount(&Amount::Over { value: 200 }, Lang::En),
            "over 200"
        );
        assert_eq!(
            format_amount(&Amount::Nearly { value: 1000 }, Lang::Vi),
            "gần 1.000"
        );
        assert_eq!(
            format_amount(&Amount::Exact { value: 1157 }, Lang::En),
            "1,157"
        );
        assert_eq!(
            format_amount(&Amount::Range { from: 95, to: 97 }, Lang::Vi),
            "từ 95 đến 97"
        );
    }
}
