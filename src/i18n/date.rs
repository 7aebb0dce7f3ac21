//! Dates as the reader writes them: `01/12/2011` (vi), `1 December 2011` (en), from the
//! dataset's `YYYY-MM-DD`, which must be a real calendar day.

use super::Lang;

/// Formats an ISO date `YYYY-MM-DD` as the reader expects: `01/12/2011` (vi),
/// `1 December 2011` (en). `None` if it is not such a date.
pub fn format_date(iso: &str, lang: Lang) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (y, m, d) = parse_date(iso)?;
    Some(match lang {
        Lang::Vi => format!("{d:02}/{m:02}/{y}"),
        Lang::En => format!("{d} {} {y}", MONTHS[m as usize - 1]),
    })
}

/// `(year, month, day)` of a date written exactly `YYYY-MM-DD` that is a real calendar day
/// (`2017-02-31`, `2017-5-1` and `+2017-05-29` are not). Tuples order as the dates do.
pub fn parse_date(iso: &str) -> Option<(u32, u32, u32)> {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |n, c| n * 10 + u32::from(c - b'0')))
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
