//! Tests of `pages.rs`, beside it so that the module reads on its own.

use super::*;
use crate::data::default_dataset;

#[test]
fn every_snippet_carries_the_figures_and_the_link() {
    let data = default_dataset().expect("valid");
    let urls = Urls {
        base: "https://example.test/bl/".into(),
    };
    for snippet in [
        snippet_link(&data, Lang::Vi, &urls),
        snippet_script(&data, Lang::Vi, &urls),
        snippet_iframe(&data, Lang::Vi, &urls),
    ] {
        let snippet = snippet.expect("renders");
        assert!(snippet.contains("<strong>2.669</strong>"), "{snippet}");
        assert!(snippet.contains("href=\"https://example.test/bl/frame.html?lang=vi\""));
    }
    let en = snippet_link(&data, Lang::En, &urls).expect("renders");
    assert!(en.contains("href=\"https://example.test/bl/frame-en.html?lang=en\""));
    let link = snippet_link(&data, Lang::Vi, &urls).expect("renders");
    assert!(!link.contains("class=") && !link.contains("data-") && !link.contains("<script"));
    assert!(install_site(&urls)
        .expect("renders")
        .contains("src=\"https://example.test/bl/embed.js\""));
}

#[test]
fn the_script_snippet_is_its_stylesheet_then_the_prerendered_widget_without_inline_style() {
    let data = default_dataset().expect("valid");
    let urls = Urls {
        base: "https://example.test/bl/".into(),
    };
    let snippet = snippet_script(&data, Lang::Vi, &urls).expect("renders");
    assert!(snippet.starts_with(
        "<link rel=\"stylesheet\" href=\"https://example.test/bl/embed.css\">\n<div data-bl-infographic=\"\" data-lang=\"vi\"><div "
    ));
    assert!(!snippet.contains(" style="), "no inline style");
    let widget = crate::prerender::widget_html(Lang::Vi).expect("renders");
    let root = widget
        .split_once('>')
        .map(|(open, _)| open)
        .expect("an element");
    assert!(snippet.contains(root), "the host holds the widget itself");
    assert_eq!(snippet.matches(" class=\"bl-canvas bl-static\"").count(), 6);
    assert!(snippet.contains("href=\"https://example.test/bl/so-lieu-chi-thi-09-bac-lieu.csv\""));
    assert!(snippet
        .ends_with("<script type=\"module\" src=\"https://example.test/bl/embed.js\"></script>\n"));
}

#[test]
fn a_text_is_escaped_once_by_yew_in_content_and_attributes() {
    let mut data = default_dataset().expect("valid");
    let safety = crate::data::Section::Safety;
    let households =
        (data.groups.iter_mut()).find(|g| g.section == safety && g.label.vi == "Hộ gia đình");
    households.expect("the households").label.vi = "Hộ \"gia\" & <đình>".into();
    let data = data.indexed();
    let link = snippet_link(&data, Lang::Vi, &Urls::default()).expect("renders");
    assert!(
        link.contains("Hộ \"gia\" &amp; &lt;đình&gt; <strong>"),
        "{link}"
    );
    let page = frame_page(&data, Lang::Vi, &Urls::default()).expect("renders");
    let description = page.split("name=\"description\" content=\"").nth(1);
    let description = description
        .and_then(|d| d.split('"').next())
        .expect("description");
    assert!(
        description.contains("Hộ &quot;gia&quot; &amp; "),
        "{description}"
    );
    assert!(!page.contains("&amp;quot;") && !page.contains("&amp;amp;"));
}

#[test]
fn the_frame_page_is_the_prerendered_widget_in_its_host() {
    let data = default_dataset().expect("valid");
    let page = frame_page(&data, Lang::En, &Urls::default()).expect("renders");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\" data-bl-frame=\"\">"));
    let host = "<div data-bl-infographic=\"\" data-lang=\"en\"><div ";
    let root = page.split(host).nth(1).and_then(|p| p.split('>').next());
    assert!(
        root.is_some_and(|r| r.contains("class=\"bl-root\"")),
        "{page}"
    );
    assert!(page.contains("content=\"Five years of Directive 09 in Bạc Liêu city: "));
    let policy = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\"",
        frame_policy()
    );
    assert!(page.contains(&policy), "{page}");
    assert!(frame_policy().contains("; connect-src 'self'"));
    assert!(!frame_policy().contains("unsafe-inline"));
}

#[test]
fn the_frame_page_tells_link_previews_its_title_figures_and_share_card_by_absolute_urls() {
    let data = default_dataset().expect("valid");
    let urls = Urls {
        base: "https://example.test/bl/".into(),
    };
    let page = frame_page(&data, Lang::Vi, &urls).expect("renders");
    let meta = |property: &str, content: &str| {
        page.contains(&format!(
            "<meta property=\"{property}\" content=\"{content}\">"
        ))
    };
    assert!(
        meta(
            "og:title",
            "Đồ họa số liệu: Sơ kết 05 năm thực hiện Chỉ thị số 09 ở thành phố Bạc Liêu"
        ),
        "{page}"
    );
    assert!(page.contains("<meta property=\"og:description\" content=\"Sơ kết 05 năm"));
    assert!(meta("og:url", "https://example.test/bl/frame.html"));
    assert!(meta("og:image", "https://example.test/bl/share-vi.png"));
    assert!(meta("og:image:width", "1200") && meta("og:image:height", "630"));
    assert!(page.contains("<meta property=\"og:image:alt\" content=\"Sơ kết 05 năm"));
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    let en = frame_page(&data, Lang::En, &urls).expect("renders");
    assert!(en.contains("content=\"https://example.test/bl/share-en.png\""));
    // Without a public address, no relative URL where an absolute one is required.
    let relative = frame_page(&data, Lang::Vi, &Urls::default()).expect("renders");
    assert!(
        relative.contains("og:title")
            && !relative.contains("og:image")
            && !relative.contains("og:url")
    );
}

#[test]
fn the_frame_page_asks_for_the_module_ahead_where_scripts_run_and_the_loader_fetches_it_alike() {
    let data = default_dataset().expect("valid");
    let page = frame_page(&data, Lang::Vi, &Urls::default()).expect("renders");
    let ahead = "<link rel=\"modulepreload\" href=\"bl-infographic.js\" media=\"(scripting: enabled)\">\
        <link rel=\"preload\" href=\"bl-infographic_bg.wasm\" as=\"fetch\" crossorigin=\"\" media=\"(scripting: enabled)\">";
    let at = page.find(ahead).expect("both lines, in the head");
    assert!(at < page.find("</head>").expect("a head"));
    // The loader asks for the same files (its fetch, with no credentials option: the same
    // mode and credentials as `crossorigin=""`), or the preloads would be fetched for nothing.
    let loader = include_str!("../../static/embed.js");
    assert!(loader.contains("const bytes = fetch(here(WASM).href);"));
    assert!(loader.contains("await import(here(GLUE).href)"));
}
