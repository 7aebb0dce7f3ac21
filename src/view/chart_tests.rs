//! The charts' view models on the article's dataset: rows, qualifiers, ranges.

use super::*;
use crate::data::default_dataset;

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
