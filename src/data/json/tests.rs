//! The JSON reader on its own: what it accepts, what it refuses and where it says the problem is.

use serde::Deserialize;

use super::{from_slice, from_str};
use crate::data::DataError;

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Item {
    name: String,
    count: u64,
    #[serde(default)]
    note: Option<String>,
    flags: Vec<bool>,
}

fn located(err: DataError) -> (usize, usize, String) {
    match err {
        DataError::Json {
            line,
            column,
            message,
        } => (line, column, message),
        other => panic!("not a located JSON error: {other:?}"),
    }
}

#[test]
fn reads_objects_arrays_strings_numbers_booleans_and_null() {
    let text = r#" { "name": "Bạc Liêu", "count": 2669, "note": null, "flags": [true, false] } "#;
    let item: Item = from_str(text).expect("valid");
    assert_eq!(
        item,
        Item {
            name: "Bạc Liêu".into(),
            count: 2669,
            note: None,
            flags: vec![true, false]
        }
    );
    let empty: Vec<Vec<u64>> = from_str("[[], [1 ,2]]").expect("valid");
    assert_eq!(empty, vec![vec![], vec![1, 2]]);
}

#[test]
fn escapes_are_decoded_with_surrogate_pairs() {
    let s: String = from_str(r#""a\"b\\c\/d\n\u1EA1\ud83d\ude00""#).expect("valid");
    assert_eq!(s, "a\"b\\c/d\nạ😀");
    for bad in [r#""\x""#, r#""\u12""#, r#""\ud83d\u0041""#, "\"tab\there\""] {
        assert!(from_str::<String>(bad).is_err(), "{bad:?} accepted");
    }
}

#[test]
fn syntax_errors_name_line_and_column() {
    let (line, column, message) = located(from_str::<Item>("{\n  \"name\": ,\n}").unwrap_err());
    assert_eq!((line, column), (2, 11));
    assert_eq!(message, "expected a value");
    let (line, _, message) = located(from_str::<Vec<u64>>("[1, 2\n").unwrap_err());
    assert_eq!((line, message.as_str()), (2, "expected `,` or `]`"));
    let (_, column, message) = located(from_str::<Vec<u64>>("[1] x").unwrap_err());
    assert_eq!((column, message.as_str()), (5, "trailing characters"));
    for bad in ["[1,]", "[,1]", "{\"a\" 1}", "{1: 2}", "tru", "\"open", ""] {
        assert!(
            from_str::<serde::de::IgnoredAny>(bad).is_err(),
            "{bad:?} accepted"
        );
    }
}

#[test]
fn schema_errors_are_located_too_and_name_what_was_found() {
    let text = "{\"name\": \"x\", \"count\": -5, \"flags\": []}";
    let (_, column, message) = located(from_str::<Item>(text).unwrap_err());
    assert_eq!(column, 26, "just after the value");
    assert_eq!(message, "invalid value: integer `-5`, expected u64");
    let text = "{\"name\": true, \"count\": 1, \"flags\": []}";
    let (_, _, message) = located(from_str::<Item>(text).unwrap_err());
    assert_eq!(message, "invalid type: boolean `true`, expected a string");
    let text = "{\"name\": \"x\", \"cuont\": 1}";
    let (_, column, message) = located(from_str::<Item>(text).unwrap_err());
    assert!(message.starts_with("unknown field `cuont`"), "{message}");
    assert_eq!(column, 22);
}

#[test]
fn fractions_huge_numbers_and_deep_nesting_are_refused() {
    for bad in ["1.5", "2e3", "-", "18446744073709551616"] {
        assert!(from_str::<u64>(bad).is_err(), "{bad} accepted");
    }
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let (_, _, message) = located(from_str::<serde::de::IgnoredAny>(&deep).unwrap_err());
    assert_eq!(message, "nested too deeply");
}

#[test]
fn each_type_takes_only_its_own_kind_of_value() {
    let (_, column, message) = located(from_str::<Item>("[\"x\", 1, null, []]").unwrap_err());
    assert_eq!(message, "invalid type: array, expected struct Item");
    assert_eq!(column, 2, "just after the `[`");
    let (_, _, message) = located(from_str::<Vec<u64>>("{\"a\": 1}").unwrap_err());
    assert_eq!(message, "invalid type: object, expected a sequence");
    let (_, _, message) = located(from_str::<u64>("\"12\"").unwrap_err());
    assert_eq!(message, "invalid type: string \"12\", expected u64");
    let (_, _, message) = located(from_str::<bool>("1").unwrap_err());
    assert_eq!(message, "invalid type: integer `1`, expected a boolean");
    let (_, _, message) = located(from_str::<String>("null").unwrap_err());
    assert_eq!(message, "invalid type: null, expected a string");
}

#[test]
fn bytes_skip_a_byte_order_mark_and_bad_utf8_is_located() {
    let item: Vec<String> = from_slice(b"\xEF\xBB\xBF[\"B\xE1\xBA\xA1c\"]").expect("valid");
    assert_eq!(item, vec!["Bạc".to_string()]);
    // The column counts characters: "ạ" is one.
    let (line, column, message) =
        located(from_slice::<Vec<String>>(b"[\"\xE1\xBA\xA1\",\n \"a\xFFb\"]").unwrap_err());
    assert_eq!((line, message.as_str()), (2, "bad UTF-8"));
    assert_eq!(column, 6, "just after the string");
    let (_, column, _) = located(from_slice::<Vec<String>>(b"[\"\xE1\xBA\xA1\", x]").unwrap_err());
    assert_eq!(column, 7);
}
