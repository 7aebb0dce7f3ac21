//! The headline cards: the most telling figures, each with a one-line context. The dataset
//! says which (`"headline": true` on a figure); every number is the dataset's or computed from
//! it. First, when the dataset has forces, their totals; then a card per flagged figure, in
//! dataset order: sessions with their group's attendances, the reformed share of those
//! received, or else the figure itself with its group and what it counts.

use super::amounts::{format_amount, format_figure};
use super::rounding::format_derived;
use crate::data::{Dataset, Figure, Measure, Section};
use crate::i18n::{fill, text, Key, Lang};
use crate::view::derived::{percent, ratio, total};

/// One card.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The big figure.
    pub value: String,
    /// What it means, in one line.
    pub context: String,
}

/// The card of a flagged figure: computed with a sibling figure of its group where its measure
/// calls for one (and the group has it), else the figure as stated.
fn card(data: &Dataset, f: &Figure, lang: Lang) -> Card {
    let sibling = |m| data.figure(&f.group, m);
    let group = data.group(&f.group).map_or("", |g| g.label.get(lang));
    let computed = match f.measure {
        Measure::Sessions => sibling(Measure::Attendances).and_then(|a| {
            let per = ratio(&a.amount, &f.amount)?;
            let args = [
                f.label.get(lang),
                group,
                &format_amount(&a.amount, lang),
                a.label.get(lang),
                &format_derived(&per, lang, false),
            ];
            Some(Card {
                value: format_amount(&f.amount, lang),
                context: fill(text(Key::CardSessions, lang), &args),
            })
        }),
        Measure::Reformed => sibling(Measure::Received).and_then(|r| {
            let rate = percent(&f.amount, &r.amount)?;
            let args = [
                format_amount(&r.amount, lang),
                format_amount(&f.amount, lang),
            ];
            Some(Card {
                value: format_derived(&rate, lang, true),
                context: fill(text(Key::CardReform, lang), &[&args[0], &args[1]]),
            })
        }),
        _ => None,
    };
    computed.unwrap_or_else(|| Card {
        value: format_figure(&f.amount, f.unit, lang),
        context: format!("{group} {}", f.label.get(lang)),
    })
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
    let flagged = data.figures.iter().filter(|f| f.headline);
    cards.extend(flagged.map(|f| card(data, f, lang)));
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
        assert!(en[3].context.starts_with("Households certified safe"));
    }

    #[test]
    fn cards_follow_the_flags_of_a_dataset_with_other_ids() {
        let mut data = default_dataset().expect("valid");
        for f in &mut data.figures {
            f.group = f
                .group
                .replace("residents", "dan-cu")
                .replace("rehab", "te-nan");
            f.headline = matches!(f.id.as_str(), "households.sessions" | "rehab.reformed");
        }
        for g in &mut data.groups {
            g.id =
                g.id.replace("residents", "dan-cu")
                    .replace("rehab", "te-nan");
        }
        // Changed groups: indexed again, as the reader does.
        let mut data = data.indexed();
        let values: Vec<_> = headlines(&data, Lang::Vi)
            .into_iter()
            .map(|c| c.value)
            .collect();
        // The households' sessions ("gần 1.000") with their attendances, and the reform rate,
        // found through the flags whatever the groups are called.
        assert_eq!(values, ["1.275", "gần 1.000", "59,7%"]);
        data.figures.iter_mut().for_each(|f| f.headline = false);
        assert_eq!(
            headlines(&data, Lang::Vi).len(),
            1,
            "the forces totals only"
        );
    }
}
