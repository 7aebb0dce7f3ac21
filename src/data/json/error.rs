//! The reader's error: serde's words, or the reader's own.

use std::fmt;

use serde::de;

/// What went wrong, in serde's or the reader's words.
#[derive(Debug)]
pub struct Error(pub(super) String);

impl From<&str> for Error {
    fn from(s: &str) -> Self {
        Self(s.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Self(msg.to_string())
    }

    fn invalid_type(found: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Self(format!(
            "invalid type: {}, expected {expected}",
            Found(found)
        ))
    }

    fn invalid_value(found: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Self(format!(
            "invalid value: {}, expected {expected}",
            Found(found)
        ))
    }
}

/// What was found, as serde's `Unexpected` says it but without its float formatting (9 KB of
/// the module; the reader never produces a float).
struct Found<'a>(de::Unexpected<'a>);

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use de::Unexpected as U;
        match self.0 {
            U::Bool(b) => write!(f, "boolean `{b}`"),
            U::Unsigned(n) => write!(f, "integer `{n}`"),
            U::Signed(n) => write!(f, "integer `{n}`"),
            U::Str(s) => write!(f, "string \"{s}\""),
            U::Unit => f.write_str("null"),
            U::Seq => f.write_str("array"),
            U::Map => f.write_str("object"),
            U::Other(other) => f.write_str(other),
            _ => f.write_str("another value"),
        }
    }
}
