//! A colour key: the small square beside a series' name, a range's lighter part, a part of a
//! whole. Its colour comes from the stylesheet, by class (forced colours keep it visible).

use yew::prelude::*;

/// Which colour a key shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Of {
    /// A chart's first series (units), or the part of a whole.
    First,
    /// A chart's second series (members).
    Second,
    /// The lighter part of a range.
    Range,
    /// The whole of which a part is filled.
    Whole,
}

impl Of {
    /// The key of series `i` of a chart.
    pub fn series(i: usize) -> Self {
        match i {
            0 => Self::First,
            _ => Self::Second,
        }
    }
}

/// The key. Each class is written out: a class computed at run time would go through Yew's
/// `Classes`.
pub fn swatch(of: Of) -> Html {
    match of {
        Of::First => html! { <i class="bl-swatch bl-s0"></i> },
        Of::Second => html! { <i class="bl-swatch bl-s1"></i> },
        Of::Range => html! { <i class="bl-swatch bl-s0 bl-light"></i> },
        Of::Whole => html! { <i class="bl-swatch bl-part-key"></i> },
    }
}
