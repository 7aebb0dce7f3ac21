//! Reading the article as a reader of vi-VN text does: every number of the body with its
//! qualifier (`trên`, `gần`, `từ … đến`), `1.157` as one thousand one hundred fifty-seven,
//! `05` as 5, dates `dd/mm/yyyy`, document numbers (`09-CT/TW`, `Ban chỉ đạo 138`); and where the
//! page chrome is, so that it stays out.

use bl_infographic::data::Amount;

/// The article as captured from the portal, page chrome included.
pub const ARTICLE: &str = include_str!("../fixtures/article.txt");

/// A number as the article states it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Token {
    /// A quantity with its qualifier; `percent` if followed by `%`.
    Quantity { amount: String, percent: bool },
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// A document or board number: `09-CT/TW`, `138`.
    Identifier(String),
}

pub fn amount_key(a: &Amount) -> String {
    match *a {
        Amount::Exact { value } => format!("{value}"),
        Amount::Over { value } => format!("over {value}"),
        Amount::Nearly { value } => format!("nearly {value}"),
        Amount::Range { from, to } => format!("{from}..{to}"),
    }
}

/// The article body: the paragraphs between the title and the byline. The lines above the
/// category line (visitor counter) and below the byline (view count, links) are chrome.
pub fn body() -> String {
    let lines: Vec<&str> = ARTICLE.lines().map(str::trim).collect();
    let title = lines
        .iter()
        .position(|l| l.starts_with("Sơ kết 05 năm"))
        .expect("title");
    let byline = lines.iter().position(|l| *l == "M. Nương").expect("byline");
    lines[title + 1..byline].join("\n")
}

pub fn title() -> &'static str {
    ARTICLE
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("Sơ kết 05 năm"))
        .expect("title")
}

pub fn chrome() -> Vec<u64> {
    let lines: Vec<&str> = ARTICLE.lines().map(str::trim).collect();
    let counter: String = lines
        .iter()
        .take_while(|l| !l.contains("29/05/2017"))
        .flat_map(|l| l.chars())
        .filter(char::is_ascii_digit)
        .collect();
    let views = ARTICLE
        .split("Số lượt người xem: ")
        .nth(1)
        .expect("view count");
    let views: String = views.chars().take_while(char::is_ascii_digit).collect();
    vec![
        counter.parse().expect("counter"),
        views.parse().expect("views"),
    ]
}

/// Reads a vi-VN number at the start of `s` (`1.157`, `05`): value and bytes used.
fn read_number(s: &str) -> Option<(u64, usize)> {
    let b = s.as_bytes();
    let mut end = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if end == 0 {
        return None;
    }
    // Thousands groups: a dot followed by exactly three digits.
    while b.get(end) == Some(&b'.')
        && b.len() >= end + 4
        && b[end + 1..end + 4].iter().all(u8::is_ascii_digit)
        && !b.get(end + 4).is_some_and(u8::is_ascii_digit)
    {
        end += 4;
    }
    Some((s[..end].replace('.', "").parse().ok()?, end))
}

/// Skips spaces and an optional `%`; returns bytes used and whether `%` was there.
fn read_percent(s: &str) -> (usize, bool) {
    let spaces = s.len() - s.trim_start().len();
    match s[spaces..].starts_with('%') {
        true => (spaces + 1, true),
        false => (0, false),
    }
}

fn last_word(s: &str) -> String {
    s.trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase()
}

pub fn tokens(text: &str) -> Vec<Token> {
    scan(text).into_iter().map(|(t, _)| t).collect()
}

/// Each quantity with the words that follow it, lower-case, punctuation dropped: what it counts
/// (`thành viên`), or whose share it is (`hộ gia đình`).
pub fn quantities(text: &str) -> Vec<(Token, Vec<String>)> {
    scan(text)
        .into_iter()
        .filter(|(t, _)| matches!(t, Token::Quantity { .. }))
        .map(|(t, end)| (t, words(&text[end..], 8)))
        .collect()
}

/// The first `n` words of `s`, lower-case, without punctuation.
pub fn words(s: &str, n: usize) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// The line that dates the article (category, weekday, date, time): metadata, not chrome.
pub fn dateline() -> &'static str {
    ARTICLE
        .lines()
        .find(|l| l.contains("29/05/2017"))
        .expect("dateline")
}

/// Every token with the byte offset where it ends.
fn scan(text: &str) -> Vec<(Token, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let starts_number = rest.as_bytes()[0].is_ascii_digit()
            && !text[..i].ends_with(|c: char| c.is_alphanumeric());
        if !starts_number {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let before = &text[..i];
        // dd/mm/yyyy
        let b = rest.as_bytes();
        if b.len() >= 10 && b[2] == b'/' && b[5] == b'/' {
            let date = format!("{}-{}-{}", &rest[6..10], &rest[3..5], &rest[..2]);
            i += 10;
            out.push((Token::Date(date), i));
            continue;
        }
        let (value, used) = read_number(rest).expect("a digit starts a number");
        let after = &rest[used..];
        if after.starts_with("-C") {
            let code: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != ',')
                .collect();
            i += code.len();
            out.push((Token::Identifier(code), i));
            continue;
        }
        if before.ends_with("Ban chỉ đạo ") || before.ends_with("số ") {
            i += used;
            out.push((Token::Identifier(rest[..used].to_string()), i));
            continue;
        }
        let (p_used, percent) = read_percent(after);
        let mut used = used + p_used;
        let mut amount = match last_word(before).as_str() {
            "trên" => format!("over {value}"),
            "gần" => format!("nearly {value}"),
            _ => format!("{value}"),
        };
        // "từ 95 % đến 97 %", "98 % đến 100%": a range.
        let tail = &rest[used..];
        if let Some(second) = tail.trim_start().strip_prefix("đến ") {
            let (to, to_used) = read_number(second).expect("a number after đến");
            let (p2, _) = read_percent(&second[to_used..]);
            used += tail.len() - second.len() + to_used + p2;
            amount = format!("{value}..{to}");
        }
        i += used;
        out.push((Token::Quantity { amount, percent }, i));
    }
    out
}
