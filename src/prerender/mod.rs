//! The build-time prerender (native, feature `prerender`): the widget rendered to HTML by Yew's
//! server renderer from the same components, its charts drawn as SVG by the same draw function,
//! and the snippets that carry the headline figures as plain text. `src/bin/prerender.rs`
//! writes what this makes into `dist/`.

mod builder_page;
mod chart;
mod oembed;
mod pages;
mod png;
mod preload;
mod summary;
mod words;

pub use builder_page::{builder_file, builder_page};
pub use chart::static_chart;
pub use oembed::oembed;
pub use pages::{
    frame_file, frame_page, frame_policy, install_site, oembed_file, render, share_file,
    snippet_iframe, snippet_link, snippet_script, Urls,
};
pub use png::Rasterizer;
pub use preload::{module_preload, MODULE_FILES};
pub use summary::summary_text;
pub use words::{word, Word};

use std::rc::Rc;

use crate::components::{ChartMark, Widget, WidgetProps};
use crate::data::Dataset;
use crate::i18n::Lang;
use crate::options::Options;

/// The loader (`embed.js`) with what the build knows written in at its marks, each there
/// exactly once: the data origins allowed at build time (space-separated, the list the module
/// holds, so that the loader asks ahead only for a dataset the module would take), the names
/// of the frame pages (`frame_file`, space-separated: Vietnamese, English) and of the module's
/// files ([`MODULE_FILES`]: glue, wasm), so that no file name is copied by hand.
pub fn loader_with_build_values(loader: &str) -> Result<String, String> {
    let origins: Vec<&str> = crate::data::origins::listed().collect();
    let origins = origins.join(" ");
    let frames = format!("{} {}", frame_file(Lang::Vi), frame_file(Lang::En));
    let module = MODULE_FILES.join(" ");
    let values = [
        ("%BL_DATA_ORIGINS%", origins.as_str()),
        ("%BL_FRAMES%", frames.as_str()),
        ("%BL_MODULE%", module.as_str()),
    ];
    let mut out = loader.to_string();
    for (mark, value) in values {
        if out.matches(mark).count() != 1 {
            return Err(format!(
                "embed.js: {mark} must appear once, for the build to write in"
            ));
        }
        out = out.replacen(mark, value, 1);
    }
    Ok(out)
}

/// The whole widget in `lang` as HTML: the shadow root's content, to stand in the host's light
/// DOM until the live widget replaces it (and after, should the live widget fail).
pub fn widget_html(lang: Lang) -> Result<String, std::io::Error> {
    let props = WidgetProps {
        options: Options {
            lang,
            ..Options::default()
        },
        problems: Vec::new(),
        assets: Default::default(),
        on_state: Default::default(),
        mark: ChartMark(static_chart),
    };
    render::<Widget>(props)
}

/// The headline figures and a link to `href`, as one `<p>` (what every snippet carries).
pub fn summary_html(data: &Dataset, lang: Lang, href: &str) -> Result<String, std::io::Error> {
    let props = summary::SummaryProps {
        data: Rc::new(data.clone()),
        lang,
        href: href.to_string().into(),
    };
    render::<summary::Summary>(props)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widget_renders_every_section_with_static_charts() {
        let html = widget_html(Lang::Vi).expect("renders");
        assert!(html.starts_with("<div ") && html[..80].contains("class=\"bl-root\""));
        assert_eq!(html.matches(" class=\"bl-canvas bl-static\"").count(), 6);
        assert!(
            !html.contains("<canvas"),
            "no empty canvas in the static page"
        );
        for text in [
            "trên 200",
            "1.157",
            "101.662",
            "59,7%",
            "từ 98% đến 100%",
            "28/12/2012",
        ] {
            assert!(html.contains(text), "{text}");
        }
        let en = widget_html(Lang::En).expect("renders");
        assert!(en.contains("lang=\"en\"") && en.contains("over 200") && en.contains("1,157"));
    }
}
