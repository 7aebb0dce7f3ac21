//! The lines that ask for the module ahead, for a page in whose first screen the widget is:
//! `frame.html` carries them, and the builder adds them to a script snippet the editor marks so.

use yew::prelude::*;

use super::pages::Urls;

/// The module's two files, as Trunk names them after the crate (no hash: `Trunk.toml`): the
/// wasm-bindgen glue, then the wasm. The build writes them into the loader at its mark.
pub const MODULE_FILES: [&str; 2] = ["bl-infographic.js", "bl-infographic_bg.wasm"];

/// Where a page may ask for the module ahead: where scripts run. A frame sandboxed without
/// scripts, or a browser with scripts off, never goes live and fetches nothing.
const SCRIPTING: &str = "(scripting: enabled)";

/// The module asked for as the page is read, a network round trip before the loader would ask
/// (about 0,2 s on a phone's 3G): the glue as a module, the wasm as the very fetch the loader
/// makes (the same URL, mode and credentials), so the loader takes both and nothing comes twice.
/// Only for a widget in the first screen (`frame.html`, and a script snippet the editor marks
/// so in the builder): further down, the loader asks when a host comes near, and a reader who
/// never scrolls there downloads nothing.
pub fn module_preload(urls: &Urls) -> Html {
    let [glue, wasm] = MODULE_FILES.map(|file| urls.file(file));
    html! {
        <>
            <link rel="modulepreload" href={glue} media={SCRIPTING} />
            <link rel="preload" href={wasm} as="fetch" crossorigin="" media={SCRIPTING} />
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::render;

    #[derive(Properties, PartialEq)]
    struct PreloadProps {
        urls: Urls,
    }

    /// [`module_preload`] alone, for the test.
    #[function_component]
    fn Preload(props: &PreloadProps) -> Html {
        module_preload(&props.urls)
    }

    #[test]
    fn the_lines_name_the_module_where_dist_is_published() {
        let absolute = Urls {
            base: "https://x.example/w/".into(),
        };
        let lines = render::<Preload>(PreloadProps { urls: absolute }).expect("renders");
        assert!(lines.contains("href=\"https://x.example/w/bl-infographic_bg.wasm\""));
        assert!(lines.contains("href=\"https://x.example/w/bl-infographic.js\""));
    }
}
