//! Charts as SVG files, at build time: the plot of the prerendered page (shown by
//! `components::chart_mark` as an image in the canvas's box, so the live canvas takes exactly
//! its place) and the pictures to download; drawn by the same `draw_bars` as the canvas, on
//! plotters' SVG backend.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{Rectangle, Text};
use plotters::prelude::{DrawingBackend, IntoDrawingArea, SVGBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, TextStyle};

use super::{draw_bars, plot_height, DrawError, Palette, STATIC_WIDTH};
use crate::view::ChartVm;

/// Draws `vm` on plotters' SVG backend as a file of its own, [`STATIC_WIDTH`] wide at the
/// canvas's CSS height (`plot_height`): the prerendered page's plot. Shown in a box of the
/// page's width, it is scaled down to a narrower one and laid out from the left in a wider
/// one, as the canvas lays out the chart (`preserveAspectRatio`, which plotters leaves out).
pub fn chart_svg(vm: &ChartVm, palette: &Palette) -> Result<String, DrawError> {
    let height = plot_height(vm, 1.0) as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (STATIC_WIDTH, height)).into_drawing_area();
        draw_bars(&area, vm, palette, 1.0)?;
        area.present()?;
    }
    let fit = "<svg preserveAspectRatio=\"xMinYMin meet\" ";
    match svg.starts_with("<svg ") {
        true => Ok(svg.replacen("<svg ", fit, 1)),
        false => Err(DrawError("unexpected SVG from plotters".into())),
    }
}

/// The width of a chart picture for download, in pixels.
pub const PICTURE_WIDTH: u32 = 720;

/// `text` cut at spaces into lines of at most `width` characters.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Draws `lines` one under the other, the first's top left at `(x, y)`, `step` px apart.
pub(super) fn draw_lines<'a, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    lines: impl IntoIterator<Item = &'a String>,
    (x, y): (i32, i32),
    step: i32,
    style: TextStyle,
) -> Result<(), DrawError> {
    for (i, line) in lines.into_iter().enumerate() {
        let at = (x, y + step * i as i32);
        area.draw(&Text::new(line.as_str(), at, style.clone()))?;
    }
    Ok(())
}

/// Text in the picture: `size` px of the page's font, from its top left.
pub(super) fn words(size: f64, color: RGBColor, bold: bool) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(
        FontFamily::Name("system-ui, Arial, sans-serif"),
        size,
        style,
    )
    .color(&color)
    .pos(Pos::new(HPos::Left, VPos::Top))
}

/// The chart `vm` as a picture a reader can download and reuse: a standalone SVG file with the
/// chart's title and legend above and `credit` (the article, portal, date and author) below,
/// all drawn with plotters, the chart by the same `draw_bars` as the canvas.
pub fn chart_picture(vm: &ChartVm, palette: &Palette, credit: &str) -> Result<String, DrawError> {
    let chart_height = plot_height(vm, 1.0) as u32;
    let credit = wrap(credit, 110);
    let top = 64;
    let height = top + chart_height + 12 + 16 * credit.len() as u32;
    let mut svg = String::new();
    {
        let size = (PICTURE_WIDTH, height);
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        area.fill(&palette.background)?;
        let (head, rest) = area.split_vertically(top);
        let (chart, foot) = rest.split_vertically(chart_height);
        head.draw(&Text::new(
            vm.title.as_str(),
            (8, 12),
            words(17.0, palette.text, true),
        ))?;
        // The legend: a swatch and the name of each series, as on the page.
        let range = vm.range_legend();
        let keys = vm.series.iter().map(String::as_str);
        let keys = keys.zip(palette.series.iter().map(|c| c.mix(1.0)));
        let light = range.map(|r| (r, palette.series[0].mix(0.4)));
        let mut x = 8;
        for (name, color) in keys.chain(light) {
            head.draw(&Rectangle::new([(x, 38), (x + 11, 49)], color.filled()))?;
            head.draw(&Text::new(
                name,
                (x + 16, 37),
                words(12.0, palette.text, false),
            ))?;
            x += 16 + 7 * name.chars().count() as i32 + 20;
        }
        draw_bars(&chart, vm, palette, 1.0)?;
        draw_lines(
            &foot,
            &credit,
            (8, 12),
            16,
            words(12.0, palette.muted, false),
        )?;
        area.present()?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;
    use crate::i18n::Lang;
    use crate::view::ForcesVm;

    #[test]
    fn the_plot_is_a_file_of_the_static_width_at_the_canvas_height_with_its_values() {
        let vm = ForcesVm::new(&default_dataset().expect("valid"), Lang::Vi).chart();
        let svg = chart_svg(&vm, &Palette::LIGHT).expect("draws");
        let height = plot_height(&vm, 1.0) as u32;
        let open = svg
            .split_once('>')
            .map(|(open, _)| open)
            .expect("an element");
        assert!(
            open.starts_with("<svg preserveAspectRatio=\"xMinYMin meet\" "),
            "{open}"
        );
        assert!(open.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(
            open.contains(&format!("viewBox=\"0 0 {STATIC_WIDTH} {height}\"")),
            "{open}"
        );
        assert!(svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("1.157"), "bar values are drawn");
    }

    #[test]
    fn the_picture_escapes_its_texts_once() {
        let mut vm = ForcesVm::new(&default_dataset().expect("valid"), Lang::Vi).chart();
        vm.title = "A & B <C>".into();
        let svg = chart_picture(&vm, &Palette::LIGHT, "x").expect("draws");
        assert!(svg.contains("A &amp; B &lt;C&gt;"), "{svg}");
    }

    #[test]
    fn the_picture_has_the_title_the_chart_and_the_credit() {
        let vm = ForcesVm::new(&default_dataset().expect("valid"), Lang::Vi).chart();
        let credit = "Nguồn: Sơ kết 05 năm thực hiện Chỉ thị số 09 của Ban Bí thư (khóa XI) về “Tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”, Cổng thông tin điện tử thành phố Bạc Liêu, 29/05/2017, M. Nương.";
        let svg = chart_picture(&vm, &Palette::LIGHT, credit).expect("draws");
        assert!(svg.starts_with("<svg width=\"720\""));
        assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(">\nLực lượng nòng cốt bảo vệ an ninh trật tự\n</text>"));
        assert!(svg.contains("1.157"), "the chart is drawn");
        assert!(svg.contains(">\nNguồn: Sơ kết 05 năm"));
        assert!(
            svg.contains(">\nSố đơn vị\n</text>") && svg.contains(">\nSố thành viên\n</text>"),
            "legend"
        );
        assert!(svg.contains("M. Nương.\n</text>"), "the credit, to its end");
        assert!(wrap(credit, 110).iter().all(|l| l.chars().count() <= 110));
    }

    #[test]
    fn a_title_wraps_at_spaces_into_lines_no_wider_than_asked() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"], "2 + 1 + 2 fits in 5");
        assert_eq!(
            wrap("aaa bbb", 6),
            ["aaa", "bbb"],
            "3 + 1 + 3 does not fit in 6"
        );
        assert_eq!(wrap("aaa bbb", 7), ["aaa bbb"]);
        assert_eq!(wrap("một hai", 7), ["một hai"], "characters, not bytes");
    }
}
