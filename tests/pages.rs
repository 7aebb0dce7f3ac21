//! What editors paste, locked in: the markup of every snippet (link, script, iframe, the site
//! install), in both languages, with relative and absolute URLs, compared with the checked-in
//! files in `tests/snapshots/pages/`. A rewrite of the build-time renderer must keep them, or
//! explain each difference in its commit. After an intended change, run
//! `UPDATE_SNAPSHOTS=1 cargo test --features prerender --test pages` and review the diff.

use std::path::Path;

use bl_infographic::data::default_dataset;
use bl_infographic::i18n::Lang;
use bl_infographic::prerender::{install_site, snippet_iframe, snippet_link, snippet_script, Urls};

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
fn a_changed_snippet_is_caught() {
    let data = default_dataset().expect("valid dataset");
    let link = snippet_link(&data, Lang::Vi, &Urls::default()).expect("renders");
    // The same markup with one figure misstated must not pass for the snapshot.
    let misstated = link.replacen("2.669", "2.696", 1);
    assert_ne!(link, misstated);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_none() {
        assert!(check("snippet-link-vi-relative.html", &misstated).is_err());
        assert!(check("snippet-link-vi-relative.html", &link).is_ok());
    }
}
