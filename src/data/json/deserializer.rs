//! The reader as serde's `Deserializer`: one entry point per kind of value, each calling only
//! the `visit_*` its type needs.

use std::borrow::Cow;

use serde::de::{self, Visitor};

use super::items::Items;
use super::{Error, Reader, Result, Token};

/// A type error: `token` where `expected` was wanted, in serde's words. Not generic, so it is
/// compiled once rather than once per visitor.
#[inline(never)]
fn unexpected(token: &Token<'_>, expected: &dyn de::Expected) -> Error {
    use de::Unexpected as U;
    let found = match token {
        Token::Open(b'{') => U::Map,
        Token::Open(_) => U::Seq,
        Token::Str(s) => U::Str(s),
        Token::Bool(b) => U::Bool(*b),
        Token::Null => U::Unit,
        Token::Unsigned(n) => U::Unsigned(*n),
        Token::Signed(n) => U::Signed(*n),
    };
    de::Error::invalid_type(found, expected)
}

/// The object (`open` is `{`) or array (`[`) that comes next, item by item for `visit`, then
/// past its end; any other value is a type error.
fn container<'de, V: Visitor<'de>>(
    r: &mut Reader<'de>,
    open: u8,
    visitor: V,
    visit: impl FnOnce(V, Items<'_, 'de>) -> Result<V::Value>,
) -> Result<V::Value> {
    match r.token()? {
        Token::Open(b) if b == open => {
            let value = visit(visitor, Items { r, first: true })?;
            r.close(open)?;
            Ok(value)
        }
        token => Err(unexpected(&token, &visitor)),
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let value = match self.token()? {
            Token::Open(open) => {
                let items = Items {
                    r: &mut *self,
                    first: true,
                };
                let value = match open {
                    b'{' => visitor.visit_map(items),
                    _ => visitor.visit_seq(items),
                }?;
                self.close(open)?;
                return Ok(value);
            }
            Token::Str(Cow::Borrowed(s)) => visitor.visit_borrowed_str(s),
            Token::Str(Cow::Owned(s)) => visitor.visit_string(s),
            Token::Bool(b) => visitor.visit_bool(b),
            Token::Null => visitor.visit_unit(),
            Token::Unsigned(n) => visitor.visit_u64(n),
            Token::Signed(n) => visitor.visit_i64(n),
        };
        value
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek() == Some(b'n') && self.s[self.i..].starts_with(b"null") {
            true => {
                self.i += 4;
                visitor.visit_none()
            }
            false => visitor.visit_some(self),
        }
    }

    // The typed entry points below call only the one `visit_*` their type needs, so a
    // visitor's other paths (a struct read from an array, every default error) are never
    // compiled: 13 KB of the module (2,8 KB brotli).

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        container(self, b'{', visitor, |v, items| v.visit_map(items))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        container(self, b'[', visitor, |v, items| v.visit_seq(items))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.token()? {
            Token::Str(Cow::Borrowed(s)) => visitor.visit_borrowed_str(s),
            Token::Str(Cow::Owned(s)) => visitor.visit_string(s),
            token => Err(unexpected(&token, &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.token()? {
            Token::Unsigned(n) => visitor.visit_u64(n),
            Token::Signed(n) => visitor.visit_i64(n),
            token => Err(unexpected(&token, &visitor)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.token()? {
            Token::Bool(b) => visitor.visit_bool(b),
            token => Err(unexpected(&token, &visitor)),
        }
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u128 f32 f64 char bytes byte_buf unit
        unit_struct newtype_struct tuple tuple_struct enum ignored_any
    }
}
