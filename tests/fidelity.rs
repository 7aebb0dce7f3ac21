//! The fidelity test: the dataset against the article's own text (tests/fixtures/article.txt, a
//! copy of the portal capture). Every number in the article body is extracted with its
//! qualifier (vi-VN: `1.157` is 1157, `05 năm` is 5, `trên` over, `gần` nearly, `từ … đến` a
//! range) and matched one-to-one, in order, with the dataset's figures; what each number counts
//! is read in the words that follow it (`200 thành viên`: members, a count; `trên 90 xã,
//! phường`: no unit; `17 tổ tự quản bến xe…`: that group) and checked against the figure's
//! measure, unit and group; dates with the events; document numbers with the labels; every
//! source sentence must occur verbatim in the article body; page chrome (the visitor counter,
//! the view count) must not leak in. Mutated datasets show the check fails.

use bl_infographic::data::{parse, Dataset, Figure, Measure, Unit, DEFAULT_JSON};
use serde_json::{json, Value};

#[path = "fidelity/extract.rs"]
mod extract;

use extract::{amount_key, body, chrome, dateline, quantities, title, tokens, words, Token};

/// Everything wrong with `data` as a rendering of the article; empty when faithful.
fn check(data: &Dataset) -> Vec<String> {
    let mut problems = Vec::new();
    let article_tokens = tokens(&body());
    let mut stated: Vec<Token> = article_tokens
        .iter()
        .filter(|t| matches!(t, Token::Quantity { .. }))
        .cloned()
        .collect();
    let mut shown: Vec<Token> = data
        .figures
        .iter()
        .map(|f| Token::Quantity {
            amount: amount_key(&f.amount),
            percent: f.unit == Unit::Percent,
        })
        .collect();
    // In order: the dataset lists its figures as the article states them, so figures swapped
    // between two places (both numbers still in the article) are caught too.
    if stated.len() == shown.len() {
        for ((figure, s), a) in data.figures.iter().zip(&shown).zip(&stated) {
            if s != a {
                problems.push(format!(
                    "{}: the dataset shows {s:?} where the article states {a:?}",
                    figure.id
                ));
            }
        }
    }
    stated.sort();
    shown.sort();
    for t in &stated {
        if stated.iter().filter(|x| *x == t).count() > shown.iter().filter(|x| *x == t).count() {
            problems.push(format!(
                "the article states {t:?}; the dataset does not (or not as often)"
            ));
        }
    }
    for t in &shown {
        if shown.iter().filter(|x| *x == t).count() > stated.iter().filter(|x| *x == t).count() {
            problems.push(format!(
                "the dataset shows {t:?}; the article does not state it (or not as often)"
            ));
        }
    }
    // What each number counts, read in the words that follow it in the article.
    let read = quantities(&body());
    if read.len() == data.figures.len() {
        for (i, (f, (_, subject))) in data.figures.iter().zip(&read).enumerate() {
            let previous = i.checked_sub(1).map(|j| &data.figures[j]);
            problems.extend(subject_problems(data, f, subject, previous));
        }
    }
    let mut dates: Vec<String> = article_tokens
        .iter()
        .filter_map(|t| match t {
            Token::Date(d) => Some(d.clone()),
            _ => None,
        })
        .collect();
    dates.push(data.article.date.clone());
    dates.sort();
    let mut event_dates: Vec<String> = data.events.iter().map(|e| e.date.clone()).collect();
    event_dates.sort();
    if dates != event_dates {
        problems.push(format!(
            "event dates {event_dates:?} differ from the article's {dates:?}"
        ));
    }
    let labels: Vec<&str> = data
        .groups
        .iter()
        .map(|g| g.label.vi.as_str())
        .chain(data.events.iter().map(|e| e.label.vi.as_str()))
        .collect();
    for t in &article_tokens {
        if let Token::Identifier(id) = t {
            if !labels.iter().any(|l| l.contains(id.as_str())) {
                problems.push(format!("no label names {id}"));
            }
        }
    }
    let sources = data
        .figures
        .iter()
        .map(|f| (&f.id, &f.source))
        .chain(data.events.iter().map(|e| (&e.id, &e.source)));
    // Sources lie within the article body (an event's may be the dateline): never the page's
    // chrome, never the title.
    let body = body();
    let dates_line = dateline();
    for (i, (id, source)) in sources.enumerate() {
        let is_event = i >= data.figures.len();
        let within =
            body.contains(source.as_str()) || (is_event && dates_line.contains(source.as_str()));
        if !within {
            problems.push(format!("{id}: source is not verbatim in the article body"));
        }
    }
    if data.article.title != title() {
        problems.push("article.title is not the article's title".into());
    }
    for n in chrome() {
        if data.figures.iter().any(|f| f.amount.magnitude() == n) {
            problems.push(format!("{n} is page chrome, not data"));
        }
    }
    problems
}

/// The article's words for what a measure counts: the words that follow its number.
fn measure_words(m: Measure) -> &'static [&'static str] {
    match m {
        Measure::Units => &["ban", "tổ"],
        Measure::Members => &["thành viên"],
        Measure::Years => &["năm"],
        Measure::Panels => &["pano"],
        Measure::Slogans => &["khẩu hiệu"],
        Measure::Sessions => &["cuộc"],
        Measure::Attendances => &["lượt"],
        Measure::Received => &["lượt đối tượng tệ nạn"],
        Measure::Reformed => &["lượt đối tượng hoàn lương"],
        // A share: the number is followed by whose share it is (checked by unit and group).
        Measure::Certified => &[""],
    }
}

/// How many leading words `label` shares with `subject`.
fn shared_words(label: &str, subject: &[String]) -> usize {
    words(label, 16)
        .iter()
        .zip(subject)
        .take_while(|(a, b)| a == b)
        .count()
}

/// Whether `f`'s measure, unit and group agree with `subject`, the words after its number.
fn subject_problems(
    data: &Dataset,
    f: &Figure,
    subject: &[String],
    previous: Option<&Figure>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let text = subject.join(" ");
    if !measure_words(f.measure).iter().any(|w| text.starts_with(w)) {
        let measure = format!("{:?}", f.measure);
        problems.push(format!("{}: \"{text}\" does not count {measure}", f.id));
    }
    // The article's noun after a count is the figure's own label ("200 thành viên"); a number
    // followed by a group's name and no noun of its own ("trên 90 xã, phường") has no unit.
    let counts_its_label = shared_words(&f.label.vi, subject) >= 1;
    let percent = f.unit == Unit::Percent;
    let expected = match (percent, counts_its_label) {
        (true, _) => Unit::Percent,
        (false, true) => Unit::Count,
        (false, false) => Unit::Unstated,
    };
    if !percent && f.unit != expected {
        problems.push(format!(
            "{}: unit {:?}, but the article's \"{text}\" makes it {expected:?}",
            f.id, f.unit
        ));
    }
    // The group: a number followed by a group's own name belongs to the group whose name it
    // matches best ("17 tổ tự quản bến xe honda đầu"); members follow their group's count.
    let Some(section) = data.group(&f.group).map(|g| g.section) else {
        return problems;
    };
    let scores: Vec<(&str, usize)> = data
        .groups_in(section)
        .map(|g| (g.id.as_str(), shared_words(&g.label.vi, subject)))
        .collect();
    let best = scores.iter().map(|(_, n)| *n).max().unwrap_or(0);
    if best >= 2 && !scores.iter().any(|(id, n)| *id == f.group && *n == best) {
        problems.push(format!(
            "{}: \"{text}\" names another group than {}",
            f.id, f.group
        ));
    }
    if f.measure == Measure::Members && previous.is_some_and(|p| p.group != f.group) {
        problems.push(format!(
            "{}: members follow the count of another group in the article",
            f.id
        ));
    }
    problems
}

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
