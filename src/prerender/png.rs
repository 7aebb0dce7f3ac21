//! PNG files at build time, for what takes no SVG: social networks' link previews, a CMS's
//! featured image, a reader's post. Each is an SVG the build drew with plotters (a chart
//! picture, the share card), rasterised by resvg with a font on this machine that has every
//! Vietnamese letter.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::fontdb::{Database, Family, Query};
use resvg::usvg::{Options, Tree};

/// Fonts with every Vietnamese letter, the first one found drawing the pictures' sans-serif.
/// DejaVu Sans is installed by `scripts/install-tools.sh` (Debian's fonts-dejavu-core).
const FONTS: [&str; 3] = ["DejaVu Sans", "Noto Sans", "Arial"];

/// Turns the build's SVGs into PNGs, with this machine's fonts loaded once.
pub struct Rasterizer {
    options: Options<'static>,
}

impl Rasterizer {
    /// Loads the system's fonts; fails unless one of [`FONTS`] is among them.
    pub fn new() -> Result<Self, String> {
        let mut fonts = Database::new();
        fonts.load_system_fonts();
        let family = FONTS.into_iter().find(|&name| {
            let query = Query {
                families: &[Family::Name(name)],
                ..Query::default()
            };
            fonts.query(&query).is_some()
        });
        let Some(family) = family else {
            return Err(format!(
                "no font for the PNG pictures: install one of {FONTS:?} (scripts/install-tools.sh does)"
            ));
        };
        fonts.set_sans_serif_family(family);
        let mut options = Options::default();
        *options.fontdb_mut() = fonts;
        Ok(Self { options })
    }

    /// `svg` as a PNG at `scale` times its size.
    pub fn png(&self, svg: &str, scale: f32) -> Result<Vec<u8>, String> {
        let tree = Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let size = tree
            .size()
            .to_int_size()
            .scale_by(scale)
            .ok_or("an empty picture")?;
        let mut pixmap = Pixmap::new(size.width(), size.height()).ok_or("an empty picture")?;
        resvg::render(
            &tree,
            Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_becomes_a_png_of_its_size_times_the_scale_with_its_colours() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="#1e5ea0"/></svg>"##;
        let png = Rasterizer::new()
            .expect("a font")
            .png(svg, 2.0)
            .expect("renders");
        assert_eq!(&png[1..4], b"PNG");
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
        assert_eq!((width, height), (60, 40));
        let pixmap = Pixmap::decode_png(&png).expect("decodes");
        let p = pixmap.pixel(30, 20).expect("inside");
        assert_eq!((p.red(), p.green(), p.blue()), (30, 94, 160));
    }
}
