//! The check itself: every number of the article body, with its qualifier and the words that
//! follow it, matched one-to-one and in order with the dataset's figures (see `tests/fidelity.rs`).

use bl_infographic::data::{Dataset, Figure, Measure, Unit};

use super::extract::{amount_key, body, chrome, dateline, quantities, title, tokens, words, Token};

/// Everything wrong with `data` as a rendering of the article; empty when faithful.
pub fn check(data: &Dataset) -> Vec<String> {
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
