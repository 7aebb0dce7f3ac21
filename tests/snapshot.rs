//! The forces chart drawn by the same function as in the browser, on plotters' SVG backend, and
//! compared with the checked-in snapshot. After an intended change of the picture, run
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshot` and review the SVG diff like code.

use std::path::Path;

use bl_infographic::chart::{draw_bars, Palette};
use bl_infographic::data::default_dataset;
use bl_infographic::i18n::Lang;
use bl_infographic::view::{ChartVm, ForcesVm, Views};
use plotters::prelude::{IntoDrawingArea, SVGBackend};

fn render(lang: Lang, width: u32, scale: f64) -> String {
    let vm = ForcesVm::new(&default_dataset().expect("valid dataset"), lang).chart();
    draw(&vm, width, scale)
}

fn draw(vm: &ChartVm, width: u32, scale: f64) -> String {
    draw_in(vm, width, scale, &Palette::LIGHT)
}

fn draw_in(vm: &ChartVm, width: u32, scale: f64, palette: &Palette) -> String {
    let height = bl_infographic::chart::plot_height(vm, scale) as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw_bars(&area, vm, palette, scale).expect("draws");
        area.present().expect("presents");
    }
    svg
}

fn check(name: &str, svg: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, svg).expect("write snapshot");
    }
    let expected =
        std::fs::read_to_string(&path).expect("snapshot exists (UPDATE_SNAPSHOTS=1 makes it)");
    assert!(
        svg == expected,
        "{name} differs from the snapshot; rerun with UPDATE_SNAPSHOTS=1 if intended"
    );
}

#[test]
fn every_chart_at_phone_and_desktop_widths_in_both_themes_matches_its_snapshot() {
    let v = Views::new(&default_dataset().expect("valid"), Lang::Vi);
    for vm in v.charts() {
        for width in [360, 720] {
            for (theme, palette) in [("light", Palette::LIGHT), ("dark", Palette::DARK)] {
                let svg = draw_in(vm, width, 1.0, &palette);
                check(&format!("{}-vi-{width}-{theme}.svg", vm.id), &svg);
            }
        }
    }
}

#[test]
fn forces_chart_in_english_matches_its_snapshot() {
    check("forces-en-640.svg", &render(Lang::En, 640, 1.0));
}

#[test]
fn safety_chart_draws_ranges_and_an_unstated_unit() {
    let vm = ChartVm::safety(&default_dataset().expect("valid"), Lang::Vi);
    let svg = draw(&vm, 360, 1.0);
    // (Its picture is snapshotted with every chart's, above, as safety-vi-360-light.svg.)
    // Four rows: two ranges (solid + lighter part), 94%, and "trên 90" written without a bar.
    assert_eq!(svg.matches("<rect").count(), 1 + 2 * 2 + 1);
    assert!(svg.contains("opacity=\"0.4\""));
    for text in [
        "\ntừ 95% đến 97%\n",
        "\n94%\n",
        "\ntrên 90 (không rõ đơn vị)\n",
        "\n100%\n",
    ] {
        assert!(svg.contains(text), "{text} missing");
    }
}

/// The number after `name="` in `element`.
fn attr(element: &str, name: &str) -> f64 {
    let value = element.split(&format!(" {name}=\"")).nth(1).expect(name);
    value
        .split('"')
        .next()
        .and_then(|v| v.parse().ok())
        .expect(name)
}

/// The points of every polyline of `svg` drawn in `stroke`.
fn polylines(svg: &str, stroke: &str) -> Vec<Vec<(f64, f64)>> {
    let lines = svg
        .lines()
        .filter(|l| l.starts_with("<polyline") && l.contains(stroke));
    let points = lines.map(|l| l.split("points=\"").nth(1).expect("points").to_string());
    points
        .map(|p| {
            let xy = p.split_whitespace().filter_map(|xy| xy.split_once(','));
            xy.filter_map(|(x, y)| Some((x.parse().ok()?, y.trim_end_matches('"').parse().ok()?)))
                .collect()
        })
        .collect()
}

/// Where `svg` writes `text`: the opening tag of its `<text>` element.
fn text_at<'a>(svg: &'a str, text: &str) -> &'a str {
    let (before, _) = svg.split_once(&format!(">\n{text}\n</text>")).expect(text);
    before.rsplit("<text").next().expect("a text element")
}

#[test]
fn a_note_is_drawn_beside_its_mark_with_a_leader_line_at_phone_and_desktop_widths() {
    let vm = ChartVm::safety(&default_dataset().expect("valid"), Lang::Vi);
    let muted = "#4A5568";
    for width in [360, 720] {
        let svg = draw(&vm, width, 1.0);
        let leaders = polylines(&svg, muted);
        assert_eq!(leaders.len(), 2, "{width}: one leader per note");
        // The households' range, from 8 to its end; the communes' figure, written from 8.
        for (row, note, (mark_from, mark_to)) in [
            (
                0,
                "Mỗi năm một kết quả, trong khoảng này",
                (8.0, f64::from(width)),
            ),
            (2, "Không rõ đơn vị nên không vẽ thanh", (8.0, 16.0)),
        ] {
            let tag = text_at(&svg, note);
            let (x, y) = (attr(tag, "x"), attr(tag, "y"));
            let leader = leaders
                .iter()
                .find(|l| {
                    l.last()
                        .is_some_and(|end| end.1 == y && (end.0 - x).abs() <= 4.0)
                })
                .unwrap_or_else(|| panic!("{width}: no leader ends at “{note}”"));
            let [top, corner, _] = leader[..] else {
                panic!("{width}: a leader of three points: {leader:?}")
            };
            assert_eq!(top.0, corner.0, "{width}: it runs down from the mark");
            assert!(top.1 < corner.1, "{width}: from above the note");
            assert!(
                (mark_from..=mark_to).contains(&top.0),
                "{width}: under its mark, {top:?}"
            );
            // Under its own row's figure, above the next row's label.
            let figure = text_at(&svg, &vm.rows[row].bars[0].label);
            let next = text_at(&svg, &vm.rows[row + 1].label);
            assert!(
                attr(figure, "y") < top.1 && y < attr(next, "y"),
                "{width}: {note}"
            );
        }
    }
}

#[test]
fn the_svg_carries_every_label_with_its_qualifier_and_what_it_counts() {
    let svg = render(Lang::Vi, 360, 1.0);
    for text in [
        "Ban chỉ đạo 138",
        "\n11 Ban chỉ đạo\n",
        "\ntrên 200 thành viên\n",
        "\n1.157 thành viên\n",
        "\n405 tổ\n",
        "\n7 tổ\n",
        "\n42 thành viên\n",
    ] {
        assert!(svg.contains(text), "{text} missing from the SVG");
    }
    // Six rows × two bars, plus the background.
    assert_eq!(svg.matches("<rect").count(), 13);
}

#[test]
fn pixel_ratio_scales_the_drawing() {
    let font_sizes = |svg: &str| -> Vec<f64> {
        svg.split("font-size=\"")
            .skip(1)
            .map(|s| {
                s.split('"')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("a number")
            })
            .collect()
    };
    let one = font_sizes(&render(Lang::Vi, 360, 1.0));
    let two = font_sizes(&render(Lang::Vi, 720, 2.0));
    assert_eq!(one.len(), two.len());
    for (a, b) in one.iter().zip(&two) {
        assert!((b - 2.0 * a).abs() < 1e-9, "{b} is not twice {a}");
    }
}

/// The pictures to download (title, legend, chart, credit line), as the build writes them:
/// their own layout arithmetic is locked here as the charts' is above.
#[cfg(feature = "prerender")]
#[test]
fn every_chart_picture_matches_its_snapshot() {
    use bl_infographic::chart::chart_picture;
    let data = default_dataset().expect("valid");
    let v = Views::new(&data, Lang::Vi);
    let credit = v.credit.text();
    for vm in v.charts() {
        let svg = chart_picture(vm, &Palette::LIGHT, &credit).expect("draws");
        assert!(svg.contains("M. Nương"), "{}: the credit line", vm.id);
        check(&format!("picture-{}-vi.svg", vm.id), &svg);
    }
}
