//! Tests of number and date formatting (`format.rs`).

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
fn dates_per_language() {
    assert_eq!(
        format_date("2011-12-01", Lang::Vi).as_deref(),
        Some("01/12/2011")
    );
    assert_eq!(
        format_date("2011-12-01", Lang::En).as_deref(),
        Some("1 December 2011")
    );
    assert_eq!(format_date("2017-13-01", Lang::Vi), None);
    assert_eq!(format_date("29/05/2017", Lang::Vi), None);
    for loose in [
        "2017-02-31",
        "2017-5-1",
        "+2017-05-29",
        "2017-05-29 ",
        "2017-04-31",
        "2017-00-10",
    ] {
        assert_eq!(parse_date(loose), None, "{loose}");
    }
    assert_eq!(parse_date("2016-02-29"), Some((2016, 2, 29)));
    assert_eq!(parse_date("1900-02-29"), None);
    assert_eq!(parse_date("2000-02-29"), Some((2000, 2, 29)));
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
