//! The widget's state, changed only through its reducer: whether the reader's colours are dark.
//! What the reader picks lives where the prerendered page keeps it too, so a pick renders
//! nothing: the section in the section control's radio group, a table's toggle in its
//! `<details>`, a chart's selection in that chart (`chart_state.rs`).

use std::rc::Rc;

use yew::Reducible;

/// What the reader has chosen, and what the page says about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    /// Dark colours: `data-theme="dark"`, or `auto` on a page whose reader prefers dark.
    pub dark: bool,
}

/// What changes the state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The colour scheme changed (`data-theme`, or the reader's preference under `auto`).
    Dark(bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Dark(dark) => State { dark },
        };
        match next == *self {
            true => self,
            false => Rc::new(next),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_makes_a_new_state_and_a_no_op_keeps_it() {
        let start = Rc::new(State { dark: false });
        let dark = start.clone().reduce(Action::Dark(true));
        assert!(dark.dark);
        let same = dark.clone().reduce(Action::Dark(true));
        assert!(Rc::ptr_eq(&same, &dark), "no new state, no re-render");
    }
}
