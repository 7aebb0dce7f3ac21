//! Tests of `validate.rs`, beside it so that the module reads on its own.

use super::*;
use crate::data::DEFAULT_JSON;
use serde_json::{json, Value};

/// The article's dataset with one change made by `edit`, parsed: its one problem if invalid.
fn parse_edited(edit: impl FnOnce(&mut Value)) -> Result<Dataset, DataError> {
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).expect("default is JSON");
    edit(&mut v);
    parse(&v.to_string()).map_err(only)
}

fn only(errors: DataErrors) -> DataError {
    assert_eq!((errors.listed.len(), errors.more), (1, 0), "{errors}");
    errors.listed[0].clone()
}

#[test]
fn the_article_dataset_is_valid() {
    let data = parse(DEFAULT_JSON).expect("valid");
    assert_eq!(data.groups.len(), 16);
    assert_eq!(data.figures.len(), 26);
    assert_eq!(data.events.len(), 3);
    assert_eq!(data.article.author, "M. Nương");
}

#[test]
fn syntax_errors_are_located() {
    let err = only(parse("{\n  \"article\": ,\n}").unwrap_err());
    assert!(matches!(err, DataError::Json { line: 2, .. }), "{err:?}");
    assert!(err.to_string().starts_with("JSON, line 2, column"));
}

#[test]
fn what_json_forbids_is_refused_with_its_place() {
    for (bad, found) in [
        ("01", "invalid number"),
        ("-01", "invalid number"),
        ("\"\\u+041\"", "invalid escape"),
    ] {
        let text = format!("{{\n  \"article\": {bad}\n}}");
        let err = only(parse(&text).unwrap_err());
        let DataError::Json { line, message, .. } = &err else {
            panic!("{bad}: not a JSON error: {err:?}");
        };
        assert_eq!(*line, 2, "{bad}");
        assert!(message.contains(found), "{bad}: {message}");
        assert!(
            !message.contains(" at line "),
            "the place is said once: {message}"
        );
    }
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), DEFAULT_JSON.as_bytes()].concat();
    assert_eq!(parse_bytes(&with_bom), parse(DEFAULT_JSON));
}

#[test]
fn schema_errors_name_the_problem() {
    let negative = parse_edited(|v| v["figures"][0]["amount"]["value"] = json!(-5)).unwrap_err();
    assert!(negative.to_string().contains("-5"), "{negative}");
    let unknown = parse_edited(|v| v["figures"][0]["amount"]["qualifier"] = json!("about"));
    assert!(unknown.unwrap_err().to_string().contains("about"));
    let half_range =
        parse_edited(|v| v["figures"][1]["amount"] = json!({"qualifier": "range", "from": 95}));
    assert!(half_range.unwrap_err().to_string().contains("range needs"));
    let typo = parse_edited(|v| v["figures"][0]["sorce"] = json!("x")).unwrap_err();
    assert!(typo.to_string().contains("sorce"), "{typo}");
}

#[test]
fn a_schema_error_has_its_field_path_line_and_column() {
    let pretty = |v: &Value| serde_json::to_string_pretty(v).expect("prints");
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).expect("default is JSON");
    v["figures"][12]["amount"]["value"] = json!("nhiều");
    let text = pretty(&v);
    let err = only(parse(&text).unwrap_err());
    let DataError::Schema { path, line, .. } = &err else {
        panic!("not a schema error: {err:?}");
    };
    assert_eq!(path, "figures[12].amount.value");
    let at = text.lines().nth(line - 1).expect("the line exists");
    assert!(at.contains("\"nhiều\""), "line {line} is {at:?}");
    assert_eq!(parse(&text).unwrap_err().reason().as_str(), "schema");
    let syntax = parse("{\"article\": }").unwrap_err();
    assert_eq!(syntax.reason().as_str(), "json");
}

#[test]
fn every_semantic_problem_is_listed_with_its_path() {
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).expect("default is JSON");
    v["figures"][1]["amount"] = json!({"qualifier": "range", "from": 97, "to": 95});
    v["figures"][0]["group"] = json!("nowhere");
    v["groups"][2]["label"]["en"] = json!(" ");
    v["events"][2]["date"] = json!("2017-02-31");
    let percent = v["figures"]
        .as_array()
        .and_then(|f| f.iter().position(|f| f["unit"] == "percent"))
        .expect("a percentage");
    v["figures"][percent]["amount"] = json!({"qualifier": "exact", "value": 140});
    let errors = parse(&v.to_string()).unwrap_err();
    assert_eq!(errors.reason().as_str(), "semantic");
    let paths: Vec<String> = errors.messages(crate::i18n::Lang::En);
    assert_eq!(paths.len(), 5, "{paths:?}");
    for path in [
        "figures[1].amount:".to_string(),
        "figures[0].group:".into(),
        "groups[2].label.en:".into(),
        "events[2].date:".into(),
        format!("figures[{percent}].amount:"),
    ] {
        assert!(
            paths.iter().any(|m| m.starts_with(&path)),
            "{path} in {paths:?}"
        );
    }
}

#[test]
fn past_twenty_problems_the_rest_are_counted() {
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).expect("default is JSON");
    for f in v["figures"].as_array_mut().expect("array") {
        f["source"] = json!("");
    }
    let errors = parse(&v.to_string()).unwrap_err();
    let figures = v["figures"].as_array().map_or(0, Vec::len);
    assert_eq!(errors.listed.len(), 20);
    assert_eq!(errors.more, figures - 20);
}

#[test]
fn counts_beyond_the_bound_are_refused_before_they_can_overflow() {
    let huge = parse_edited(|v| {
        v["figures"][1]["amount"] = json!({"qualifier": "over", "value": u64::MAX})
    });
    assert_eq!(
        huge.unwrap_err(),
        DataError::TooLarge {
            path: "figures[1].amount".into(),
            value: u64::MAX
        }
    );
    let range = parse_edited(|v| {
        v["figures"][2]["amount"] = json!({"qualifier": "range", "from": 1, "to": MAX_COUNT + 1})
    });
    assert!(matches!(range.unwrap_err(), DataError::TooLarge { .. }));
    let bound = parse_edited(|v| v["figures"][1]["amount"]["value"] = json!(MAX_COUNT));
    assert!(bound.is_ok(), "10^12 itself is allowed");
}

#[test]
fn only_real_calendar_days_written_yyyy_mm_dd_are_dates() {
    for loose in ["2017-02-31", "2017-5-1", "+2017-05-29"] {
        let e = parse_edited(|v| v["events"][2]["date"] = json!(loose));
        assert_eq!(
            e.unwrap_err(),
            DataError::BadDate {
                path: "events[2].date".into(),
                value: loose.into()
            },
            "{loose}"
        );
    }
    let order = parse_edited(|v| v["events"][1]["date"] = json!("2011-11-30"));
    assert_eq!(
        order.unwrap_err(),
        DataError::EventOrder {
            path: "events[1].date".into()
        }
    );
}

#[test]
fn semantic_errors_carry_a_field_path() {
    let range = parse_edited(|v| {
        v["figures"][1]["amount"] = json!({"qualifier": "range", "from": 97, "to": 95})
    });
    assert_eq!(
        range.unwrap_err(),
        DataError::BadRange {
            path: "figures[1].amount".into(),
            from: 97,
            to: 95
        }
    );
    let group = parse_edited(|v| v["figures"][0]["group"] = json!("nowhere"));
    assert_eq!(
        group.unwrap_err(),
        DataError::UnknownGroup {
            path: "figures[0].group".into(),
            group: "nowhere".into()
        }
    );
    let empty = parse_edited(|v| v["groups"][2]["label"]["en"] = json!("  "));
    assert_eq!(
        empty.unwrap_err(),
        DataError::Empty {
            path: "groups[2].label.en".into()
        }
    );
    let portal = parse_edited(|v| v["article"]["portal"]["vi"] = json!(""));
    assert_eq!(
        portal.unwrap_err(),
        DataError::Empty {
            path: "article.portal.vi".into()
        }
    );
    let dup = parse_edited(|v| v["figures"][5]["id"] = v["figures"][4]["id"].clone());
    assert!(
        matches!(dup.unwrap_err(), DataError::DuplicateId { path, .. } if path == "figures[5].id")
    );
    let missing = parse_edited(|v| {
        v["figures"].as_array_mut().expect("array").remove(2);
    });
    assert_eq!(
        missing.unwrap_err(),
        DataError::Missing {
            path: "groups[1]".into(),
            measure: "members"
        }
    );
}

#[test]
fn the_article_annotations_are_on_the_five_years_and_on_two_safety_figures() {
    let data = parse(DEFAULT_JSON).expect("valid");
    let figures: Vec<(&str, &str)> = data
        .figures
        .iter()
        .filter_map(|f| Some((f.id.as_str(), f.annotation.as_ref()?.vi.as_str())))
        .collect();
    assert_eq!(
        figures,
        [
            ("review.years", "Từ Chỉ thị đến sơ kết: gần 5 năm 6 tháng"),
            (
                "ho-gia-dinh.certified",
                "Mỗi năm một kết quả, trong khoảng này"
            ),
            ("xa-phuong.certified", "Không rõ đơn vị nên không vẽ thanh")
        ]
    );
}

/// A change to the article's dataset, as JSON.
type Edit = fn(&mut Value);

#[test]
fn an_annotation_is_one_short_line_in_both_languages() {
    let err = |edit: Edit| parse_edited(edit).unwrap_err();
    let cases: [(Edit, &str); 3] = [
        (
            |v| v["figures"][0]["annotation"] = json!({"vi": "Ban chỉ đạo", "en": " "}),
            "figures[0].annotation.en: empty text",
        ),
        (
            |v| v["figures"][3]["annotation"] = json!({"vi": "Bài viết ghi “05 năm”; từ Chỉ thị đến sơ kết là gần 5 năm 6 tháng", "en": "x"}),
            "figures[3].annotation.vi: an annotation over 48 characters",
        ),
        (
            |v| v["figures"][0]["annotation"] = json!({"vi": "x"}),
            "figures[0].annotation",
        ),
    ];
    for (edit, message) in cases {
        let found = err(edit).to_string();
        assert!(found.starts_with(message), "{found} is not {message}");
    }
    let vi = err(cases[1].0).describe(crate::i18n::Lang::Vi);
    assert_eq!(vi, "figures[3].annotation.vi: chú thích dài quá 48 ký tự");
    // 48 characters with their diacritics are one line: counted as characters, not bytes.
    let long =
        |v: &mut Value| v["figures"][0]["annotation"] = json!({"vi": "ố".repeat(48), "en": "o"});
    assert!(parse_edited(long).is_ok());
    let longer =
        |v: &mut Value| v["figures"][0]["annotation"] = json!({"vi": "ố".repeat(49), "en": "o"});
    assert!(parse_edited(longer).is_err());
    let typo = err(|v| v["figures"][0]["anotation"] = json!({"vi": "x", "en": "x"})).to_string();
    assert!(
        typo.starts_with("figures[0]") && typo.contains("anotation"),
        "{typo}"
    );
}
