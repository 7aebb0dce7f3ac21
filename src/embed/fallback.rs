//! The static fallback: the article's figures as plain HTML (a table and the credit), shown
//! when the interactive widget has failed. Built as a string so it needs no framework, only
//! escaping.

use crate::data::{Dataset, Section};
use crate::i18n::{text, Key, Lang};
use crate::view::{timeline, ForcesVm, SectionVm};

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The fallback's HTML: a notice with `heading`, the forces table, every other section's
/// figures as lists, the timeline, and the source.
pub fn fallback_html(data: &Dataset, lang: Lang, heading: &str) -> String {
    let vm = ForcesVm::new(data, lang);
    let mut html = format!(
        "<div class=\"bl-root bl-fallback\" lang=\"{}\"><p class=\"bl-notice\" role=\"alert\">{}</p>\
         <table class=\"bl-table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        lang.tag(),
        escape(heading),
        escape(&vm.title),
        escape(text(Key::TeamKind, lang)),
        escape(&vm.series[0]),
        escape(&vm.series[1]),
    );
    for r in &vm.rows {
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            escape(&r.label),
            escape(&r.units_text),
            escape(&r.members_text)
        ));
    }
    html.push_str("</tbody></table>");
    for section in [
        Section::Outreach,
        Section::Rehabilitation,
        Section::Safety,
        Section::Timeline,
    ] {
        let vm = SectionVm::new(data, section, lang);
        html.push_str(&format!(
            "<h3>{}</h3><ul class=\"bl-lines\">",
            escape(&vm.title)
        ));
        for g in &vm.groups {
            for l in &g.lines {
                let (group, value, label) = (escape(&g.label), escape(&l.value), escape(&l.label));
                html.push_str(&format!(
                    "<li>{group}: <strong>{value}</strong> {label}</li>"
                ));
            }
        }
        for e in timeline(data, lang)
            .iter()
            .filter(|_| section == Section::Timeline)
        {
            html.push_str(&format!(
                "<li><strong>{}</strong>: {}</li>",
                escape(&e.date),
                escape(&e.label)
            ));
        }
        html.push_str("</ul>");
    }
    html.push_str(&format!(
        "<p class=\"bl-credit\">{}: <cite>{}</cite>, {}.</p></div>",
        escape(text(Key::Source, lang)),
        escape(&data.article.title),
        escape(data.article.portal.get(lang))
    ));
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn fallback_lists_every_forces_figure_with_qualifiers() {
        let data = default_dataset().expect("valid");
        let html = fallback_html(&data, Lang::Vi, "Lỗi <x>");
        assert!(html.contains("Lỗi &lt;x&gt;"));
        assert!(html.contains("<td>trên 200</td>"));
        assert!(html.contains("<td>1.157</td>"));
        assert_eq!(html.matches("<tr><th scope=\"row\">").count(), 6);
        for text in [
            "gần 1.000",
            "101.662",
            "<strong>571</strong>",
            "từ 98% đến 100%",
            "28/12/2012",
        ] {
            assert!(html.contains(text), "{text}");
        }
    }
}
