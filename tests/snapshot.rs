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
    let layout_height =
        bl_infographic::chart::layout::height(vm.rows.len(), vm.series.len(), scale);
    let height = layout_height as u32;
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
