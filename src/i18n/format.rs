//! Number formatting per language, done in Rust so it is the same in every browser and tested
//! natively: vi-VN groups thousands with `.` and writes decimals with `,` (`101.662`, `59,7%`);
//! English uses `,` and `.` (`101,662`, `59.7%`).

use super::{text, Key, Lang};
use crate::data::Amount;

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

/// Formats a percentage with one decimal place, rounded half away from zero, and no space
/// before the sign: `59.72` → `59,7%` (vi), `59.7%` (en). Whole values keep no decimals.
pub fn format_percent(value: f64, lang: Lang) -> String {
    let (_, decimal) = separators(lang);
    let tenths = (value * 10.0).round() as i64;
    let whole = format_int(tenths.unsigned_abs() / 10, lang);
    let sign = if tenths < 0 { "-" } else { "" };
    match tenths.unsigned_abs() % 10 {
        0 => format!("{sign}{whole}%"),
        d => format!("{sign}{whole}{decimal}{d}%"),
    }
}

/// Formats an amount with its qualifier as the article states it: `trên 200`, `gần 1.000`,
/// `95–97` … The unit is left to the caller.
pub fn format_amount(amount: &Amount, lang: Lang) -> String {
    match *amount {
        Amount::Exact { value } => format_int(value, lang),
        Amount::Over { value } => format!("{} {}", text(Key::Over, lang), format_int(value, lang)),
        Amount::Nearly { value } => {
            format!("{} {}", text(Key::Nearly, lang), format_int(value, lang))
        }
        Amount::Range { from, to } => format!(
            "{} {} {} {}",
            text(Key::From, lang),
            format_int(from, lang),
            text(Key::To, lang),
            format_int(to, lang)
        ),
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
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(match lang {
        Lang::Vi => format!("{d:02}/{m:02}/{y}"),
        Lang::En => format!("{d} {} {y}", MONTHS[m as usize - 1]),
    })
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

    #[test]
    fn percent_uses_decimal_comma_in_vietnamese() {
        let rate = 571.0 / 956.0 * 100.0;
        assert_eq!(format_percent(rate, Lang::Vi), "59,7%");
        assert_eq!(format_percent(rate, Lang::En), "59.7%");
        assert_eq!(format_percent(94.0, Lang::Vi), "94%");
        assert_eq!(format_percent(0.05, Lang::En), "0.1%");
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
