//! One chart's selection, changed only through its reducer ([`ChartState::after`]): which bar
//! is shown and whether the reader pinned it. Each chart keeps its own in Yew state: a change
//! renders the chart's tooltip (`tooltip.rs`), never the widget, and draws nothing; a move that
//! stays on the same bar changes nothing, and renders nothing.

use std::rc::Rc;

use yew::Reducible;

use crate::chart::Hit;

/// What the reader has selected in one chart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChartState {
    /// The bar shown (tooltip and highlight).
    pub selected: Option<Hit>,
    /// Stays when the mouse leaves: set by a tap, a click, Enter or Space.
    pub pinned: bool,
}

/// What changes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartAction {
    /// A mouse over the chart, on this bar or none; ignored while a bar is pinned.
    Point(Option<Hit>),
    /// The mouse or the focus left the chart; ignored while a bar is pinned.
    Leave,
    /// A tap or click: pins the bar hit, or clears on empty space.
    Press(Option<Hit>),
    /// The keyboard moved to this bar.
    Select(Hit),
    /// Enter or Space: pins the selected bar, or unpins it.
    TogglePin,
    /// Escape, or a tap or click anywhere else.
    Clear,
}

impl ChartState {
    /// The state after `action`.
    pub fn after(self, action: ChartAction) -> Self {
        match action {
            ChartAction::Point(_) | ChartAction::Leave if self.pinned => self,
            ChartAction::Point(hit) => ChartState {
                selected: hit,
                pinned: false,
            },
            ChartAction::Leave | ChartAction::Clear | ChartAction::Press(None) => {
                ChartState::default()
            }
            ChartAction::Press(Some(hit)) => ChartState {
                selected: Some(hit),
                pinned: true,
            },
            ChartAction::Select(hit) => ChartState {
                selected: Some(hit),
                ..self
            },
            ChartAction::TogglePin => ChartState {
                pinned: self.selected.is_some() && !self.pinned,
                ..self
            },
        }
    }
}

impl Reducible for ChartState {
    type Action = ChartAction;

    /// The same `Rc` for an action that changes nothing, so Yew renders nothing.
    fn reduce(self: Rc<Self>, action: ChartAction) -> Rc<Self> {
        let next = self.after(action);
        match next == *self {
            true => self,
            false => Rc::new(next),
        }
    }
}

/// What a key does in a chart of `rows` rows of `series` bars: every bar of every series in
/// reading order (a row's bars, then the next row's). `None` for a key the chart leaves alone.
pub fn key_action(
    key: &str,
    current: Option<Hit>,
    rows: usize,
    series: usize,
) -> Option<ChartAction> {
    let count = rows * series;
    let last = count.checked_sub(1)?;
    let index = current.map(|h| h.row * series + h.series);
    let to = match (key, index) {
        ("ArrowDown" | "ArrowRight", None) | ("Home", _) => 0,
        ("ArrowDown" | "ArrowRight", Some(i)) => (i + 1).min(last),
        ("ArrowUp" | "ArrowLeft", None) | ("End", _) => last,
        ("ArrowUp" | "ArrowLeft", Some(i)) => i.saturating_sub(1),
        ("Enter" | " ", _) => return Some(ChartAction::TogglePin),
        ("Escape", _) => return Some(ChartAction::Clear),
        _ => return None,
    };
    Some(ChartAction::Select(Hit {
        row: to / series,
        series: to % series,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(row: usize, series: usize) -> Hit {
        Hit { row, series }
    }

    fn run(actions: &[ChartAction]) -> ChartState {
        actions
            .iter()
            .fold(ChartState::default(), |s, a| s.after(*a))
    }

    #[test]
    fn the_keyboard_walks_every_bar_of_every_series_in_reading_order() {
        let mut at = None;
        let mut order = Vec::new();
        for _ in 0..14 {
            match key_action("ArrowDown", at, 6, 2) {
                Some(ChartAction::Select(h)) => at = Some(h),
                other => panic!("{other:?}"),
            }
            order.push(at.map(|h| (h.row, h.series)));
        }
        let expected: Vec<_> = (0..12).map(|i| Some((i / 2, i % 2))).collect();
        assert_eq!(order[..12], expected[..], "rows × series, once each");
        assert_eq!(order[13], Some((5, 1)), "stops at the last bar");
        assert_eq!(
            key_action("ArrowUp", Some(hit(0, 0)), 6, 2),
            Some(ChartAction::Select(hit(0, 0)))
        );
        assert_eq!(
            key_action("End", None, 4, 1),
            Some(ChartAction::Select(hit(3, 0)))
        );
        assert_eq!(key_action("Enter", at, 6, 2), Some(ChartAction::TogglePin));
        assert_eq!(key_action(" ", at, 6, 2), Some(ChartAction::TogglePin));
        assert_eq!(key_action("Escape", at, 6, 2), Some(ChartAction::Clear));
        assert_eq!(key_action("a", at, 6, 2), None);
        assert_eq!(key_action("ArrowDown", None, 0, 2), None);
    }

    #[test]
    fn a_pin_holds_against_the_mouse_until_cleared() {
        use ChartAction::*;
        let pinned = run(&[Point(Some(hit(1, 0))), Press(Some(hit(2, 1)))]);
        assert_eq!((pinned.selected, pinned.pinned), (Some(hit(2, 1)), true));
        assert_eq!(
            run(&[Press(Some(hit(2, 1))), Point(Some(hit(0, 0))), Leave]),
            pinned
        );
        assert_eq!(
            run(&[Press(Some(hit(2, 1))), Press(None)]),
            ChartState::default()
        );
        assert_eq!(run(&[Press(Some(hit(2, 1))), Clear]), ChartState::default());
        assert_eq!(run(&[Point(Some(hit(1, 0))), Leave]), ChartState::default());
        let keyed = run(&[Select(hit(3, 1)), TogglePin]);
        assert_eq!((keyed.selected, keyed.pinned), (Some(hit(3, 1)), true));
        assert!(!run(&[Select(hit(3, 1)), TogglePin, TogglePin]).pinned);
        assert!(
            !run(&[TogglePin]).pinned,
            "nothing selected, nothing pinned"
        );
    }

    #[test]
    fn a_move_that_stays_on_the_same_bar_keeps_the_same_state() {
        let s = ChartState::default().after(ChartAction::Point(Some(hit(1, 1))));
        assert_eq!(
            s.after(ChartAction::Point(Some(hit(1, 1)))),
            s,
            "nothing to show again"
        );
    }
}
