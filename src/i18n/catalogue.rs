//! Every UI string of the widget, in both languages. Each key is declared once with both of its
//! translations side by side, so a key cannot exist in one language only; `Key::ALL` lets the
//! tests check every entry.

use super::Lang;

/// Declares a catalogue: an enum `$name` of keys, each with its Vietnamese and English text side
/// by side, `$name::ALL`, and `$pair`, a key's two texts. The build-time pages declare theirs
/// the same way (`prerender/words.rs`), so that their words stay out of the module.
macro_rules! catalogue {
    ($(#[$meta:meta])* $name:ident, $pair:ident; $($(#[$doc:meta])* $key:ident => ($vi:expr, $en:expr),)*) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$doc])* $key,)*
        }

        impl $name {
            /// Every key, in declaration order (what the tests check each of).
            #[allow(dead_code)]
            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        fn $pair(key: $name) -> (&'static str, &'static str) {
            match key {
                $($name::$key => ($vi, $en),)*
            }
        }
    };
}

#[cfg(feature = "prerender")]
pub(crate) use catalogue;

/// The one of `(vi, en)` in `lang`.
pub(crate) fn pick((vi, en): (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

catalogue! {
    /// A UI string. Figures' own labels live in the dataset, not here.
    Key, pair;
    /// Title of the outreach chart.
    OutreachChartTitle => ("Lượt tham dự tuyên truyền theo đối tượng", "Attendance at outreach sessions, by audience"),
    /// One line under the outreach chart title.
    OutreachChartSubtitle => ("Số có chữ “trên” là mức tối thiểu bài viết nêu", "Figures marked “over” are the minimum the article gives"),
    /// Series name of the outreach chart.
    Attendances => ("Lượt tham dự", "Attendances"),
    /// Title of the sessions chart.
    SessionsChartTitle => ("Số cuộc tuyên truyền theo đối tượng", "Outreach sessions, by audience"),
    /// Subtitle of the sessions chart.
    SessionsChartSubtitle => ("Số có chữ “gần” là mức tối đa, “trên” là mức tối thiểu bài viết nêu", "“Nearly” figures are the most, “over” figures the least the article gives"),
    /// Series name: number of sessions.
    Sessions => ("Số cuộc", "Sessions"),
    /// Title of the billboards and banners chart.
    MaterialsChartTitle => ("Pano, khẩu hiệu đã lắp đặt", "Billboards and banners put up"),
    /// After a figure whose unit the article does not state.
    UnitUnstated => ("không rõ đơn vị", "unit not stated"),
    /// Title of the safety chart.
    SafetyChartTitle => ("Tỉ lệ đạt chuẩn an toàn về an ninh trật tự", "Share certified safe for security and order"),
    /// One line under the safety chart title.
    SafetyChartSubtitle => ("Kết quả xét công nhận hằng năm; phần nhạt là khoảng bài viết nêu (từ … đến …)", "Yearly certification; the lighter part is the range the article gives (from … to …)"),
    /// Series name of the safety chart.
    Certified => ("Tỉ lệ đạt chuẩn", "Share certified"),
    /// Legend item for the lighter part of a range.
    RangeLegend => ("Khoảng (từ … đến …)", "Range (from … to …)"),
    /// What a screen reader hears of a chart: its title, its series, its rows.
    ChartDescription => ("Biểu đồ thanh «{}»: {} của {}. Mũi tên để xem từng thanh; số liệu đầy đủ ở bảng số liệu bên dưới.", "Bar chart “{}”: {} of {}. Arrow keys step through the bars; the full figures are in the data table below."),
    /// Between the last two of a list.
    And => ("và", "and"),
    /// After the rows a chart description names: how many it leaves out.
    AndMore => ("và {} nhóm khác", "and {} more"),
    /// Qualifier "over" before a number.
    Over => ("trên", "over"),
    /// Qualifier "nearly" before a number.
    Nearly => ("gần", "nearly"),
    /// First word of a range "from … to …".
    From => ("từ", "from"),
    /// Second word of a range "from … to …".
    To => ("đến", "to"),
    /// Title of the forces chart.
    ForcesTitle => ("Lực lượng nòng cốt bảo vệ an ninh trật tự", "Grassroots security forces"),
    /// One-line explanation under the forces title.
    ForcesSubtitle => ("Số đơn vị và số thành viên của sáu loại tổ, ban ở thành phố Bạc Liêu", "Units and members of six kinds of teams and boards in Bạc Liêu city"),
    /// Series name: number of units (teams, boards).
    Units => ("Số đơn vị", "Units"),
    /// Series name: number of members.
    Members => ("Số thành viên", "Members"),
    /// Column header for the kind of team.
    TeamKind => ("Loại tổ, ban", "Kind of team"),
    /// In a chart's place when it cannot be drawn (the reason follows).
    ChartFailed => ("Không vẽ được biểu đồ; số liệu vẫn có ở bảng số liệu", "The chart could not be drawn; the figures are in the data table"),
    /// Prefix of a notice about a bad option attribute.
    BadOption => ("Tùy chọn không hợp lệ", "Invalid option"),
    /// What happens after a bad option.
    BadOptionDefault => ("đang dùng giá trị mặc định", "using the default"),
    /// What the widget did about a section named twice.
    SectionsOnce => ("mỗi mục chỉ hiển thị một lần", "each section is shown once"),
    /// Heading of the notice shown when the dataset cannot be used.
    DataError => ("Không đọc được bộ số liệu", "The dataset could not be read"),
    /// Heading of the notice shown after a crash.
    Crashed => ("Biểu đồ gặp lỗi; dưới đây là số liệu của bài viết.", "The chart failed; here are the article's figures."),
    /// "Source:" before the credit line.
    Source => ("Nguồn", "Source"),
    /// Heading of the headline cards.
    HeadlinesTitle => ("Những con số nổi bật", "Key figures"),
    /// Context of the forces card: total members.
    CardForces => ("tổ, ban tự quản và bảo vệ an ninh trật tự, với {} thành viên", "teams and boards for security and order, with {} members"),
    /// Context of the sessions card.
    CardSessions => ("{} ({}), {} {} (bình quân {} lượt mỗi cuộc)", "{} ({}), {} {} ({} per session on average)"),
    /// Context of the reform-rate card.
    CardReform => ("trong số {} lượt đối tượng tệ nạn xã hội được tiếp nhận, {} lượt đã hoàn lương", "of the {} cases of social evils received, {} were reformed"),
    /// Name of the section control, for screen readers.
    NavLabel => ("Chọn phần", "Sections"),
    /// Section control: the headline cards.
    TabHeadlines => ("Tổng quan", "Overview"),
    /// Section control: the forces.
    TabForces => ("Lực lượng", "Forces"),
    /// Section control: outreach.
    TabOutreach => ("Tuyên truyền", "Outreach"),
    /// Section control: rehabilitation.
    TabRehab => ("Hoàn lương", "Reform"),
    /// Section control: certification.
    TabSafety => ("An toàn", "Safe units"),
    /// Section control: the timeline.
    TabTimeline => ("Mốc thời gian", "Timeline"),
    /// Data table column: the group a figure is about.
    Group => ("Nhóm", "Group"),
    /// Data table column: the figure as stated.
    Figure => ("Số liệu", "Figure"),
    /// Data table column: what is counted.
    What => ("Nội dung", "What is counted"),
    /// The toggle that opens a chart's data table.
    ShowTable => ("Xem bảng số liệu", "Show data table"),
    /// Title of the outreach section.
    SectionOutreach => ("Tuyên truyền, giáo dục pháp luật", "Outreach and legal education"),
    /// Title of the rehabilitation section.
    SectionRehab => ("Giúp đỡ, giáo dục đối tượng tệ nạn xã hội", "Helping people out of social evils"),
    /// Title of the safety section.
    SectionSafety => ("Xây dựng gia đình, khóm, ấp, xã, phường, cơ quan an toàn về an ninh trật tự", "Households, hamlets, communes and agencies certified safe"),
    /// Title of the timeline.
    SectionTimeline => ("Từ Chỉ thị đến sơ kết", "From the directive to the review"),
    /// Derived: attendances per session.
    PerSession => ("bình quân {} lượt mỗi cuộc", "{} attendances per session on average"),
    /// Derived: reform rate.
    ReformRate => ("{} số lượt được tiếp nhận đã hoàn lương (tính từ bài viết)", "{} of the cases received were reformed (computed from the article)"),
    /// Column: members per unit (derived).
    MembersPerUnit => ("Thành viên mỗi đơn vị", "Members per unit"),
    /// Title of the members-per-unit chart.
    PerUnitChartTitle => ("Bình quân thành viên mỗi đơn vị", "Members per unit, on average"),
    /// Row header of totals.
    Total => ("Tổng cộng", "Total"),
    /// Before a figure's note.
    Note => ("Lưu ý", "Note"),
    /// The CSV download button.
    Download => ("Tải số liệu (CSV)", "Download the data (CSV)"),
    /// Under a chart with more rows than it draws: how many it leaves to the table.
    RowsHidden => ("Biểu đồ chỉ vẽ {} hàng đầu; {} hàng còn lại có trong bảng số liệu.", "The chart draws the first {} rows; the other {} are in the data table."),
    /// Under each chart: its picture, with its title and the credit line, as an SVG file.
    DownloadPicture => ("Tải ảnh (SVG)", "Download image (SVG)"),
    /// Under each chart: plays its bars as tones, or stops them.
    Listen => ("Nghe biểu đồ", "Listen"),
    /// The same picture as PNG, at twice its size.
    DownloadPng => ("Tải ảnh (PNG)", "Download image (PNG)"),
    /// The download link for a `data-src` dataset: its own file.
    /// While data-src loads.
    LoadingData => ("Đang tải bộ số liệu…", "Loading the dataset…"),
    /// Heading when data-src fails.
    SrcFailed => ("Không dùng được bộ số liệu data-src", "The data-src dataset could not be used"),
    /// After a data-src failure.
    SrcFallback => ("đang hiển thị số liệu gốc của bài viết", "showing the article's own figures"),
    /// A dataset that is not JSON: line, column, serde's message.
    ErrJson => ("JSON, dòng {}, cột {}: {}", "JSON, line {}, column {}: {}"),
    /// JSON that is not the schema: the field path, line, column, serde's message.
    ErrSchema => ("{} (dòng {}, cột {}): {}", "{} (line {}, column {}): {}"),
    /// After the errors listed: how many more were found.
    ErrMore => ("và {} lỗi khác", "and {} more"),
    /// A text that must be there is empty: the field path.
    ErrEmpty => ("{}: chưa có nội dung", "{}: empty text"),
    /// Two items share an id: the field path, the id.
    ErrDuplicateId => ("{}: mã \"{}\" bị trùng", "{}: duplicate id \"{}\""),
    /// A figure names a missing group: the field path, the group.
    ErrUnknownGroup => ("{}: không có nhóm \"{}\"", "{}: unknown group \"{}\""),
    /// An annotation too long for its line: the field path, the most characters.
    ErrTooLong => ("{}: chú thích dài quá {} ký tự", "{}: an annotation over {} characters"),
    /// A range ending below its start: the field path, its two ends.
    ErrBadRange => ("{}: khoảng {}–{} có số cuối nhỏ hơn số đầu", "{}: range {}–{} ends below its start"),
    /// A percentage over 100: the field path, the value.
    ErrPercentOver100 => ("{}: {}% vượt quá 100%", "{}: {}% is over 100%"),
    /// A count above 10^12: the field path, the value.
    ErrTooLarge => ("{}: {} lớn hơn mức cho phép (10^12)", "{}: {} is above the limit (10^12)"),
    /// A date not written YYYY-MM-DD: the field path, the value.
    ErrBadDate => ("{}: \"{}\" không phải ngày dạng YYYY-MM-DD", "{}: \"{}\" is not a date YYYY-MM-DD"),
    /// Events not oldest first: the field path.
    ErrEventOrder => ("{}: các sự kiện phải xếp từ cũ đến mới", "{}: events must be listed oldest first"),
    /// A forces group lacks a figure: the group's path, the measure.
    ErrMissing => ("{}: thiếu số liệu {}", "{}: no {} figure"),
    /// data-src gave no answer in time: the seconds waited.
    ErrTimeout => ("không có phản hồi sau {} giây", "no answer within {} s"),
    /// data-src request failed (network, CORS, bad URL): the browser's message.
    ErrNetwork => ("không tải được: {}", "request failed: {}"),
    /// data-src names an address the portal does not allow: the widget fetched nothing.
    ErrRefused => ("không tải: chỉ cổng thông tin mới chọn được nguồn số liệu", "not fetched: only the portal chooses where the data comes from"),
    /// Footnote on derived figures.
    Derived => ("Số liệu tính từ bài viết, làm tròn đến một chữ số thập phân.", "Computed from the article's figures, rounded to one decimal place."),
}

/// The text of `key` in `lang`.
pub fn text(key: Key, lang: Lang) -> &'static str {
    pick(pair(key), lang)
}

/// Fills the `{}` slots of a catalogue template in order (a slot past the last argument stays
/// empty); any other brace is text.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter().copied();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.next_if_eq(&'}').is_some() => out.push_str(args.next().unwrap_or("")),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_in_order() {
        assert_eq!(fill("{} của {}", &["571", "956"]), "571 của 956");
        assert_eq!(fill("no slot", &["x"]), "no slot");
        assert_eq!(fill("{} và {}", &["571"]), "571 và ");
        assert_eq!(
            fill("{x} {a{}b} }{", &["1"]),
            "{x} {a1b} }{",
            "a brace that is not a slot is text"
        );
    }

    #[test]
    fn every_key_has_text_in_both_languages() {
        assert!(Key::ALL.len() > 30);
        for &key in Key::ALL {
            let (vi, en) = (text(key, Lang::Vi), text(key, Lang::En));
            assert!(!vi.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
            // English text carries no Vietnamese letters, place names aside.
            let vietnamese = en
                .replace("Bạc Liêu", "")
                .contains(['ư', 'ơ', 'đ', 'ố', 'ộ', 'ệ', 'ạ']);
            assert!(!vietnamese, "{key:?}: {en}");
        }
    }

    #[test]
    fn templates_have_the_same_slots_in_both_languages() {
        for &key in Key::ALL {
            let (vi, en) = (text(key, Lang::Vi), text(key, Lang::En));
            assert_eq!(
                vi.matches("{}").count(),
                en.matches("{}").count(),
                "{key:?}"
            );
            assert!(!vi.is_empty() && !en.is_empty());
        }
    }
}
