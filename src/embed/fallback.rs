//! The static fallback: the article's figures as plain HTML (a table and the credit), shown
//! when the interactive widget has failed. Built as a string so it needs no framework, only
//! escaping.

use crate::data::Dataset;
use crate::i18n::{text, Key, Lang};
use crate::view::ForcesVm;

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

/// The fallback's HTML: a notice with `heading`, then the forces table and the source.
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
    html.push_str(&format!(
        "</tbody></table><p class=\"bl-credit\">{}: <cite>{}</cite>, {}.</p></div>",
        escape(text(Key::Source, lang)),
        escape(&data.article.title),
        escape(text(Key::Portal, lang))
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
    }
}
