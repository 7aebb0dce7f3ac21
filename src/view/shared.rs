//! A view model (or a dataset) shared by the components that show it, compared by address:
//! it is built once per dataset and language, and props are compared at every render, so two
//! handles are equal when they hold the same one, without walking thousands of figures.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

/// A shared, read-only value whose handles are equal when they point at the same value.
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for Shared<T> {}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_are_equal_when_they_share_one_value_not_when_the_values_are_equal() {
        let one = Shared::new(vec![1, 2]);
        assert_eq!(one, one.clone());
        assert_ne!(one, Shared::new(vec![1, 2]));
        assert_eq!(*one, vec![1, 2]);
    }

    #[test]
    fn a_handle_prints_as_its_value() {
        assert_eq!(format!("{:?}", Shared::new(vec![571, 956])), "[571, 956]");
    }
}
