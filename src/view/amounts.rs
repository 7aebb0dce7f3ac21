//! Amounts as the article states them, in the reader's language: the number with its
//! qualifier (`trên 200`, `gần 1.000`, `từ 95% đến 97%`), for every view model.

use crate::data::{Amount, Unit};
use crate::i18n::{format_int, text, Key, Lang};

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
