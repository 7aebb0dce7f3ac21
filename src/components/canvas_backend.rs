//! A plotters drawing backend on a 2D canvas, for the few marks the charts draw: rectangles,
//! paths and text. Colours are written `rgb(r,g,b)` (or `rgba(r,g,b,0.40)`) and font sizes as
//! whole pixels, with integer formatting only: plotters-canvas writes them with `f64`'s
//! `Display`, which links the float printer (about 11 KB of code) into the module.

use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Why the canvas refused a call.
#[derive(Debug)]
pub struct CanvasError(String);

impl fmt::Display for CanvasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasError {}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

/// Draws on one canvas's 2D context.
pub struct Canvas2d {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
}

impl Canvas2d {
    /// The backend for `canvas` at its current bitmap size, or `None` if the browser gives no
    /// 2D context (canvas blocked, or taken by another context type).
    ///
    /// The context is `desynchronized`: a chart is drawn once and then stays still while the
    /// tooltip and the outline move over it. Chromium composits an ordinary canvas as a layer
    /// of its own and, without a GPU (software compositing), copies its whole bitmap at every
    /// frame in which anything else on the page changed: about 2 ms a pointer move at DPR 3
    /// and 4× throttling, for a canvas that did not change. A desynchronized canvas is not
    /// copied then (`scripts/bench.mjs` counts neither). Browsers that do not know the option
    /// ignore it.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"desynchronized".into(), &true.into()).ok()?;
        let context = canvas
            .get_context_with_context_options("2d", &options)
            .ok()??;
        Some(Self {
            context: context.dyn_into().ok()?,
            size: (canvas.width(), canvas.height()),
        })
    }

    fn stroke_style(&self, style: &impl BackendStyle) {
        self.context.set_stroke_style_str(&css_color(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }
}

/// `rgb(r,g,b)`, or `rgba(r,g,b,0.aa)` when not opaque: integers only, and as `u32`, whose
/// printing the module has anyway (a `u8`'s or hex printing would be code for this alone).
fn css_color(color: BackendColor) -> String {
    let [r, g, b] = [color.rgb.0, color.rgb.1, color.rgb.2].map(u32::from);
    let alpha = (color.alpha.clamp(0.0, 1.0) * 100.0).round() as u32;
    match alpha {
        100 => format!("rgb({r},{g},{b})"),
        a => format!("rgba({r},{g},{b},0.{a:02})"),
    }
}

impl DrawingBackend for Canvas2d {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let w = f64::from(bottom_right.0 - upper_left.0);
        let h = f64::from(bottom_right.1 - upper_left.1);
        if fill {
            self.context.set_fill_style_str(&css_color(style.color()));
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_style(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut path = path.into_iter();
        self.context.begin_path();
        if let Some(start) = path.next() {
            self.stroke_style(style);
            self.context.move_to(f64::from(start.0), f64::from(start.1));
            for next in path {
                self.context.line_to(f64::from(next.0), f64::from(next.1));
            }
        }
        self.context.stroke();
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let anchor = style.anchor();
        self.context.set_text_baseline(match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context.set_text_align(match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.context.set_fill_style_str(&css_color(color));
        let size = style.size().round().max(1.0) as u32;
        self.context.set_font(&format!(
            "{} {size}px {}",
            style.style().as_str(),
            style.family().as_str()
        ));
        self.context
            .fill_text(text, f64::from(pos.0), f64::from(pos.1))
            .map_err(|_| DrawingErrorKind::DrawingError(CanvasError("fillText".into())))
    }
}

#[cfg(test)]
mod tests {
    use super::css_color;
    use plotters_backend::BackendColor;

    #[test]
    fn colours_are_written_with_integers() {
        let opaque = BackendColor {
            alpha: 1.0,
            rgb: (30, 94, 160),
        };
        assert_eq!(css_color(opaque), "rgb(30,94,160)");
        let light = BackendColor {
            alpha: 0.4,
            rgb: (30, 94, 160),
        };
        assert_eq!(css_color(light), "rgba(30,94,160,0.40)");
        let faint = BackendColor {
            alpha: 0.05,
            rgb: (0, 0, 0),
        };
        assert_eq!(css_color(faint), "rgba(0,0,0,0.05)");
    }
}
