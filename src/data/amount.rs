//! An amount as the article states it: a number with its qualifier (exact, *trên* over, *gần*
//! nearly) or a range (*từ … đến*).

use serde::Deserialize;

/// A value as the article states it, qualifier included. In JSON:
/// `{"qualifier": "over", "value": 200}` or `{"qualifier": "range", "from": 95, "to": 97}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "AmountJson")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Qualifier {
    Exact,
    Over,
    Nearly,
    Range,
}

/// The JSON shape of an [`Amount`]: one flat object, checked by [`Amount::try_from`] (an editor
/// gets "a range needs …" rather than serde's words for an untagged enum).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AmountJson {
    qualifier: Qualifier,
    value: Option<u64>,
    from: Option<u64>,
    to: Option<u64>,
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
