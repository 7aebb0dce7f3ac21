//! Objects and arrays, item by item, for serde's visitors.

use serde::de::{DeserializeSeed, MapAccess, SeqAccess};

use super::{Error, Reader, Result};

/// The members of an object or the elements of an array, comma-separated.
pub(super) struct Items<'r, 'a> {
    pub(super) r: &'r mut Reader<'a>,
    pub(super) first: bool,
}

impl<'a> Items<'_, 'a> {
    /// Whether another item follows (`close` ends the list), past its comma.
    fn more(&mut self, close: u8) -> Result<bool> {
        if self.r.peek() == Some(close) {
            return Ok(false);
        }
        if !std::mem::take(&mut self.first) {
            let expected = match close {
                b'}' => "expected `,` or `}`",
                _ => "expected `,` or `]`",
            };
            self.r.eat(b',', expected)?;
        }
        Ok(true)
    }
}

impl<'de> MapAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.more(b'}')? {
            return Ok(None);
        }
        if self.r.peek() != Some(b'"') {
            return Err(Error::from("expected a key in quotes"));
        }
        let key = seed.deserialize(&mut *self.r)?;
        self.r.eat(b':', "expected `:`")?;
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.r)
    }
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        match self.more(b']')? {
            true => seed.deserialize(&mut *self.r).map(Some),
            false => Ok(None),
        }
    }
}
