//! An amount as the article states it: a number with its qualifier (exact, *trên* over, *gần*
//! nearly) or a range (*từ … đến*).

use serde::{de, Deserialize, Deserializer};

use super::record::{self, Record};

/// A value as the article states it, qualifier included. In JSON:
/// `{"qualifier": "over", "value": 200}` or `{"qualifier": "range", "from": 95, "to": 97}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// Stated as is: "18 ban".
    Exact {
        /// The number.
        value: u64,
    },
    /// "trên 200": more than the value.
    Over {
        /// The bound.
        value: u64,
    },
    /// "gần 1.000": a little less than the value.
    Nearly {
        /// The bound.
        value: u64,
    },
    /// "từ 95 đến 97": somewhere in the range.
    Range {
        /// Lower end.
        from: u64,
        /// Upper end.
        to: u64,
    },
}

/// How the article qualifies a number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Qualifier {
    #[default]
    Exact,
    Over,
    Nearly,
    Range,
}

impl<'de> Deserialize<'de> for Qualifier {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let names = &["exact", "over", "nearly", "range"];
        let values = [Self::Exact, Self::Over, Self::Nearly, Self::Range];
        record::name(d, names, "qualifier").map(|i| values[i])
    }
}

/// The JSON shape of an [`Amount`]: one flat object (smaller to decode than a tagged enum).
#[derive(Default)]
struct AmountJson {
    qualifier: Qualifier,
    value: Option<u64>,
    from: Option<u64>,
    to: Option<u64>,
}

impl Record for AmountJson {
    const FIELDS: &'static [&'static str] = &["qualifier", "value", "from", "to"];
    const REQUIRED: u32 = 0b1;

    fn set<'de, A: de::MapAccess<'de>>(&mut self, i: usize, map: &mut A) -> Result<(), A::Error> {
        match i {
            0 => self.qualifier = map.next_value()?,
            1 => self.value = map.next_value()?,
            2 => self.from = map.next_value()?,
            _ => self.to = map.next_value()?,
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let json: AmountJson = record::read(d)?;
        json.try_into().map_err(de::Error::custom)
    }
}

/// Exact zero: only so that a figure can be read member by member (a missing amount is an
/// error, never a default).
impl Default for Amount {
    fn default() -> Self {
        Self::Exact { value: 0 }
    }
}

impl TryFrom<AmountJson> for Amount {
    type Error = &'static str;

    fn try_from(a: AmountJson) -> Result<Self, Self::Error> {
        match (a.qualifier, a.value, a.from, a.to) {
            (Qualifier::Exact, Some(value), None, None) => Ok(Self::Exact { value }),
            (Qualifier::Over, Some(value), None, None) => Ok(Self::Over { value }),
            (Qualifier::Nearly, Some(value), None, None) => Ok(Self::Nearly { value }),
            (Qualifier::Range, None, Some(from), Some(to)) => Ok(Self::Range { from, to }),
            (Qualifier::Range, ..) => Err("a range needs \"from\" and \"to\" and no \"value\""),
            _ => Err("this qualifier needs \"value\" only"),
        }
    }
}

impl Amount {
    /// The number a bar is drawn to: the stated number, or the upper end of a range.
    pub fn magnitude(&self) -> u64 {
        match *self {
            Self::Exact { value } | Self::Over { value } | Self::Nearly { value } => value,
            Self::Range { to, .. } => to,
        }
    }
}
