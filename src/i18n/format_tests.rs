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
fn a_date_needs_both_dashes_and_a_day_its_month_has() {
    assert_eq!(parse_date("2016x02-29"), None);
    assert_eq!(parse_date("2016-02x29"), None);
    assert_eq!(parse_date("2017-02-28"), Some((2017, 2, 28)));
    assert_eq!(parse_date("2017-02-29"), None);
    assert_eq!(parse_date("2017-04-31"), None);
    assert_eq!(parse_date("2017-12-31"), Some((2017, 12, 31)));
}
