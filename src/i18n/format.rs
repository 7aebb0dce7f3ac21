//! Number formatting per language, done in Rust so it is the same in every browser and tested
//! natively: vi-VN groups thousands with `.` and writes decimals with `,` (`101.662`, `59,7%`);
//! English uses `,` and `.` (`101,662`, `59.7%`).

use super::Lang;

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

/// Formats a number given in tenths with the language's separators, without a decimal part
/// when it is whole: `381` → `38,1` (vi), `50` → `5`.
pub fn format_tenths(tenths: i64, lang: Lang) -> String {
    let (_, decimal) = separators(lang);
    let whole = format_int(tenths.unsigned_abs() / 10, lang);
    let sign = if tenths < 0 { "-" } else { "" };
    match tenths.unsigned_abs() % 10 {
        0 => format!("{sign}{whole}"),
        d => format!("{sign}{whole}{decimal}{d}"),
    }
}

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
#[path = "format_tests.rs"]
mod tests;
