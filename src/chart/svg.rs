//! A chart as a standalone SVG element, for the prerendered page and snippets (build time only):
//! drawn by the same `draw_bars` as the canvas, on plotters' SVG backend. The element fills its
//! container's width at the canvas's CSS height, so the live canvas takes exactly its box.

use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::{draw_bars, layout, DrawError, Palette};
use crate::i18n::{text, Key};
use crate::view::ChartVm;

/// The width the static chart is drawn at, in CSS pixels: a phone's, so that at any wider box
/// it keeps its type size (it is laid out from the left) and at 320 px it shrinks only a little.
pub const STATIC_WIDTH: u32 = 360;

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The chart `vm` as an `<svg>` element with the canvas's class, role and label.
pub fn chart_svg(vm: &ChartVm, palette: &Palette) -> Result<String, DrawError> {
    let height = layout::height(vm.rows.len(), vm.series.len(), 1.0) as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (STATIC_WIDTH, height)).into_drawing_area();
        draw_bars(&area, vm, palette, 1.0, None)?;
        area.present()?;
    }
    let old = format!("<svg width=\"{STATIC_WIDTH}\" height=\"{height}\" ");
    let new = format!(
        "<svg class=\"bl-canvas bl-static\" role=\"img\" aria-label=\"{}\" width=\"100%\" \
         height=\"{height}\" preserveAspectRatio=\"xMinYMin meet\" ",
        escape_attr(&vm.canvas_label)
    );
    match svg.strip_prefix(&old) {
        Some(rest) => Ok(format!("{new}{rest}")),
        None => Err(DrawError("unexpected SVG header from plotters".into())),
    }
}

/// The width of a chart picture for download, in pixels.
pub const PICTURE_WIDTH: u32 = 720;

/// `text` cut at spaces into lines of at most `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
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

/// The chart `vm` as a picture a reader can download and reuse: a standalone SVG file with the
/// chart's title above and `credit` (the article, portal, date and author) below, the chart
/// drawn by the same `draw_bars` as the canvas.
pub fn chart_picture(vm: &ChartVm, palette: &Palette, credit: &str) -> Result<String, DrawError> {
    let chart_height = layout::height(vm.rows.len(), vm.series.len(), 1.0) as u32;
    let mut chart = String::new();
    {
        let size = (PICTURE_WIDTH, chart_height);
        let area = SVGBackend::with_string(&mut chart, size).into_drawing_area();
        draw_bars(&area, vm, palette, 1.0, None)?;
        area.present()?;
    }
    let credit = wrap(credit, 110);
    let top = 64;
    let height = top + chart_height + 12 + 16 * credit.len() as u32;
    let hex = |c: plotters::style::RGBColor| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2);
    let font = "font-family=\"system-ui, Arial, sans-serif\"";
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PICTURE_WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {PICTURE_WIDTH} {height}\">\n<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>\n\
         <text x=\"8\" y=\"28\" {font} font-size=\"17\" font-weight=\"bold\" fill=\"{}\">{}</text>\n\
         <g transform=\"translate(0,{top})\">{chart}</g>\n",
        hex(palette.background),
        hex(palette.text),
        escape_attr(&vm.title),
    );
    // The legend: a swatch and the name of each series, as on the page.
    let mut x = 8;
    let range = vm
        .has_range()
        .then(|| text(Key::RangeLegend, vm.lang).to_string());
    let keys = vm
        .series
        .iter()
        .zip(palette.series.iter().cycle())
        .map(|(n, c)| (n, *c, 1.0));
    let light = range.as_ref().map(|r| (r, palette.series[0], 0.4));
    for (name, color, opacity) in keys.chain(light) {
        out.push_str(&format!(
            "<rect x=\"{x}\" y=\"38\" width=\"11\" height=\"11\" fill=\"{}\" opacity=\"{opacity}\"/>\
             <text x=\"{}\" y=\"48\" {font} font-size=\"12\" fill=\"{}\">{}</text>\n",
            hex(color),
            x + 16,
            hex(palette.text),
            escape_attr(name)
        ));
        x += 16 + 7 * name.chars().count() as u32 + 20;
    }
    for (i, line) in credit.iter().enumerate() {
        let y = top + chart_height + 24 + 16 * i as u32;
        out.push_str(&format!(
            "<text x=\"8\" y=\"{y}\" {font} font-size=\"12\" fill=\"{}\">{}</text>\n",
            hex(palette.muted),
            escape_attr(line)
        ));
    }
    out.push_str("</svg>\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;
    use crate::i18n::Lang;
    use crate::view::ForcesVm;

    #[test]
    fn the_svg_fills_the_width_at_the_canvas_height_with_its_label() {
        let vm = ForcesVm::new(&default_dataset().expect("valid"), Lang::Vi).chart();
        let svg = chart_svg(&vm, &Palette::LIGHT).expect("draws");
        let height = layout::height(vm.rows.len(), vm.series.len(), 1.0) as u32;
        assert!(svg.starts_with("<svg class=\"bl-canvas bl-static\" role=\"img\""));
        assert!(svg.contains(&format!("width=\"100%\" height=\"{height}\"")));
        assert!(svg.contains(&format!("viewBox=\"0 0 {STATIC_WIDTH} {height}\"")));
        assert!(svg.contains(&escape_attr(&vm.canvas_label)));
        assert!(svg.contains("1.157"), "bar values are drawn");
    }

    #[test]
    fn the_picture_has_the_title_the_chart_and_the_credit() {
        let vm = ForcesVm::new(&default_dataset().expect("valid"), Lang::Vi).chart();
        let credit = "Nguồn: Sơ kết 05 năm thực hiện Chỉ thị số 09 của Ban Bí thư (khóa XI) về “Tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”, Cổng thông tin điện tử thành phố Bạc Liêu, 29/05/2017, M. Nương.";
        let svg = chart_picture(&vm, &Palette::LIGHT, credit).expect("draws");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\""));
        assert!(svg.contains(">Lực lượng nòng cốt bảo vệ an ninh trật tự</text>"));
        assert!(svg.contains("1.157"), "the chart is drawn");
        assert!(svg.contains(">Nguồn: Sơ kết 05 năm"));
        assert!(
            svg.contains(">Số đơn vị</text>") && svg.contains(">Số thành viên</text>"),
            "legend"
        );
        assert!(svg.contains("M. Nương.</text>"), "the credit, to its end");
        assert!(wrap(credit, 110).iter().all(|l| l.chars().count() <= 110));
    }
}
