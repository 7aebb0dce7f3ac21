//! The widget's state, changed only through its reducer: which section is on show and whether
//! the reader's colours are dark. A chart keeps its own pointer and keyboard selection, so that
//! moving over one chart re-renders that chart's tooltip, not the widget.

use std::rc::Rc;

use yew::Reducible;

use crate::embed::SectionName;

/// What the reader has chosen, and what the page says about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    /// The section on show.
    pub section: SectionName,
    /// Dark colours: `data-theme="dark"`, or `auto` on a page whose reader prefers dark.
    pub dark: bool,
}

/// What changes the state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The reader picked a section.
    Show(SectionName),
    /// The colour scheme changed (`data-theme`, or the reader's preference under `auto`).
    Dark(bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Show(section) => State { section, ..*self },
            Action::Dark(dark) => State { dark, ..*self },
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
    fn actions_change_only_their_part_and_a_no_op_keeps_the_state() {
        let start = Rc::new(State {
            section: SectionName::Headlines,
            dark: false,
        });
        let shown = start.clone().reduce(Action::Show(SectionName::Safety));
        assert_eq!((shown.section, shown.dark), (SectionName::Safety, false));
        let dark = shown.clone().reduce(Action::Dark(true));
        assert_eq!((dark.section, dark.dark), (SectionName::Safety, true));
        let same = dark.clone().reduce(Action::Dark(true));
        assert!(Rc::ptr_eq(&same, &dark), "no new state, no re-render");
    }
}
