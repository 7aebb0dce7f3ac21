//! The credit line: which article, portal, date and author the figures come from, in the
//! reader's language.

use crate::data::Article;
use crate::i18n::{format_date, text, Key, Lang};

/// "Nguồn: «title», portal, date, author."
#[derive(Clone, Debug, PartialEq)]
pub struct CreditVm {
    /// "Nguồn" / "Source".
    pub source: &'static str,
    /// The article's title, cited.
    pub title: String,
    /// What follows the title: ", portal, date, author."
    pub rest: String,
}

impl CreditVm {
    /// The credit of article `a` in `lang` (its date as written, if not a date).
    pub fn new(a: &Article, lang: Lang) -> Self {
        let date = format_date(&a.date, lang).unwrap_or_else(|| a.date.clone());
        Self {
            source: text(Key::Source, lang),
            title: a.title.clone(),
            rest: format!(", {}, {date}, {}.", a.portal.get(lang), a.author),
        }
    }

    /// The line as plain text, for the chart pictures.
    pub fn text(&self) -> String {
        format!("{}: {}{}", self.source, self.title, self.rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    #[test]
    fn the_credit_names_the_article_portal_date_and_author_in_each_language() {
        let data = default_dataset().expect("valid");
        let vi = CreditVm::new(&data.article, Lang::Vi).text();
        assert!(
            vi.starts_with("Nguồn: Sơ kết 05 năm thực hiện Chỉ thị số 09"),
            "{vi}"
        );
        assert!(vi.ends_with(", Cổng thông tin điện tử thành phố Bạc Liêu, 29/05/2017, M. Nương."));
        let en = CreditVm::new(&data.article, Lang::En).text();
        assert!(
            en.ends_with(", Bạc Liêu city web portal, 29 May 2017, M. Nương."),
            "{en}"
        );
    }
}
