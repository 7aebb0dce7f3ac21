//! The share card, at build time: the picture a social network shows for a link to the
//! infographic, and the one the builder offers for the article's featured image. 1.200 × 630
//! (Open Graph's large image): the title, the headline figures and the credit, drawn with
//! plotters like the chart pictures, in the same type.

use plotters::element::{Rectangle, Text};
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use plotters::style::Color;

use super::svg::{draw_lines, words, wrap};
use super::{DrawError, Palette};
use crate::view::Card;

/// The card's size in pixels.
pub const CARD_SIZE: (u32, u32) = (1200, 630);

/// The card as SVG: `title` above, up to four `cards` (figure and context) in two columns,
/// `credit` below.
pub fn share_card(
    title: &str,
    cards: &[Card],
    credit: &str,
    palette: &Palette,
) -> Result<String, DrawError> {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, CARD_SIZE).into_drawing_area();
        area.fill(&palette.background)?;
        let accent = palette.series[0];
        area.draw(&Rectangle::new([(0, 0), (1200, 12)], accent.filled()))?;
        let title = wrap(title, 56);
        draw_lines(
            &area,
            title.iter().take(2),
            (56, 48),
            52,
            words(40.0, palette.text, true),
        )?;
        for (i, card) in cards.iter().take(4).enumerate() {
            let (x, y) = (56 + 560 * (i % 2) as i32, 180 + 170 * (i / 2) as i32);
            area.draw(&Rectangle::new([(x, y), (x + 6, y + 140)], accent.filled()))?;
            let value = words(50.0, accent, true);
            area.draw(&Text::new(card.value.as_str(), (x + 22, y), value))?;
            let context = wrap(&card.context, 56);
            let style = words(20.0, palette.text, false);
            draw_lines(&area, context.iter().take(3), (x + 22, y + 66), 25, style)?;
        }
        let credit = wrap(credit, 150);
        let style = words(16.0, palette.muted, false);
        draw_lines(&area, credit.iter().take(3), (56, 534), 22, style)?;
        area.present()?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;
    use crate::i18n::Lang;
    use crate::view::Views;

    #[test]
    fn the_card_has_the_title_every_headline_figure_and_the_credit() {
        let views = Views::new(&default_dataset().expect("valid"), Lang::Vi);
        let credit = views.credit.text();
        let svg = share_card(
            "Sơ kết 05 năm thực hiện Chỉ thị số 09",
            &views.cards,
            &credit,
            &Palette::LIGHT,
        )
        .expect("draws");
        assert!(
            svg.starts_with("<svg width=\"1200\" height=\"630\""),
            "{}",
            &svg[..60]
        );
        assert!(svg.contains("Sơ kết 05 năm thực hiện Chỉ thị số 09"));
        for value in ["1.275", "2.669", "59,7%", "từ 95% đến 97%"] {
            assert!(svg.contains(&format!(">\n{value}\n</text>")), "{value}");
        }
        assert!(svg.contains("Nguồn: Sơ kết 05 năm"));
    }
}
