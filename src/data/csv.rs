//! The dataset as CSV for readers who want the numbers: UTF-8 with a byte-order mark (so Excel
//! opens Vietnamese correctly), CRLF rows, RFC 4180 quoting, raw numbers with the qualifier in
//! its own column, and the verbatim source sentence.

use super::model::{Amount, Dataset};

/// The header row's columns.
pub const COLUMNS: [&str; 16] = [
    "id",
    "section",
    "group",
    "group_vi",
    "group_en",
    "measure",
    "qualifier",
    "value",
    "from",
    "to",
    "unit",
    "date",
    "label_vi",
    "label_en",
    "note",
    "source",
];

/// Starts a cell that a spreadsheet would run as a formula (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Quotes a field if it holds a comma, a quote, a line break or edge spaces; a field a
/// spreadsheet would run as a formula (`=HYPERLINK(…)` in a `data-src` label) gets a `'` in
/// front, inside the quotes, so it opens as text. Numbers here are never negative: they stay raw.
fn field(s: &str) -> String {
    let formula = s.starts_with(FORMULA_STARTS);
    let needs =
        formula || s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    let quote = if formula { "'" } else { "" };
    match needs {
        true => format!("\"{quote}{}\"", s.replace('"', "\"\"")),
        false => s.to_string(),
    }
}

fn row(out: &mut String, fields: &[&str]) {
    let quoted: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

/// The whole dataset: one row per figure, then one per event.
pub fn to_csv(data: &Dataset) -> String {
    let mut out = String::from("\u{FEFF}");
    row(&mut out, &COLUMNS);
    for f in &data.figures {
        let group = data.group(&f.group);
        let (qualifier, value, from, to) = match f.amount {
            Amount::Exact { value } => ("exact", value.to_string(), String::new(), String::new()),
            Amount::Over { value } => ("over", value.to_string(), String::new(), String::new()),
            Amount::Nearly { value } => ("nearly", value.to_string(), String::new(), String::new()),
            Amount::Range { from, to } => {
                ("range", String::new(), from.to_string(), to.to_string())
            }
        };
        let unit = f.unit.key();
        let note = f.note.as_ref().map_or("", |n| n.vi.as_str());
        row(
            &mut out,
            &[
                &f.id,
                group.map_or("", |g| g.section.key()),
                &f.group,
                group.map_or("", |g| g.label.vi.as_str()),
                group.map_or("", |g| g.label.en.as_str()),
                f.measure.key(),
                qualifier,
                &value,
                &from,
                &to,
                unit,
                "",
                &f.label.vi,
                &f.label.en,
                note,
                &f.source,
            ],
        );
    }
    for e in &data.events {
        let fields = [
            &e.id,
            "timeline",
            "",
            "",
            "",
            "event",
            "",
            "",
            "",
            "",
            "",
            &e.date,
            &e.label.vi,
            &e.label.en,
            "",
            &e.source,
        ];
        row(&mut out, &fields);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(field("khóm, ấp"), "\"khóm, ấp\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(" padded"), "\" padded\"");
        assert_eq!(field("hoàn lương"), "hoàn lương");
    }

    #[test]
    fn cells_a_spreadsheet_would_run_open_as_text() {
        assert_eq!(
            field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        for s in ["+1", "-1+2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(field(s), format!("\"'{s}\""), "{s:?}");
        }
        assert_eq!(field("1157"), "1157", "numbers stay numbers");
        let mut data = default_dataset().expect("valid");
        data.figures[0].label.vi = "=1+1".into();
        assert!(to_csv(&data).contains(",\"'=1+1\","));
    }

    #[test]
    fn the_csv_has_a_bom_a_header_and_a_row_per_figure_and_event() {
        let data = default_dataset().expect("valid");
        let csv = to_csv(&data);
        assert!(csv.starts_with("\u{FEFF}id,section,group,"));
        assert_eq!(
            csv.matches("\r\n").count(),
            1 + data.figures.len() + data.events.len()
        );
        assert!(csv.contains("bcd138.members,forces,bcd138,Ban chỉ đạo 138,Steering boards 138,members,over,200,,,count,"));
        assert!(csv.contains("ho-gia-dinh.certified,safety,ho-gia-dinh,Hộ gia đình,Households,certified,range,,95,97,percent,"));
        assert!(csv.contains("directive,timeline,,,,event,,,,,,2011-12-01,"));
        // The source sentences hold commas and curly quotes: quoted, whole.
        let source = &data.figures[0].source;
        assert!(csv.contains(&format!("\"{source}\"")));
    }
}
