//! The build-time prerender (native, feature `prerender`): the widget rendered to HTML by Yew's
//! server renderer from the same components, its charts drawn as SVG by the same draw function,
//! and the snippets that carry the headline figures as plain text. `src/bin/prerender.rs`
//! writes what this makes into `dist/`.

mod pages;
mod summary;

pub use pages::{frame_page, install_site, snippet_iframe, snippet_link, snippet_script, Urls};
pub use summary::summary_html;

use crate::components::{Widget, WidgetProps};
use crate::embed::Options;
use crate::i18n::Lang;

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
    };
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let renderer = yew::LocalServerRenderer::<Widget>::with_props(props).hydratable(false);
    Ok(runtime.block_on(renderer.render()))
}

pub use crate::components::markup::escape;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widget_renders_every_section_with_static_charts() {
        let html = widget_html(Lang::Vi).expect("renders");
        assert!(html.starts_with("<div ") && html[..80].contains("class=\"bl-root\""));
        assert_eq!(
            html.matches("<svg class=\"bl-canvas bl-static\"").count(),
            6
        );
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
