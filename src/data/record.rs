//! serde visitors for the dataset's records and names, written once for all of them: a record
//! is read member by member into its default value, a name is looked up in its table. serde's
//! derived visitors compile a field matcher, a slot per field and their error paths for every
//! struct; these share one of each.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// A record of the dataset, read from a JSON object.
pub(super) trait Record: Default {
    /// Its members' JSON names, in the order [`Record::set`] numbers them.
    const FIELDS: &'static [&'static str];
    /// The members that must be present: bit `i` for `FIELDS[i]`. The others keep their default.
    const REQUIRED: u32;
    /// Reads the value of member `i` from `map`.
    fn set<'de, A: MapAccess<'de>>(&mut self, i: usize, map: &mut A) -> Result<(), A::Error>;
}

/// Reads a record: an unknown, repeated or missing member is an error that names it.
pub(super) fn read<'de, R: Record, D: Deserializer<'de>>(d: D) -> Result<R, D::Error> {
    d.deserialize_map(Members(PhantomData))
}

struct Members<R>(PhantomData<R>);

impl<'de, R: Record> Visitor<'de> for Members<R> {
    type Value = R;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<R, A::Error> {
        let mut record = R::default();
        let mut seen = 0u32;
        while let Some(i) = map.next_key_seed(Name(R::FIELDS, None))? {
            if seen & 1 << i != 0 {
                return Err(de::Error::duplicate_field(R::FIELDS[i]));
            }
            seen |= 1 << i;
            record.set(i, &mut map)?;
        }
        match R::REQUIRED & !seen {
            0 => Ok(record),
            missing => Err(de::Error::missing_field(
                R::FIELDS[missing.trailing_zeros() as usize],
            )),
        }
    }
}

/// Reads a name of `names`, as its position. `what` says what a value names (`"unit"`); with
/// none, the names are a record's members.
pub(super) fn name<'de, D: Deserializer<'de>>(
    d: D,
    names: &'static [&'static str],
    what: &'static str,
) -> Result<usize, D::Error> {
    d.deserialize_str(Name(names, Some(what)))
}

struct Name(&'static [&'static str], Option<&'static str>);

impl<'de> DeserializeSeed<'de> for Name {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Name {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<usize, E> {
        let Self(names, what) = self;
        names
            .iter()
            .position(|n| *n == key)
            .ok_or_else(|| match what {
                Some(what) => E::custom(super::vocab::unknown(what, key, names)),
                None => E::unknown_field(key, names),
            })
    }
}

/// Implements [`Record`] and `Deserialize` for a struct read from an object whose members are
/// named as its fields: the required ones, then (after `;`) those that may be left out.
macro_rules! deserialize_record {
    ($ty:ident { $($required:ident),* ; $($optional:ident),* }) => {
        impl $crate::data::record::Record for $ty {
            const FIELDS: &'static [&'static str] =
                &[$(stringify!($required),)* $(stringify!($optional),)*];
            const REQUIRED: u32 = (1 << [$(stringify!($required)),*].len()) - 1;

            fn set<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                i: usize,
                map: &mut A,
            ) -> Result<(), A::Error> {
                let mut n = 0;
                $(
                    if i == n {
                        self.$required = map.next_value()?;
                    }
                    n += 1;
                )*
                $(
                    if i == n {
                        self.$optional = map.next_value()?;
                    }
                    n += 1;
                )*
                let _ = n;
                Ok(())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::data::record::read(d)
            }
        }
    };
}
pub(super) use deserialize_record;

#[cfg(test)]
mod tests {
    use crate::data::json::from_str;
    use crate::data::model::{Amount, Figure, Measure, Text, Unit};

    const FIGURE: &str = r#""id": "g.units", "group": "g", "measure": "units",
        "amount": {"qualifier": "over", "value": 200}, "unit": "count",
        "label": {"vi": "ban", "en": "boards"}, "source": "trên 200 ban""#;

    fn error(text: &str) -> String {
        from_str::<Figure>(text).unwrap_err().to_string()
    }

    #[test]
    fn a_record_takes_its_members_in_any_order_and_defaults_the_optional_ones() {
        let figure: Figure = from_str(&format!("{{{FIGURE}}}")).expect("valid");
        assert_eq!(figure.id, "g.units");
        assert_eq!(figure.measure, Measure::Units);
        assert_eq!(figure.amount, Amount::Over { value: 200 });
        assert_eq!(figure.unit, Unit::Count);
        assert_eq!(figure.label.en, "boards");
        assert_eq!((figure.note, figure.headline), (None, false));
        let reordered =
            format!(r#"{{"headline": true, "note": {{"en": "b", "vi": "a"}}, {FIGURE}}}"#);
        let figure: Figure = from_str(&reordered).expect("valid");
        let note = Text {
            vi: "a".into(),
            en: "b".into(),
        };
        assert_eq!((figure.note, figure.headline), (Some(note), true));
    }

    #[test]
    fn unknown_repeated_and_missing_members_are_named() {
        let unknown = error(&format!(r#"{{{FIGURE}, "sorce": "x"}}"#));
        assert!(
            unknown.contains("unknown field `sorce`, expected one of `id`, `group`"),
            "{unknown}"
        );
        let repeated = error(&format!(r#"{{{FIGURE}, "unit": "count"}}"#));
        assert!(repeated.contains("duplicate field `unit`"), "{repeated}");
        let missing = error(&format!(
            "{{{}}}",
            FIGURE.replace(r#""unit": "count","#, "")
        ));
        assert!(missing.contains("missing field `unit`"), "{missing}");
        // The first missing member in schema order is the one named.
        assert!(error("{}").contains("missing field `id`"));
        let not_object = error("[]");
        assert!(
            not_object.contains("invalid type: array, expected an object"),
            "{not_object}"
        );
    }
}
