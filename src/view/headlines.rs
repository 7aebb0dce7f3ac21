//! The headline cards: the most telling figures, each with a one-line context. Every number is
//! the dataset's or computed from it; a card whose figures a dataset lacks is left out.

use crate::data::{Dataset, Measure, Section, Unit};
use crate::i18n::{fill, format_amount, format_derived, format_figure, text, Key, Lang};
use crate::view::derived::{percent, ratio, total};

/// One card.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The big figure.
    pub value: String,
    /// What it means, in one line.
    pub context: String,
}

/// The cards, in display order.
pub fn headlines(data: &Dataset, lang: Lang) -> Vec<Card> {
    let amount = |group: &str, m| data.figure(group, m).map(|f| f.amount);
    let mut cards = Vec::new();
    let forces: Vec<_> = data
        .groups_in(Section::Forces)
        .map(|g| g.id.as_str())
        .collect();
    let units: Option<Vec<_>> = forces.iter().map(|g| amount(g, Measure::Units)).collect();
    let members: Option<Vec<_>> = forces.iter().map(|g| amount(g, Measure::Members)).collect();
    if let (Some(u), Some(m)) = (
        units.and_then(|u| total(&u)),
        members.and_then(|m| total(&m)),
    ) {
        cards.push(Card {
            value: format_derived(&u, lang, false),
            context: fill(
                text(Key::CardForces, lang),
                &[&format_derived(&m, lang, false)],
            ),
        });
    }
    if let (Some(s), Some(a)) = (
        amount("residents", Measure::Sessions),
        amount("residents", Measure::Attendances),
    ) {
        if let Some(per) = ratio(&a, &s) {
            let args = [format_amount(&a, lang), format_derived(&per, lang, false)];
            cards.push(Card {
                value: format_amount(&s, lang),
                context: fill(text(Key::CardSessions, lang), &[&args[0], &args[1]]),
            });
        }
    }
    if let (Some(r), Some(t)) = (
        amount("rehab", Measure::Reformed),
        amount("rehab", Measure::Received),
    ) {
        if let Some(rate) = percent(&r, &t) {
            let args = [format_amount(&t, lang), format_amount(&r, lang)];
            cards.push(Card {
                value: format_derived(&rate, lang, true),
                context: fill(text(Key::CardReform, lang), &[&args[0], &args[1]]),
            });
        }
    }
    if let Some(f) = data
        .figure("ho-gia-dinh", Measure::Certified)
        .filter(|f| f.unit == Unit::Percent)
    {
        cards.push(Card {
            value: format_figure(&f.amount, f.unit, lang),
            context: text(Key::CardSafety, lang).to_string(),
        });
    }
    cards
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn four_cards_with_computed_figures() {
        let data = default_dataset().expect("valid");
        let cards = headlines(&data, Lang::Vi);
        let values: Vec<_> = cards.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(values, ["1.275", "2.669", "59,7%", "từ 95% đến 97%"]);
        assert!(cards[0].context.contains("trên 1.988 thành viên"));
        assert!(cards[1].context.contains("101.662") && cards[1].context.contains("38,1"));
        assert!(cards[2].context.contains("956") && cards[2].context.contains("571"));
        let en = headlines(&data, Lang::En);
        assert_eq!(en[2].value, "59.7%");
        assert!(en[0].context.contains("over 1,988 members"));
    }
}
