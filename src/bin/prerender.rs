//! Build step (`make build`, after Trunk): writes into `dist/` the prerendered infographic
//! (`frame.html`, `frame-en.html`), the three snippets, the site install, two SVGs per chart
//! and language (the picture to download; the plot the prerendered widget shows), and the data
//! as CSV; and pastes the script snippet into the demo page.
//!
//! Usage: `prerender [DIST]`. Set `BL_PUBLIC_URL` (ending in `/`) to the address `dist/` is
//! published at to make the snippets' URLs absolute; by default they are relative. The data
//! origins allowed besides the widget's own (`BL_DATA_ORIGINS`, space-separated, given to the
//! whole build) are written into the loader and into `frame.html`'s policy.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bl_infographic::chart::{chart_picture, chart_svg, share_card, DrawError, Palette};
use bl_infographic::components::CSV_FILE;
use bl_infographic::data::{default_dataset, origins, to_csv};
use bl_infographic::i18n::Lang;
use bl_infographic::prerender::{
    builder_file, builder_page, frame_file, frame_page, install_site, loader_with_build_values,
    oembed, oembed_file, share_file, snippet_iframe, snippet_link, snippet_script, word,
    Rasterizer, Urls, Word,
};
use bl_infographic::view::Views;

/// Where the demo page (`index.html`) holds the pasted snippet.
const DEMO_START: &str = "<!-- bl-infographic snippet -->";
const DEMO_END: &str = "<!-- /bl-infographic snippet -->";

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    let path = dir.join(name);
    let bytes = bytes.as_ref();
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("prerender: {name} ({} bytes)", bytes.len());
    Ok(())
}

/// The pixel density of the PNG chart pictures: sharp on a phone's screen and in a post.
const PNG_SCALE: f32 = 2.0;

/// Replaces the demo page's snippet with `snippet`, indented like the article around it.
fn paste_into_demo(dir: &Path, snippet: &str) -> Result<(), String> {
    let path = dir.join("index.html");
    let page = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (Some(start), Some(end)) = (page.find(DEMO_START), page.find(DEMO_END)) else {
        return Err(format!("{}: no {DEMO_START} … {DEMO_END}", path.display()));
    };
    let indent = "        ";
    let body: String = snippet.lines().map(|l| format!("{indent}{l}\n")).collect();
    let pasted = format!(
        "{}{DEMO_START}\n{body}{indent}{}",
        &page[..start],
        &page[end..]
    );
    write(dir, "index.html", &pasted)
}

/// The data origins the module was compiled with, checked, and the same as asked for now.
fn data_origins() -> Result<(), String> {
    let compiled = option_env!("BL_DATA_ORIGINS").unwrap_or_default();
    origins::parse_list(compiled)?;
    let asked = std::env::var("BL_DATA_ORIGINS").unwrap_or_default();
    if asked.split_whitespace().ne(compiled.split_whitespace()) {
        return Err(format!(
            "BL_DATA_ORIGINS is \"{asked}\" but this was built with \"{compiled}\": build again"
        ));
    }
    Ok(())
}

/// Writes the allowed data origins into the loader Trunk copied.
fn prepare_loader(dir: &Path) -> Result<(), String> {
    let path = dir.join("embed.js");
    let loader = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    write(dir, "embed.js", &loader_with_build_values(&loader)?)
}

fn run(dir: &Path) -> Result<(), String> {
    data_origins()?;
    let data = default_dataset().map_err(|e| format!("built-in dataset: {e}"))?;
    let public = Urls {
        base: std::env::var("BL_PUBLIC_URL").unwrap_or_default(),
    };
    if public.base.is_empty() {
        println!(
            "prerender: BL_PUBLIC_URL is not set: the snippets and the oEmbed JSON carry relative \
             URLs, which WordPress and other oEmbed consumers cannot use, and frame.html has no \
             share card (og:image) for link previews; set it to the address dist/ is published \
             at, ending in /"
        );
    }
    prepare_loader(dir)?;
    let raster = Rasterizer::new()?;
    for lang in [Lang::Vi, Lang::En] {
        let render = |e: std::io::Error| format!("render: {e}");
        write(
            dir,
            frame_file(lang),
            &frame_page(&data, lang, &public).map_err(render)?,
        )?;
        let embed = oembed(&data, lang, &public).map_err(render)?;
        write(dir, &oembed_file(lang), &embed)?;
        let builder = builder_page(&data, lang).map_err(render)?;
        write(dir, builder_file(lang), &builder)?;
        let views = Views::new(&data, lang);
        let credit = views.credit.text();
        let heading = word(Word::Heading, lang);
        let card = share_card(heading, &views.cards, &credit, &Palette::LIGHT)
            .map_err(|e| format!("share card: {e}"))?;
        let card = raster
            .png(&card, 1.0)
            .map_err(|e| format!("share card: {e}"))?;
        write(dir, &share_file(lang), card)?;
        for vm in views.charts() {
            let failed = |e: DrawError| format!("{}: {e}", vm.id);
            let picture = chart_picture(vm, &Palette::LIGHT, &credit).map_err(failed)?;
            write(dir, &vm.picture_file("svg"), &picture)?;
            let png = raster
                .png(&picture, PNG_SCALE)
                .map_err(|e| format!("{}: {e}", vm.id))?;
            write(dir, &vm.picture_file("png"), png)?;
            write(
                dir,
                &vm.plot_file(),
                &chart_svg(vm, &Palette::LIGHT).map_err(failed)?,
            )?;
        }
    }
    let render = |e: std::io::Error| format!("render: {e}");
    let link = snippet_link(&data, Lang::Vi, &public).map_err(render)?;
    write(dir, "snippet-link.html", &link)?;
    let script = snippet_script(&data, Lang::Vi, &public).map_err(render)?;
    write(dir, "snippet-script.html", &script)?;
    let iframe = snippet_iframe(&data, Lang::Vi, &public).map_err(render)?;
    write(dir, "snippet-iframe.html", &iframe)?;
    write(
        dir,
        "install-site.html",
        &install_site(&public).map_err(render)?,
    )?;
    write(dir, CSV_FILE, to_csv(&data))?;
    let demo = snippet_script(&data, Lang::Vi, &Urls::default()).map_err(render)?;
    paste_into_demo(dir, &demo)
}

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    match run(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
