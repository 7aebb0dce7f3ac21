//! Tests of `layout.rs`, beside it so that the module reads on its own.

use super::*;

fn article() -> Vec<Vec<(u64, u64, bool)>> {
    [
        (11, 200),
        (18, 99),
        (817, 1157),
        (17, 85),
        (405, 405),
        (7, 42),
    ]
    .iter()
    .map(|&(u, m)| vec![(u, u, false), (m, m, false)])
    .collect()
}

#[test]
fn height_depends_on_rows_bars_and_ratio_only() {
    assert_eq!(height(6, 2, 0, 1.0), 4.0 + 6.0 * 64.0 + 22.0);
    assert_eq!(height(4, 1, 0, 1.0), 4.0 + 4.0 * 46.0 + 22.0);
    assert_eq!(height(6, 2, 0, 2.0), 2.0 * height(6, 2, 0, 1.0));
    assert_eq!(
        bars(&article(), 360.0, 1.0, false, 10).height,
        height(6, 2, 0, 1.0)
    );
}

#[test]
fn bars_are_proportional_and_leave_room_for_labels() {
    let l = bars(&article(), 400.0, 1.0, false, 10);
    // 400 wide: bars from 8 to 312; the longest (1.157) reaches the end; ticks every 500.
    assert_eq!(
        l.ticks.iter().map(|t| t.1).collect::<Vec<_>>(),
        [0.0, 500.0, 1000.0]
    );
    let longest = l.rows[2].bars[1].whole;
    assert!((longest.x1 - 312.0).abs() < 1e-9);
    let rental = l.rows[4].bars[0].whole;
    assert!((rental.x1 - (8.0 + 304.0 * 405.0 / 1157.0)).abs() < 1e-9);
    assert!(longest.x1 + 80.0 <= 400.0);
    // A long label ("từ 98% đến 100%", 15 characters) gets more room than the least.
    let wide = bars(&article(), 400.0, 1.0, false, 15).rows[2].bars[1].whole;
    assert!(wide.x1 < longest.x1 && wide.x1 + 4.0 + 15.0 * 6.6 <= 392.0);
    // Rental teams: 405 units and 405 members give equal bars.
    assert_eq!(l.rows[4].bars[0].whole.x1, l.rows[4].bars[1].whole.x1);
}

#[test]
fn a_range_is_solid_to_its_start_and_extends_to_its_end_on_a_percent_axis() {
    let l = bars(
        &[vec![(95, 97, false)], vec![(94, 94, false)]],
        416.0,
        1.0,
        true,
        3,
    );
    assert_eq!(l.ticks.last().map(|t| t.1), Some(100.0));
    let b = l.rows[0].bars[0];
    assert!((b.solid.x1 - (8.0 + 3.2 * 95.0)).abs() < 1e-9);
    assert!((b.whole.x1 - (8.0 + 3.2 * 97.0)).abs() < 1e-9);
    assert_eq!(l.rows[1].bars[0].solid, l.rows[1].bars[0].whole);
}

#[test]
fn rows_do_not_overlap_and_scale_with_ratio() {
    let l1 = bars(&article(), 320.0, 1.0, false, 10);
    for w in l1.rows.windows(2) {
        assert!(w[0].bars[1].whole.y1 < w[1].label_at.1);
    }
    let l3 = bars(&article(), 960.0, 3.0, false, 10);
    assert_eq!(
        l3.rows[5].bars[0].whole.y0,
        3.0 * l1.rows[5].bars[0].whole.y0
    );
}

#[test]
fn hit_map_finds_the_bar_under_a_pixel() {
    let l = bars(&article(), 400.0, 2.0, false, 10);
    let r = l.rows[3].bars[1].whole;
    let hit = l.hit_map().hit((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
    assert_eq!(hit, Some(Hit { row: 3, series: 1 }));
}

#[test]
fn the_bands_tile_the_rows_from_the_top_to_the_axis_across_the_chart() {
    let l = bars(&article(), 400.0, 2.0, false, 10);
    let bands = l.hit_map().bands;
    assert_eq!(bands.len(), 6);
    assert_eq!(bands[0].y0, 0.0);
    for pair in bands.windows(2) {
        assert_eq!(pair[0].y1, pair[1].y0, "no gap and no overlap between rows");
    }
    assert_eq!(bands[5].y1, l.axis_y, "the last band ends at the axis");
    for (band, row) in bands.iter().zip(&l.rows) {
        assert_eq!((band.x0, band.x1), (0.0, 400.0));
        assert!(band.y0 < row.label_at.1 && row.bars[1].whole.y1 < band.y1);
    }
}

#[test]
fn a_bar_of_zero_still_shows_one_pixel_past_the_axis() {
    let l = bars(
        &[vec![(0, 0, false)], vec![(50, 50, false)]],
        400.0,
        2.0,
        false,
        4,
    );
    let zero = l.rows[0].bars[0].whole;
    assert_eq!(zero.x1, zero.x0 + 1.0);
    assert!(l.rows[1].bars[0].whole.x1 > zero.x1 + 100.0);
}

#[test]
fn a_note_gets_a_line_under_its_bar_and_its_row_band_covers_it() {
    let mut rows = article();
    rows[2][0].2 = true;
    let (plain, noted) = (
        bars(&article(), 400.0, 2.0, false, 10),
        bars(&rows, 400.0, 2.0, false, 10),
    );
    assert_eq!(noted.height, plain.height + 2.0 * 18.0);
    assert_eq!(noted.height, height(6, 2, 1, 2.0));
    let (units, members) = (noted.rows[2].bars[0], noted.rows[2].bars[1]);
    let y = units.note_y.expect("a note under the units' bar");
    // Between the bar and the next bar of its row, with room for its line.
    assert!(units.whole.y1 < y - noted.note_half() + 1.0);
    assert!(y + noted.note_half() <= members.whole.y0);
    assert_eq!(members.note_y, None);
    // The rows below move down by the note's line; those above do not.
    assert_eq!(noted.rows[1], plain.rows[1]);
    assert_eq!(noted.rows[3].label_at.1, plain.rows[3].label_at.1 + 36.0);
    let bands = noted.hit_map().bands;
    assert!(bands[2].y0 < y && y < bands[2].y1);
    assert_eq!(bands[5].y1, noted.axis_y);
}
