//! The charts' view models on the article's dataset: rows, qualifiers, ranges.

use super::*;
use crate::data::{default_dataset, Measure};

#[test]
fn outreach_compares_attendance_by_audience_with_qualifiers() {
    let vm = ChartVm::outreach(&default_dataset().expect("valid"), Lang::Vi);
    let rows: Vec<_> = vm
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.bars[0].text.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Hộ gia đình", "trên 25.000"),
            ("Học sinh tiểu học, trung học", "trên 24.000"),
            ("Địa bàn dân cư", "101.662")
        ]
    );
    assert!(!vm.percent && !vm.has_range());
}

#[test]
fn sessions_and_billboards_have_charts_of_their_own() {
    let data = default_dataset().expect("valid");
    let sessions = ChartVm::sessions(&data, Lang::Vi);
    let texts: Vec<_> = sessions
        .rows
        .iter()
        .map(|r| r.bars[0].text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["gần 1.000", "2.669"],
        "the article gives no sessions for pupils"
    );
    let materials = ChartVm::materials(&data, Lang::En);
    let rows: Vec<_> = materials
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.bars[0].text.as_str()))
        .collect();
    assert_eq!(rows, [("Billboards", "65"), ("Banners", "186")]);
}

#[test]
fn ranges_have_a_solid_and_a_light_part_and_unstated_units_no_bar() {
    let vm = ChartVm::safety(&default_dataset().expect("valid"), Lang::Vi);
    let bars: Vec<_> = vm
        .rows
        .iter()
        .map(|r| (r.bars[0].low, r.bars[0].high, r.bars[0].drawn))
        .collect();
    assert_eq!(
        bars,
        [
            (95, 97, true),
            (94, 94, true),
            (90, 90, false),
            (98, 100, true)
        ]
    );
    assert_eq!(vm.rows[0].bars[0].text, "từ 95% đến 97%");
    assert_eq!(vm.rows[2].bars[0].text, "trên 90 (không rõ đơn vị)");
    assert!(vm.percent && vm.has_range());
}

#[test]
fn a_chart_is_described_from_what_it_shows_not_from_the_article() {
    let data = default_dataset().expect("valid");
    let vm = ChartVm::outreach(&data, Lang::Vi);
    assert_eq!(
        vm.canvas_label(),
        "Biểu đồ thanh «Lượt tham dự tuyên truyền theo đối tượng»: Lượt tham dự của Hộ gia đình; \
         Học sinh tiểu học, trung học; Địa bàn dân cư. Mũi tên để xem từng thanh; số liệu đầy đủ \
         ở bảng số liệu bên dưới."
    );
    // Another dataset's groups, many of them: named as they are, the first few, then how many.
    let mut other = data.clone();
    for (i, g) in other.groups.iter_mut().enumerate() {
        g.label.en = format!("Ward {i}");
    }
    let outreach = other
        .groups
        .iter()
        .filter(|g| g.section == crate::data::Section::Outreach);
    let ids: Vec<String> = outreach.map(|g| g.id.clone()).collect();
    let template = other
        .figures
        .iter()
        .find(|f| f.measure == Measure::Sessions);
    let template = template.expect("a sessions figure").clone();
    for n in 0..20 {
        let mut f = template.clone();
        f.id = format!("extra{n}.sessions");
        f.group = format!("extra{n}");
        other.groups.push(crate::data::Group {
            id: f.group.clone(),
            section: crate::data::Section::Outreach,
            label: crate::data::Text {
                vi: format!("Phường {n}"),
                en: format!("Ward extra {n}"),
            },
        });
        other.figures.push(f);
    }
    let other = other.indexed();
    let label = ChartVm::sessions(&other, Lang::En).canvas_label();
    assert!(!label.contains("households"), "{label}");
    let named = ids
        .iter()
        .filter(|id| other.figure(id, Measure::Sessions).is_some())
        .count();
    assert!(label.contains("Ward extra 0; Ward extra 1;"), "{label}");
    let more = named + 20 - DESCRIBED_ROWS;
    assert!(
        label.contains(&format!("; and {more} more. Arrow keys")),
        "{label}"
    );
}

#[test]
fn a_capped_chart_says_how_many_rows_it_leaves_to_the_table() {
    let data = default_dataset().expect("valid");
    let vm = ChartVm::safety(&data, Lang::Vi);
    assert_eq!(vm.clone().capped().hidden_note(), None, "4 rows: all drawn");
    let mut many = vm.clone();
    many.rows = std::iter::repeat_n(vm.rows[0].clone(), MAX_ROWS + 1234).collect();
    let capped = many.capped();
    let note = capped.hidden_note().expect("rows left out");
    assert!(note.contains("30") && note.contains("1.234"), "{note}");
    // Its description names 8 rows, then counts the 22 more drawn and the 1.234 left out.
    let label = capped.canvas_label();
    assert!(label.contains("và 1.256 nhóm khác"), "{label}");
}

#[test]
fn a_tooltip_line_names_its_series_and_the_figure_as_stated() {
    let data = default_dataset().expect("valid");
    let forces = crate::view::ForcesVm::new(&data, Lang::Vi).chart();
    assert_eq!(
        forces.bar_line(0, 1).as_deref(),
        Some("Số thành viên: trên 200")
    );
    assert_eq!(forces.bar_line(0, 2), None, "two series");
    assert_eq!(forces.bar_line(99, 0), None);
}

#[test]
fn a_note_goes_with_its_bar_into_the_tooltip_and_the_description() {
    let data = default_dataset().expect("valid");
    let vm = ChartVm::safety(&data, Lang::Vi);
    let notes: Vec<Option<&str>> = vm.rows.iter().map(|r| r.bars[0].note.as_deref()).collect();
    assert_eq!(
        notes,
        [
            Some("Mỗi năm một kết quả, trong khoảng này"),
            None,
            Some("Không rõ đơn vị nên không vẽ thanh"),
            None
        ]
    );
    assert_eq!(
        vm.bar_line(2, 0).as_deref(),
        Some("Tỉ lệ đạt chuẩn: trên 90 (không rõ đơn vị) — Không rõ đơn vị nên không vẽ thanh")
    );
    assert_eq!(vm.bar_line(1, 0).as_deref(), Some("Tỉ lệ đạt chuẩn: 94%"));
    let label = vm.canvas_label();
    let notes = concat!(
        " bên dưới. Hộ gia đình: Mỗi năm một kết quả, trong khoảng này.",
        " Xã, phường: Không rõ đơn vị nên không vẽ thanh."
    );
    assert!(label.ends_with(notes), "{label}");
    let en = ChartVm::safety(&data, Lang::En);
    assert_eq!(
        en.rows[2].bars[0].note.as_deref(),
        Some("Unit not stated, so no bar is drawn")
    );
    // A chart without notes is described as before.
    assert!(ChartVm::outreach(&data, Lang::Vi)
        .canvas_label()
        .ends_with(" bên dưới."));
}
