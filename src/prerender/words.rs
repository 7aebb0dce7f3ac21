//! The words of the build-time pages (the snippets, the frame page, oEmbed, the builder), in the
//! project's catalogue form: each with its two languages side by side. Declared here, not in
//! the module's catalogue: the module never shows them, and would carry them for nothing.

use crate::i18n::{catalogue, pick, Lang};

catalogue! {
    /// A word of the build-time pages.
    Word, word_pair;
    /// The summary's lead-in, before the headline figures.
    Heading => ("Sơ kết 05 năm thực hiện Chỉ thị số 09 ở thành phố Bạc Liêu", "Five years of Directive 09 in Bạc Liêu city"),
    /// Before the certification rates in the summary.
    Certified => ("Tỉ lệ đạt chuẩn an toàn về an ninh trật tự", "Shares certified safe for security and order"),
    /// The summary's link to the whole infographic.
    SeeAll => ("Xem đồ họa số liệu đầy đủ", "See the full infographic"),
    /// The frame page's title, the iframe's and oEmbed's.
    FrameTitle => ("Đồ họa số liệu: Sơ kết 05 năm thực hiện Chỉ thị số 09 ở thành phố Bạc Liêu", "Infographic: five years of Directive 09 in Bạc Liêu city"),
    /// Who provides the embed, for oEmbed's `provider_name`.
    Provider => ("Đồ họa số liệu Bạc Liêu", "Bạc Liêu infographics"),
    /// The builder's title.
    BuilderTitle => ("Tạo mã nhúng đồ họa số liệu", "Make the infographic's embed code"),
    /// Under the builder's title.
    BuilderIntro => ("Chọn cách hiển thị, xem trước, rồi sao chép mã vào bài viết.", "Choose how it shows, preview it, then copy the code into the article."),
    /// The link to the builder in the other language: that language's name, in it.
    OtherLanguage => ("English", "Tiếng Việt"),
    /// The language option.
    WidgetLanguage => ("Ngôn ngữ của đồ họa", "Language of the infographic"),
    /// The theme option.
    Theme => ("Màu nền", "Colours"),
    /// `data-theme="auto"`.
    ThemeAuto => ("Theo máy người đọc", "The reader's setting"),
    /// `data-theme="light"`.
    ThemeLight => ("Sáng", "Light"),
    /// `data-theme="dark"`.
    ThemeDark => ("Tối", "Dark"),
    /// The sections option.
    Sections => ("Các phần, theo thứ tự hiển thị", "Sections, in the order shown"),
    /// Moves a section up.
    Up => ("Lên", "Up"),
    /// Moves a section down.
    Down => ("Xuống", "Down"),
    /// The embed mode option.
    Mode => ("Cách nhúng", "How to embed"),
    /// The link snippet.
    ModeLink => ("Liên kết", "Link"),
    /// Where the link snippet fits.
    ModeLinkFits => ("Trình soạn thảo văn bản (bỏ mã script): số liệu và liên kết; thành đồ họa nếu trang đã cài đặt.", "Rich-text editors (scripts removed): the figures and a link; the widget where the site is installed."),
    /// The script snippet.
    ModeScript => ("Mã script", "Script"),
    /// Where the script snippet fits.
    ModeScriptFits => ("Khối HTML giữ mã script: đồ họa đầy đủ.", "An HTML block that keeps scripts: the whole widget."),
    /// The iframe snippet.
    ModeIframe => ("Khung iframe", "Iframe"),
    /// Where the iframe snippet fits.
    ModeIframeFits => ("Trình soạn thảo giữ iframe: đồ họa trong khung.", "Editors that keep iframes: the widget in a frame."),
    /// The frame page's address alone.
    ModeUrl => ("Chỉ địa chỉ", "URL only"),
    /// Where the address alone fits.
    ModeUrlFits => ("WordPress (dán trên một dòng riêng), CKEditor 5 (nhúng phương tiện).", "WordPress (pasted on a line of its own), CKEditor 5 (media embed)."),
    /// The AMP snippet.
    ModeAmp => ("AMP", "AMP"),
    /// Where the AMP snippet fits.
    ModeAmpFits => ("Trang AMP: thẻ amp-iframe.", "AMP pages: an amp-iframe."),
    /// The script snippet's option: the module asked for as the page opens.
    FirstScreen => ("Đồ họa nằm ở màn hình đầu của bài", "The widget is in the article's first screen"),
    /// Under it.
    FirstScreenHint => ("Mã script: đồ họa được tải ngay khi mở trang, nên hiện sớm hơn trên điện thoại. Chỉ chọn khi đồ họa ở gần đầu bài: bạn đọc nào cũng tải nó, kể cả người không cuộn tới.", "Script: the widget is fetched as the page opens, so it shows sooner on phones. Only for a widget near the top: every reader downloads it, even one who never scrolls to it."),
    /// Where `dist/` is published.
    Base => ("Địa chỉ thư mục dist/ đã đăng", "Address dist/ is published at"),
    /// Under it.
    BaseHint => ("Được nhớ trên máy này.", "Remembered on this computer."),
    /// The snippet's box.
    Snippet => ("Mã nhúng", "Embed code"),
    /// Copies a box.
    Copy => ("Sao chép", "Copy"),
    /// The alt text's box.
    Alt => ("Văn bản thay thế", "Alt text"),
    /// Under it.
    AltHint => ("Cho trình soạn thảo hỏi mô tả của nội dung nhúng.", "For editors that ask for a description of the embed."),
    /// The share card, offered for the article's featured image.
    ShareCard => ("Ảnh đại diện cho bài viết", "Featured image for the article"),
    /// Under it.
    ShareCardHint => ("Ảnh 1.200 × 630 với các số liệu chính, cho ảnh đại diện của bài và khi chia sẻ lên mạng xã hội.", "A 1,200 × 630 picture of the headline figures, for the article's featured image and for social networks."),
    /// Its link.
    ShareCardLink => ("Tải ảnh PNG", "Download the PNG"),
    /// Above the preview.
    Preview => ("Xem trước", "Preview"),
    /// The preview's widths.
    PreviewWidth => ("Khổ xem trước", "Preview width"),
    /// A phone's width.
    WidthPhone => ("Điện thoại (390 px)", "Phone (390 px)"),
    /// The portal's article column.
    WidthArticle => ("Cột bài viết (680 px)", "Article column (680 px)"),
    /// As wide as the preview's column.
    WidthFull => ("Toàn khổ", "Full width"),
}

/// `word` in `lang`.
pub fn word(word: Word, lang: Lang) -> &'static str {
    pick(word_pair(word), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_in_both_languages_and_english_has_no_vietnamese_letters() {
        for &w in Word::ALL {
            let (vi, en) = (word(w, Lang::Vi), word(w, Lang::En));
            assert!(!vi.trim().is_empty() && !en.trim().is_empty(), "{w:?}");
            let vietnamese = en
                .replace("Bạc Liêu", "")
                .replace("Tiếng Việt", "")
                .contains(['ư', 'ơ', 'đ', 'ố', 'ộ', 'ệ', 'ạ']);
            assert!(!vietnamese, "{w:?}: {en}");
        }
    }
}
