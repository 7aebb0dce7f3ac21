//! The fidelity test: the dataset against the article's own text (tests/fixtures/article.txt, a
//! copy of the portal capture). Every number in the article body is extracted with its
//! qualifier (vi-VN: `1.157` is 1157, `05 năm` is 5, `trên` over, `gần` nearly, `từ … đến` a
//! range) and matched one-to-one, in order, with the dataset's figures; what each number counts
//! is read in the words that follow it (`200 thành viên`: members, a count; `trên 90 xã,
//! phường`: no unit; `17 tổ tự quản bến xe…`: that group) and checked against the figure's
//! measure, unit and group; dates with the events; document numbers with the labels; every
//! source sentence must occur verbatim in the article body; page chrome (the visitor counter,
//! the view count) must not leak in. Mutated datasets show the check fails.

use bl_infographic::data::{parse, Dataset, DEFAULT_JSON};
use serde_json::{json, Value};

#[path = "fidelity/check.rs"]
mod check;
#[path = "fidelity/extract.rs"]
mod extract;

use check::check;
use extract::{body, chrome, title, tokens, Token};

fn dataset() -> Dataset {
    parse(DEFAULT_JSON).expect("the compiled-in dataset is valid")
}

fn mutated(edit: impl FnOnce(&mut Vec<Value>)) -> Dataset {
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).expect("JSON");
    edit(v["figures"].as_array_mut().expect("figures"));
    parse(&v.to_string()).expect("still a valid dataset")
}

fn figure<'a>(figures: &'a mut [Value], id: &str) -> &'a mut Value {
    figures
        .iter_mut()
        .find(|f| f["id"] == id)
        .expect("figure exists")
}

#[test]
fn the_dataset_states_every_figure_of_the_article_and_nothing_else() {
    let found = tokens(&body());
    println!("figures extracted from the article body:");
    for t in &found {
        println!("  {t:?}");
    }
    assert_eq!(
        found
            .iter()
            .filter(|t| matches!(t, Token::Quantity { .. }))
            .count(),
        26
    );
    assert_eq!(check(&dataset()), Vec::<String>::new());
}

#[test]
fn the_extractor_reads_vietnamese_numbers_and_qualifiers() {
    let t = tokens("có 1.157 thành viên, trên 200 người, gần 1.000 cuộc, 07 tổ, từ 95 % đến 97 % hộ và 98 % đến 100% cơ quan; 94% khóm");
    let q = |amount: &str, percent| Token::Quantity {
        amount: amount.into(),
        percent,
    };
    assert_eq!(
        t,
        vec![
            q("1157", false),
            q("over 200", false),
            q("nearly 1000", false),
            q("7", false),
            q("95..97", true),
            q("98..100", true),
            q("94", true)
        ]
    );
    assert_eq!(
        tokens("Chỉ thị 09-CT/TW, ngày 01/12/2011"),
        vec![
            Token::Identifier("09-CT/TW".into()),
            Token::Date("2011-12-01".into())
        ]
    );
}

#[test]
fn page_chrome_is_not_read_as_data() {
    assert_eq!(chrome(), vec![5_371_617, 985]);
    let body = body();
    assert!(!body.contains("985") && !body.contains("SỐ LƯỢT"));
}

#[test]
fn a_changed_figure_fails() {
    let data = mutated(|f| figure(f, "to-tu-quan.members")["amount"]["value"] = json!(1158));
    let problems = check(&data);
    assert!(
        problems.iter().any(|p| p.contains("\"1157\"")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\"1158\"")),
        "{problems:?}"
    );
}

#[test]
fn swapped_figures_fail() {
    // 99 and 85 are both stated in the article: only their places give the swap away.
    let data = mutated(|f| {
        figure(f, "ban-bv-ap.members")["amount"]["value"] = json!(85);
        figure(f, "to-ben-xe.members")["amount"]["value"] = json!(99);
    });
    let problems = check(&data);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("ban-bv-ap.members: the dataset shows"));
    assert!(problems[1].starts_with("to-ben-xe.members: the dataset shows"));
}

#[test]
fn a_dropped_figure_fails() {
    let data = mutated(|f| f.retain(|x| x["id"] != "rehab.reformed"));
    assert!(check(&data)
        .iter()
        .any(|p| p.contains("article states") && p.contains("\"571\"")));
}

#[test]
fn an_added_figure_fails() {
    let data = mutated(|f| {
        let mut extra = f[0].clone();
        extra["id"] = json!("bcd138.extra");
        extra["amount"] = json!({"qualifier": "exact", "value": 300});
        f.push(extra);
    });
    assert!(check(&data)
        .iter()
        .any(|p| p.contains("dataset shows") && p.contains("\"300\"")));
}

#[test]
fn a_stripped_qualifier_fails() {
    let data = mutated(|f| {
        figure(f, "bcd138.members")["amount"] = json!({"qualifier": "exact", "value": 200})
    });
    let problems = check(&data);
    assert!(
        problems.iter().any(|p| p.contains("\"over 200\"")),
        "{problems:?}"
    );
    let data = mutated(|f| {
        figure(f, "co-quan.certified")["amount"] = json!({"qualifier": "exact", "value": 100})
    });
    assert!(check(&data).iter().any(|p| p.contains("\"98..100\"")));
    let data = mutated(|f| figure(f, "khom-ap.certified")["unit"] = json!("count"));
    assert!(!check(&data).is_empty(), "94% read as a count must fail");
}

#[test]
fn an_edited_source_sentence_fails() {
    let data = mutated(|f| {
        let s = figure(f, "students.attendances")["source"]
            .as_str()
            .expect("text")
            .replace("trên 24.000", "24.000");
        figure(f, "students.attendances")["source"] = json!(s);
    });
    assert!(check(&data)
        .iter()
        .any(|p| p.contains("students.attendances: source")));
}

#[test]
fn a_figure_moved_to_another_group_fails() {
    // The article counts "17 tổ tự quản bến xe honda đầu": that count is the bến xe teams'.
    let data = mutated(|f| {
        figure(f, "to-ben-xe.units")["group"] = json!("to-tu-quan");
        figure(f, "to-tu-quan.units")["group"] = json!("to-ben-xe");
    });
    let problems = check(&data);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("to-ben-xe.units: \"tổ tự quản bến xe")),
        "{problems:?}"
    );
    // "trên 200 thành viên" are the members of the boards counted just before.
    let data = mutated(|f| {
        figure(f, "bcd138.members")["group"] = json!("ban-bv-ap");
        figure(f, "ban-bv-ap.members")["group"] = json!("bcd138");
    });
    assert!(check(&data)
        .iter()
        .any(|p| p.starts_with("bcd138.members: members follow")));
}

#[test]
fn a_figure_given_another_measure_fails() {
    let data = mutated(|f| figure(f, "rehab.reformed")["measure"] = json!("received"));
    let problems = check(&data);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("rehab.reformed: \"lượt đối tượng hoàn lương")),
        "{problems:?}"
    );
}

#[test]
fn a_figure_without_a_unit_read_as_a_count_fails() {
    // "trên 90 xã, phường": no noun of its own, so no unit; a count would misstate it.
    let data = mutated(|f| figure(f, "xa-phuong.certified")["unit"] = json!("count"));
    let problems = check(&data);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("xa-phuong.certified: unit Count")),
        "{problems:?}"
    );
}

#[test]
fn a_source_outside_the_article_body_fails() {
    for elsewhere in ["Số lượt người xem: 985", title()] {
        let data = mutated(|f| figure(f, "students.attendances")["source"] = json!(elsewhere));
        assert!(
            check(&data)
                .iter()
                .any(|p| p.starts_with("students.attendances: source")),
            "{elsewhere}"
        );
    }
}
