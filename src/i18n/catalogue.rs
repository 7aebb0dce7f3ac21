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
    };
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}
