//! A small JSON reader that feeds serde's visitors: the dataset schema needs objects,
//! arrays, strings, whole numbers, booleans and null, nothing else. It replaces serde_json in the
//! module (which linked float parsing, its generic readers and its error tables) and, unlike
//! the browser's `JSON.parse` read through serde-wasm-bindgen, it says where every error is, a
//! syntax error or a schema one, as a line and a column.

mod deserializer;
mod error;
mod items;

use std::borrow::Cow;

use serde::de::DeserializeOwned;

use super::error::DataError;
pub use error::Error;

/// How deep objects and arrays may nest (the schema needs 4): deeper input is refused before it
/// can exhaust the stack.
const MAX_DEPTH: u32 = 16;

/// Reads `text` as a `T`, or says what is wrong at which line and column.
#[cfg(test)]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, DataError> {
    from_slice(text.as_bytes())
}

/// Reads the UTF-8 bytes `bytes` (a byte-order mark is skipped) as a `T`, or says what is wrong
/// at which line and column. Strings are checked as they are read, so no pass over the whole
/// text is needed first.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DataError> {
    let s = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut r = Reader { s, i: 0, depth: 0 };
    let value = T::deserialize(&mut r).and_then(|v| {
        r.ws();
        match r.i < r.s.len() {
            true => Err(Error::from("trailing characters")),
            false => Ok(v),
        }
    });
    value.map_err(|Error(message)| {
        let before = &s[..r.i.min(s.len())];
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |n| n + 1);
        DataError::Json {
            line: 1 + before.iter().filter(|b| **b == b'\n').count(),
            // Characters, not bytes: UTF-8 continuation bytes are not counted.
            column: 1 + before[line_start..]
                .iter()
                .filter(|b| **b & 0xC0 != 0x80)
                .count(),
            message,
        }
    })
}

pub(super) struct Reader<'a> {
    pub(super) s: &'a [u8],
    /// The byte read next; where an error is reported.
    i: usize,
    depth: u32,
}

pub(super) type Result<T, E = Error> = std::result::Result<T, E>;

impl<'a> Reader<'a> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    pub(super) fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.get(self.i).copied()
    }

    pub(super) fn eat(&mut self, byte: u8, expected: &str) -> Result<()> {
        if self.peek() != Some(byte) {
            return Err(Error::from(expected));
        }
        self.i += 1;
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self.s.get(self.i..self.i + 4).ok_or("bad \\u escape")?;
        let digits = std::str::from_utf8(digits).map_err(|_| "bad \\u escape")?;
        let code = u32::from_str_radix(digits, 16).map_err(|_| "bad \\u escape")?;
        self.i += 4;
        Ok(code)
    }

    /// A string, after its opening quote; borrowed from the text unless it has escapes.
    #[inline(never)]
    fn string(&mut self) -> Result<Cow<'a, str>> {
        let s = self.s;
        let mut owned: Option<String> = None;
        let mut start = self.i;
        loop {
            let b = *s.get(self.i).ok_or("unterminated string")?;
            if b == b'"' || b == b'\\' {
                // The cut is at an ASCII byte of valid UTF-8 text, so the slice is valid too.
                let part = std::str::from_utf8(&s[start..self.i]).map_err(|_| "bad UTF-8")?;
                self.i += 1;
                if b == b'"' {
                    return Ok(match owned {
                        None => Cow::Borrowed(part),
                        Some(mut o) => {
                            o.push_str(part);
                            Cow::Owned(o)
                        }
                    });
                }
                let o = owned.get_or_insert_with(String::new);
                o.push_str(part);
                let escape = *s.get(self.i).ok_or("unterminated string")?;
                self.i += 1;
                let c = match escape {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    b'u' => {
                        let mut code = self.hex4()?;
                        if (0xD800..0xDC00).contains(&code) && s[self.i..].starts_with(b"\\u") {
                            self.i += 2;
                            let low = self.hex4()?;
                            if !(0xDC00..0xE000).contains(&low) {
                                return Err(Error::from("bad \\u escape"));
                            }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        }
                        char::from_u32(code).ok_or("bad \\u escape")?
                    }
                    _ => return Err(Error::from("bad escape")),
                };
                o.push(c);
                start = self.i;
            } else if b < 0x20 {
                return Err(Error::from("control character in a string"));
            } else {
                self.i += 1;
            }
        }
    }

    /// A whole number; the schema has no fractions, so none is read.
    fn number(&mut self) -> Result<Token<'a>> {
        let negative = self.s.get(self.i) == Some(&b'-');
        self.i += usize::from(negative);
        let digits = self.s[self.i..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let text = std::str::from_utf8(&self.s[self.i..self.i + digits]).map_err(|_| "")?;
        self.i += digits;
        if digits == 0 || matches!(self.s.get(self.i), Some(b'.' | b'e' | b'E')) {
            return Err(Error::from("expected a whole number"));
        }
        let n: u64 = text.parse().map_err(|_| "number too large")?;
        Ok(match negative {
            false => Token::Unsigned(n),
            true => Token::Signed(0i64.saturating_sub_unsigned(n)),
        })
    }

    /// The next value's first token, read once for every visitor (kept out of the generic
    /// `deserialize_any`, which is compiled once per visitor).
    #[inline(never)]
    fn token(&mut self) -> Result<Token<'a>> {
        let b = self.peek().ok_or("unexpected end")?;
        let literal = |word: &str| self.s[self.i..].starts_with(word.as_bytes());
        let (token, len) = match b {
            b'{' | b'[' => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(Error::from("nested too deeply"));
                }
                (Token::Open(b), 1)
            }
            b'"' => {
                self.i += 1;
                return self.string().map(Token::Str);
            }
            b't' if literal("true") => (Token::Bool(true), 4),
            b'f' if literal("false") => (Token::Bool(false), 5),
            b'n' if literal("null") => (Token::Null, 4),
            b'-' | b'0'..=b'9' => return self.number(),
            _ => return Err(Error::from("expected a value")),
        };
        self.i += len;
        Ok(token)
    }

    /// Past the `}` or `]` that ends the object or array just read.
    #[inline(never)]
    fn close(&mut self, open: u8) -> Result<()> {
        self.depth -= 1;
        match open {
            b'{' => self.eat(b'}', "expected `,` or `}`"),
            _ => self.eat(b']', "expected `,` or `]`"),
        }
    }
}

pub(super) enum Token<'a> {
    Open(u8),
    Str(Cow<'a, str>),
    Bool(bool),
    Null,
    Unsigned(u64),
    Signed(i64),
}

#[cfg(test)]
mod tests;
