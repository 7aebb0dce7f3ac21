//! The closed vocabularies of the dataset (sections, measures, units): each a Rust enum with its
//! JSON name. They decode through a name table rather than serde's derived enum visitors, a
//! fraction of their size in the module, with an error that lists the accepted names.

use serde::Deserialize;

/// The value named `key`: `names` and `values` in the same order. The error names `what` and
/// the accepted names.
pub(super) fn from_key<T: Copy>(
    key: &str,
    names: &[&str],
    values: &[T],
    what: &str,
) -> Result<T, String> {
    let i = names.iter().position(|n| *n == key);
    i.and_then(|i| values.get(i).copied())
        .ok_or_else(|| unknown(what, key, names))
}

/// The error for `key`, not one of `names`: once in the module for every vocabulary, and
/// without `join` (its generic copy is code for this alone).
#[inline(never)]
fn unknown(what: &str, key: &str, names: &[&str]) -> String {
    let mut out = format!("unknown {what} \"{key}\", expected one of: ");
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
    }
    out
}

/// Declares an enum decoded from (and named by) the JSON strings given for its variants.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident ($what:literal) { $($(#[$vdoc:meta])* $variant:ident = $key:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
        #[serde(try_from = "String")]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            const NAMES: &'static [&'static str] = &[$($key,)*];
            const VALUES: &'static [Self] = &[$(Self::$variant,)*];

            /// The JSON (and CSV) name.
            pub fn key(self) -> &'static str {
                match self {
                    $(Self::$variant => $key,)*
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                from_key(&s, Self::NAMES, Self::VALUES, $what)
            }
        }
    };
}

vocabulary! {
    /// Which part of the story a group belongs to.
    Section ("section") {
        /// Teams and boards built in the city.
        Forces = "forces",
        /// Billboards, banners, sessions and their attendance.
        Outreach = "outreach",
        /// People received for help and those reformed.
        Rehabilitation = "rehabilitation",
        /// Shares certified "safe for security and order".
        Safety = "safety",
        /// The road from the directive to the review.
        Timeline = "timeline",
    }
}

vocabulary! {
    /// What a figure measures.
    Measure ("measure") {
        /// How many units (teams, boards) there are.
        Units = "units",
        /// How many members they have.
        Members = "members",
        /// Billboards (pano) put up.
        Panels = "panels",
        /// Banners (khẩu hiệu) put up.
        Slogans = "slogans",
        /// Outreach sessions held.
        Sessions = "sessions",
        /// Attendances at them.
        Attendances = "attendances",
        /// People received for help and education.
        Received = "received",
        /// People reformed.
        Reformed = "reformed",
        /// Share certified safe.
        Certified = "certified",
        /// A duration in years.
        Years = "years",
    }
}

vocabulary! {
    /// How a figure's number is to be read.
    Unit ("unit") {
        /// A count of things (the figure's label names them).
        Count = "count",
        /// A percentage, 0–100.
        Percent = "percent",
        /// The article gives no unit: shown as stated, never drawn on a scale.
        Unstated = "unstated",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_the_accepted_ones() {
        assert_eq!(Measure::NAMES.len(), Measure::VALUES.len());
        for (&key, &value) in Measure::NAMES.iter().zip(Measure::VALUES) {
            assert_eq!(Measure::try_from(key.to_string()), Ok(value));
            assert_eq!(value.key(), key);
        }
        let err = Unit::try_from("percents".to_string()).unwrap_err();
        assert_eq!(
            err,
            "unknown unit \"percents\", expected one of: count, percent, unstated"
        );
    }
}
