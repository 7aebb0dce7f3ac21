//! Tests of `error.rs`, beside it so that the module reads on its own.

use super::*;

#[test]
fn the_editor_reads_the_problem_in_the_widget_language() {
    let over = DataError::PercentOver100 {
        path: "figures[23].amount".into(),
        value: 140,
    };
    assert_eq!(
        over.describe(Lang::Vi),
        "figures[23].amount: 140% vượt quá 100%"
    );
    assert_eq!(over.to_string(), "figures[23].amount: 140% is over 100%");
    let range = DataError::BadRange {
        path: "figures[1].amount".into(),
        from: 97,
        to: 95,
    };
    assert_eq!(
        range.describe(Lang::Vi),
        "figures[1].amount: khoảng 97–95 có số cuối nhỏ hơn số đầu"
    );
    let json = DataError::Json {
        line: 3,
        column: 7,
        message: "expected value".into(),
    };
    assert_eq!(
        json.describe(Lang::Vi),
        "JSON, dòng 3, cột 7: expected value"
    );
    assert_eq!(json.to_string(), "JSON, line 3, column 7: expected value");
    let schema = DataError::Schema {
        path: "figures[2].amount.value".into(),
        line: 9,
        column: 20,
        message: "invalid type".into(),
    };
    assert_eq!(
        schema.describe(Lang::Vi),
        "figures[2].amount.value (dòng 9, cột 20): invalid type"
    );
}

#[test]
fn past_the_listed_ones_only_a_count_is_kept() {
    let mut errors = DataErrors::new();
    for i in 0..LISTED + 3 {
        errors.push(DataError::EventOrder {
            path: format!("events[{i}].date"),
        });
    }
    assert_eq!((errors.listed.len(), errors.more), (LISTED, 3));
    let all = errors.messages(Lang::En);
    assert_eq!(all.len(), LISTED + 1);
    assert_eq!(all[LISTED], "and 3 more");
    let notice = errors.messages_up_to(3, Lang::Vi);
    assert_eq!(notice.len(), 4);
    assert!(notice[2].starts_with("events[2].date:"), "{}", notice[2]);
    assert_eq!(notice[3], format!("và {} lỗi khác", LISTED - 3 + 3));
    assert_eq!(
        errors.notice(Lang::Vi),
        notice.join("; "),
        "what a notice says"
    );
    assert_eq!(
        errors.to_string(),
        all.join("; "),
        "every message, in English"
    );
    assert_eq!(errors.reason(), Reason::Semantic);
}
