//! What editors paste, locked in: the markup of every snippet (link, script, iframe, the site
//! install), in both languages, with relative and absolute URLs, compared with the checked-in
//! files in `tests/snapshots/pages/`. A rewrite of the build-time renderer must keep them, or
//! explain each difference in its commit. After an intended change, run
//! `UPDATE_SNAPSHOTS=1 cargo test --features prerender --test pages` and review the diff.

use std::path::Path;

use bl_infographic::data::{default_dataset, Amount};
use bl_infographic::i18n::Lang;
use bl_infographic::prerender::{
    install_site, loader_with_build_values, snippet_iframe, snippet_link, snippet_script, Urls,
};

/// Compares `text` with the snapshot `name`, or writes it with `UPDATE_SNAPSHOTS` set.
fn check(name: &str, text: &str) -> Result<(), String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots/pages")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, text).expect("write snapshot");
    }
    let expected = std::fs::read_to_string(&path)
        .map_err(|e| format!("{name}: {e} (UPDATE_SNAPSHOTS=1 makes it)"))?;
    match text == expected {
        true => Ok(()),
        false => Err(format!("{name} differs from its snapshot:\n{text}")),
    }
}

#[test]
fn every_snippet_matches_its_snapshot_in_both_languages_and_url_forms() {
    let data = default_dataset().expect("valid dataset");
    let forms = [
        ("relative", Urls::default()),
        (
            "absolute",
            Urls {
                base: "https://example.test/bl/".into(),
            },
        ),
    ];
    let mut failures = Vec::new();
    for (form, urls) in &forms {
        for lang in [Lang::Vi, Lang::En] {
            let tag = lang.tag();
            let snippets = [
                ("link", snippet_link(&data, lang, urls)),
                ("script", snippet_script(&data, lang, urls)),
                ("iframe", snippet_iframe(&data, lang, urls)),
            ];
            for (kind, text) in snippets {
                let text = text.expect("renders");
                failures.extend(check(&format!("snippet-{kind}-{tag}-{form}.html"), &text).err());
            }
        }
        let install = install_site(urls).expect("renders");
        failures.extend(check(&format!("install-site-{form}.html"), &install).err());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_snippet_states_the_figures_of_its_dataset() {
    // The figures are rendered from the dataset each time, not kept from the snapshots: a
    // changed figure changes every snippet's figures, which then no longer match the snapshot.
    // (The widget a script snippet holds is the module's own, of its compiled-in dataset: the
    // one it becomes when it goes live.)
    let mut data = default_dataset().expect("valid dataset");
    let sessions = data
        .figures
        .iter_mut()
        .find(|f| f.id == "residents.sessions");
    sessions.expect("the sessions").amount = Amount::Exact { value: 2696 };
    let data = data.indexed();
    let urls = Urls::default();
    for (kind, text) in [
        ("link", snippet_link(&data, Lang::Vi, &urls)),
        ("script", snippet_script(&data, Lang::Vi, &urls)),
        ("iframe", snippet_iframe(&data, Lang::Vi, &urls)),
    ] {
        let text = text.expect("renders");
        assert!(text.contains("<strong>2.696</strong>"), "{kind}");
        let figures = text.rsplit("<p>").next().unwrap_or_default();
        assert!(
            !figures.contains("2.669"),
            "{kind}: the article's figure is gone"
        );
        if std::env::var_os("UPDATE_SNAPSHOTS").is_none() {
            assert!(check(&format!("snippet-{kind}-vi-relative.html"), &text).is_err());
        }
    }
}

#[test]
fn the_build_writes_the_frame_and_module_names_and_origins_into_the_loader_once_each() {
    let loader = include_str!("../static/embed.js");
    let built = loader_with_build_values(loader).expect("every mark once");
    assert!(!built.contains("%BL_"), "no mark left");
    assert!(built.contains("'frame.html frame-en.html'.split(' ')"));
    assert!(built.contains("'bl-infographic.js bl-infographic_bg.wasm'.split(' ')"));
    let twice = format!("{loader}\n// %BL_FRAMES%");
    assert!(loader_with_build_values(&twice).is_err());
    assert!(loader_with_build_values("no marks").is_err());
}
