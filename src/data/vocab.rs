//! The closed vocabularies of the dataset (sections, measures, units): each a Rust enum with its
//! JSON name. They decode through a name table (`record::name`), not serde's derived enum
//! visitors, with an error that lists the accepted names.

/// The error for `key`, not one of `names`: once in the module for every vocabulary, and
/// without `join` (its generic copy is code for this alone).
#[inline(never)]
pub(super) fn unknown(what: &str, key: &str, names: &[&str]) -> String {
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
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                super::record::name(d, Self::NAMES, $what).map(|i| Self::VALUES[i])
            }
        }

        /// The first variant: only so that a record holding one can be read member by member
        /// (a missing member is an error, never a default).
        impl Default for $name {
            fn default() -> Self {
                Self::VALUES[0]
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
            let read: Measure = crate::data::json::from_str(&format!("\"{key}\"")).expect(key);
            assert_eq!(read, value);
            assert_eq!(value.key(), key);
        }
        let err = crate::data::json::from_str::<Unit>("\"percents\"").unwrap_err();
        assert!(
            err.to_string()
                .ends_with("unknown unit \"percents\", expected one of: count, percent, unstated"),
            "{err}"
        );
    }
}
