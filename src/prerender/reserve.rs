//! The space the script snippet keeps for the widget before any script runs, so that the page
//! does not jump when the widget replaces its figures. It is written where every CMS that keeps
//! a `<script>` also keeps it: `style` attributes on the snippet's own elements. The host becomes
//! a block formatting context, and an empty float inside it is as tall as the widget's first
//! view (the key figures and the section control) at the host's width: the host is as tall as
//! the taller of the two, the float or the figures. Once the widget is mounted, the host's own
//! children are no longer shown, and the widget takes that place.
//!
//! The widget's height does not follow its width smoothly (lines wrap, the cards change
//! columns), so the reservation is a step for each change: padding, in percent of the width of
//! the host, can say "this high from that width on" without a media query, which a `style`
//! attribute cannot hold.

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::i18n::Lang;

/// The first view's height in CSS pixels from each host width on, in increasing width, in
/// `lang`: measured on a bare page in headless Chromium by `scripts/measure-heights.mjs`.
pub fn first_view(lang: Lang) -> &'static [(u32, u32)] {
    match lang {
        Lang::Vi => &[
            (0, 759),
            (298, 741),
            (310, 724),
            (334, 591),
            (354, 573),
            (362, 556),
            (402, 538),
            (434, 520),
            (470, 503),
            (490, 572),
            (494, 555),
            (538, 538),
            (570, 520),
            (594, 502),
            (634, 462),
            (650, 350),
            (710, 338),
            (786, 333),
            (842, 315),
            (918, 303),
            (974, 297),
            (1022, 286),
        ],
        Lang::En => &[
            (0, 730),
            (282, 702),
            (290, 684),
            (326, 666),
            (334, 637),
            (342, 590),
            (346, 573),
            (350, 556),
            (366, 538),
            (418, 520),
            (446, 503),
            (470, 486),
            (490, 601),
            (502, 572),
            (510, 555),
            (514, 538),
            (530, 498),
            (538, 480),
            (546, 462),
            (650, 379),
            (666, 356),
            (678, 338),
            (714, 333),
            (786, 315),
            (922, 297),
            (1074, 286),
            (1242, 269),
        ],
    }
}

/// The host's `style`: a block formatting context, which holds the float, and the margin the
/// stylesheet gives every host (which comes with the loader: the same, so nothing moves).
pub const HOST_STYLE: &str = "display:flow-root;margin:1.5em 0";

/// The float's class: the stylesheet leaves its host's height to it.
pub const SPACER_CLASS: &str = "bl-reserve";

/// The float's `style`: no width, and as high as [`first_view`] says for the host's width.
pub fn spacer_style(lang: Lang) -> String {
    format!("float:left;padding-top:{}", css_length(first_view(lang)))
}

/// The changes of a table of `(from width, height)`: at each width, the signed jump.
fn jumps(table: &[(u32, u32)]) -> impl Iterator<Item = (u32, i64)> + '_ {
    table
        .windows(2)
        .map(|p| (p[1].0, i64::from(p[1].1) - i64::from(p[0].1)))
}

/// A table of `(from width, height)` as one CSS length: the first height, then for each later
/// step a jump of its difference, `clamp(0px, (100% - width) * 1000, difference)`: nothing
/// below the width, all of it a thousandth of a pixel above.
fn css_length(table: &[(u32, u32)]) -> String {
    let first = table.first().map_or(0, |s| s.1);
    let mut css = format!("calc({first}px");
    for (width, jump) in jumps(table) {
        let sign = if jump < 0 { '-' } else { '+' };
        let jump = jump.unsigned_abs();
        css.push_str(&format!(
            " {sign} clamp(0px, (100% - {width}px) * 1000, {jump}px)"
        ));
    }
    css.push(')');
    css
}

/// What a host page whose Content Security Policy allows no inline style adds to `style-src`
/// for the snippet's `style` attributes: the host's, and the float's in each language.
pub fn style_src_hashes() -> String {
    let hash = |style: &str| {
        let digest = Sha256::digest(style.as_bytes());
        let encoded = base64::engine::general_purpose::STANDARD.encode(digest);
        format!("'sha256-{encoded}'")
    };
    let styles = [
        HOST_STYLE.to_string(),
        spacer_style(Lang::Vi),
        spacer_style(Lang::En),
    ];
    let hashes: Vec<String> = styles.iter().map(|s| hash(s)).collect();
    format!("'unsafe-hashes' {}", hashes.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_becomes_a_first_height_and_a_jump_at_each_width() {
        let table = [(0, 700), (300, 600), (500, 650)];
        assert_eq!(
            css_length(&table),
            "calc(700px - clamp(0px, (100% - 300px) * 1000, 100px) \
             + clamp(0px, (100% - 500px) * 1000, 50px))"
        );
    }

    #[test]
    fn the_jumps_add_up_to_the_measured_height_at_every_width() {
        for lang in [Lang::Vi, Lang::En] {
            let table = first_view(lang);
            // What the browser computes: the first height, and every jump whose width is passed.
            let at = |w: f64| {
                let passed = jumps(table).filter(|(from, _)| f64::from(*from) < w);
                i64::from(table[0].1) + passed.map(|j| j.1).sum::<i64>()
            };
            for pair in table.windows(2) {
                let [(from, height), (to, _)] = [pair[0], pair[1]];
                for w in [f64::from(from) + 0.5, f64::from(to) - 0.5] {
                    assert_eq!(at(w), i64::from(height), "{lang:?} at {w} px");
                }
            }
            assert_eq!(table[0].0, 0, "from the narrowest host");
            assert!(table.windows(2).all(|p| p[0].0 < p[1].0), "widths rise");
        }
    }

    #[test]
    fn the_hashes_are_those_of_the_two_styles() {
        let hashes = style_src_hashes();
        assert!(hashes.starts_with("'unsafe-hashes' 'sha256-"));
        assert_eq!(hashes.matches("'sha256-").count(), 3);
        // printf %s 'display:flow-root;margin:1.5em 0' | openssl dgst -sha256 -binary | base64
        assert!(hashes.contains("'sha256-Kg2iPetotWEKWVowVlH9yZQgvI+cZjEAv4AVgSCKoLk='"));
    }
}
