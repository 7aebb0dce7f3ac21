//! The closed vocabularies of the dataset (sections, measures, units): each a Rust enum with its
//! JSON name, written once for serde and for [`key`](Section::key). The host's options
//! (`options.rs`) declare theirs the same way.

/// Declares an enum read from (and named by) the strings given for its variants: by serde from
/// JSON, or by `parse` from an attribute.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $key:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $key)] $variant,)*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// Their names, in the same order.
            pub const KEYS: &'static [&'static str] = &[$($key,)*];

            /// The name (in JSON, CSV and attributes).
            pub fn key(self) -> &'static str {
                match self {
                    $(Self::$variant => $key,)*
                }
            }

            /// The variant named `name`, case and surrounding spaces ignored.
            pub fn parse(name: &str) -> Option<Self> {
                let name = name.trim().to_ascii_lowercase();
                Self::ALL.iter().copied().find(|v| v.key() == name)
            }
        }
    };
}

pub(crate) use vocabulary;

vocabulary! {
    /// Which part of the story a group belongs to.
    Section {
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
    Measure {
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
    Unit {
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
        let names = [
            "units",
            "members",
            "panels",
            "slogans",
            "sessions",
            "attendances",
            "received",
            "reformed",
            "certified",
            "years",
        ];
        for key in names {
            let read: Measure = serde_json::from_str(&format!("\"{key}\"")).expect(key);
            assert_eq!(read.key(), key);
        }
        let err = serde_json::from_str::<Unit>("\"percents\"").unwrap_err();
        assert!(
            err.to_string().starts_with(
                "unknown variant `percents`, expected one of `count`, `percent`, `unstated`"
            ),
            "{err}"
        );
    }
}
