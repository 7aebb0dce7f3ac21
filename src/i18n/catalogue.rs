//! Every UI string of the widget, in both languages. One `match` holds both translations of a
//! key side by side, so a key cannot exist in one language only: the compiler checks it.

use super::Lang;

/// A UI string. Figures' own labels live in the dataset, not here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Qualifier "over" before a number.
    Over,
    /// Qualifier "nearly" before a number.
    Nearly,
    /// First word of a range "from … to …".
    From,
    /// Second word of a range "from … to …".
    To,
    /// Title of the forces chart.
    ForcesTitle,
    /// One-line explanation under the forces title.
    ForcesSubtitle,
    /// Series name: number of units (teams, boards).
    Units,
    /// Series name: number of members.
    Members,
    /// Column header for the kind of team.
    TeamKind,
    /// Accessible description of the chart canvas.
    ChartCanvasLabel,
    /// Prefix of a notice about a bad option attribute.
    BadOption,
    /// What happens after a bad option.
    BadOptionDefault,
    /// Heading of the notice shown when the dataset cannot be used.
    DataError,
    /// Heading of the notice shown after a crash.
    Crashed,
    /// "Source:" before the credit line.
    Source,
    /// Name of the portal, in the credit line.
    Portal,
    /// Heading of the headline cards.
    HeadlinesTitle,
    /// Context of the forces card: total members.
    CardForces,
    /// Context of the sessions card.
    CardSessions,
    /// Context of the reform-rate card.
    CardReform,
    /// Context of the safety card.
    CardSafety,
    /// Title of the outreach section.
    SectionOutreach,
    /// Title of the rehabilitation section.
    SectionRehab,
    /// Title of the safety section.
    SectionSafety,
    /// Title of the timeline.
    SectionTimeline,
    /// Derived: attendances per session.
    PerSession,
    /// Derived: reform rate.
    ReformRate,
    /// Column: members per unit (derived).
    MembersPerUnit,
    /// Row header of totals.
    Total,
    /// Before a figure's note.
    Note,
    /// The CSV download button.
    Download,
    /// While data-src loads.
    LoadingData,
    /// Heading when data-src fails.
    SrcFailed,
    /// After a data-src failure.
    SrcFallback,
    /// data-src took too long.
    Timeout,
    /// Footnote on derived figures.
    Derived,
}

/// The text of `key` in `lang`.
pub fn text(key: Key, lang: Lang) -> &'static str {
    let (vi, en) = match key {
        Key::Over => ("trên", "over"),
        Key::Nearly => ("gần", "nearly"),
        Key::From => ("từ", "from"),
        Key::To => ("đến", "to"),
        Key::ForcesTitle => (
            "Lực lượng nòng cốt bảo vệ an ninh trật tự",
            "Grassroots security forces",
        ),
        Key::ForcesSubtitle => (
            "Số đơn vị và số thành viên của sáu loại tổ, ban ở thành phố Bạc Liêu",
            "Units and members of six kinds of teams and boards in Bạc Liêu city",
        ),
        Key::Units => ("Số đơn vị", "Units"),
        Key::Members => ("Số thành viên", "Members"),
        Key::TeamKind => ("Loại tổ, ban", "Kind of team"),
        Key::ChartCanvasLabel => (
            "Biểu đồ thanh: số đơn vị và số thành viên theo loại tổ, ban. Số liệu đầy đủ ở bảng bên dưới.",
            "Bar chart: units and members by kind of team. The full figures are in the table below.",
        ),
        Key::BadOption => ("Tùy chọn không hợp lệ", "Invalid option"),
        Key::BadOptionDefault => ("đang dùng giá trị mặc định", "using the default"),
        Key::DataError => ("Không đọc được bộ số liệu", "The dataset could not be read"),
        Key::Crashed => (
            "Biểu đồ gặp lỗi; dưới đây là số liệu của bài viết.",
            "The chart failed; here are the article's figures.",
        ),
        Key::Source => ("Nguồn", "Source"),
        Key::Portal => (
            "Cổng thông tin điện tử thành phố Bạc Liêu",
            "Bạc Liêu city web portal",
        ),
        Key::HeadlinesTitle => ("Những con số nổi bật", "Key figures"),
        Key::CardForces => ("tổ, ban tự quản và bảo vệ an ninh trật tự, với {} thành viên", "teams and boards for security and order, with {} members"),
        Key::CardSessions => ("cuộc tuyên truyền tại địa bàn dân cư, {} lượt người tham dự (bình quân {} lượt mỗi cuộc)", "outreach sessions in residential areas, {} attendances ({} per session on average)"),
        Key::CardReform => ("trong số {} lượt đối tượng tệ nạn xã hội được tiếp nhận, {} lượt đã hoàn lương", "of the {} cases of social evils received, {} were reformed"),
        Key::CardSafety => ("hộ gia đình được công nhận đạt chuẩn an toàn về an ninh trật tự mỗi năm", "of households certified safe for security and order each year"),
        Key::SectionOutreach => ("Tuyên truyền, giáo dục pháp luật", "Outreach and legal education"),
        Key::SectionRehab => ("Giúp đỡ, giáo dục đối tượng tệ nạn xã hội", "Helping people out of social evils"),
        Key::SectionSafety => ("Xây dựng gia đình, khóm, ấp, xã, phường, cơ quan an toàn về an ninh trật tự", "Households, hamlets, communes and agencies certified safe"),
        Key::SectionTimeline => ("Từ Chỉ thị đến sơ kết", "From the directive to the review"),
        Key::PerSession => ("bình quân {} lượt mỗi cuộc", "{} attendances per session on average"),
        Key::ReformRate => ("{} số lượt được tiếp nhận đã hoàn lương", "{} of the cases received were reformed"),
        Key::MembersPerUnit => ("Thành viên mỗi đơn vị", "Members per unit"),
        Key::Total => ("Tổng cộng", "Total"),
        Key::Note => ("Lưu ý", "Note"),
        Key::Download => ("Tải số liệu (CSV)", "Download the data (CSV)"),
        Key::LoadingData => ("Đang tải bộ số liệu…", "Loading the dataset…"),
        Key::SrcFailed => ("Không dùng được bộ số liệu data-src", "The data-src dataset could not be used"),
        Key::SrcFallback => ("đang hiển thị số liệu gốc của bài viết", "showing the article's own figures"),
        Key::Timeout => ("hết thời gian chờ", "timed out"),
        Key::Derived => ("Số liệu tính từ bài viết, làm tròn đến một chữ số thập phân.", "Computed from the article's figures, rounded to one decimal place."),
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// Fills the `{}` slots of a catalogue template in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut parts = template.split("{}");
    out.push_str(parts.next().unwrap_or(""));
    for (part, arg) in parts.zip(args.iter().chain(std::iter::repeat(&""))) {
        out.push_str(arg);
        out.push_str(part);
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
    }

    #[test]
    fn templates_have_the_same_slots_in_both_languages() {
        for key in [
            Key::CardForces,
            Key::CardSessions,
            Key::CardReform,
            Key::PerSession,
            Key::ReformRate,
        ] {
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
