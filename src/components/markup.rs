//! Parts with no events of their own (tables, cards, the timeline list, part-to-whole bars)
//! written as markup text and handed to Yew as one raw node. Each element `html!` builds is
//! code in the module; the same element as text is a few bytes of data, so this keeps the
//! module small. Every text and attribute value goes through [`escape`]: a dataset from
//! `data-src` cannot inject markup.
//!
//! A raw node is replaced whole when its text changes, so nothing inside one may hold state a
//! reader set (an open `<details>` lives in a raw node only if the node's text never changes
//! while it is shown).

use yew::Html;

/// Escapes text for HTML content and attribute values (for the build-time pages; the widget
/// escapes straight into its markup).
#[cfg(any(test, feature = "prerender"))]
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// [`escape`], written at the end of `out` (no string of its own: a big dataset's table writes
/// tens of thousands of texts).
fn escape_into(out: &mut String, s: &str) {
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
}

/// Markup being written.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `<tag a="v" …>`; an attribute with an empty name is skipped.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs.iter().filter(|(n, _)| !n.is_empty()) {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// Text content.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape_into(&mut self.0, s);
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// `<tag …>text</tag>`.
    pub fn leaf(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Markup this module wrote itself (no outside text in it).
    pub fn trusted(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// The markup as one Yew node.
    pub fn html(self) -> Html {
        Html::from_html_unchecked(self.0.into())
    }

    /// The markup as text.
    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(escape("a<b & \"c\"'"), "a&lt;b &amp; &quot;c&quot;&#39;");
        let mut m = Markup::default();
        m.open("td", &[("class", "x\"><script>"), ("", "skipped")])
            .text("<img src=x onerror=alert(1)>")
            .close("td");
        assert_eq!(
            m.into_string(),
            "<td class=\"x&quot;&gt;&lt;script&gt;\">&lt;img src=x onerror=alert(1)&gt;</td>"
        );
    }
}
