use super::*;

fn read(pairs: &[(&str, &str)]) -> (Options, Vec<OptionProblem>) {
    Options::read(|name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    })
}

#[test]
fn no_attributes_give_the_defaults() {
    assert_eq!(read(&[]), (Options::default(), vec![]));
    assert_eq!(Options::default().lang, Lang::Vi);
}

#[test]
fn valid_values_are_taken_leniently() {
    let (o, p) = read(&[
        ("data-lang", " EN "),
        ("data-theme", "dark"),
        ("data-sections", "forces"),
    ]);
    assert!(p.is_empty());
    assert_eq!((o.lang, o.theme), (Lang::En, Theme::Dark));
}

#[test]
fn every_section_is_read_by_the_name_the_notice_gives() {
    let keys: Vec<&str> = SectionName::ALL.iter().map(|s| s.key()).collect();
    assert_eq!(keys, SectionName::KEYS);
    assert_eq!(SectionName::KEYS.len(), 6);
    for &s in SectionName::ALL {
        assert_eq!(SectionName::parse(s.key()), Some(s));
        let loose = format!("  {} ", s.key().to_ascii_uppercase());
        assert_eq!(SectionName::parse(&loose), Some(s));
    }
    assert_eq!(SectionName::parse("forcesx"), None);
    let (_, p) = read(&[("data-theme", "purple")]);
    assert_eq!(p[0].expected, "auto | light | dark");
}

#[test]
fn a_section_named_twice_is_shown_once_with_a_notice() {
    let (o, p) = read(&[("data-sections", "forces, timeline,forces")]);
    assert_eq!(o.sections, [SectionName::Forces, SectionName::Timeline]);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].outcome, Outcome::ShownOnce);
}

#[test]
fn a_long_value_is_echoed_cut_short() {
    let long = "forces,".repeat(20_000) + "pie";
    let (_, p) = read(&[("data-sections", &long)]);
    assert_eq!(p[0].value.chars().count(), ECHO_CHARS + 1);
    assert!(p[0].value.ends_with('…') && p[0].value.starts_with("forces,forces"));
    assert_eq!(echo("ngắn"), "ngắn");
    let vi = "ấ".repeat(100);
    assert_eq!(echo(&vi), "ấ".repeat(ECHO_CHARS) + "…");
}

#[test]
fn bad_values_fall_back_and_name_the_attribute() {
    let (o, p) = read(&[
        ("data-lang", "fr"),
        ("data-sections", "forces,pie"),
        ("data-src", " "),
    ]);
    assert_eq!(o, Options::default());
    assert_eq!(p.len(), 3);
    assert_eq!(p[2].attribute, "data-src");
    assert_eq!(p[0].attribute, "data-lang");
    assert_eq!(p[0].value, "fr");
    assert_eq!(p[1].attribute, "data-sections");
}

#[test]
fn the_editor_reads_the_attribute_its_value_what_would_do_and_what_was_done() {
    let (_, problems) = read(&[("data-theme", "purple")]);
    let said = problems[0].describe(Lang::Vi);
    assert!(said.starts_with("data-theme=\"purple\" ("), "{said}");
    assert!(
        said.ends_with(text(Key::BadOptionDefault, Lang::Vi)),
        "{said}"
    );
    let long = "x".repeat(200);
    let said = src_failure(&long, "HTTP 404", Lang::En);
    assert!(
        said.contains(&format!("data-src=\"{}…\": HTTP 404 — ", "x".repeat(80))),
        "{said}"
    );
    assert!(said.ends_with(text(Key::SrcFallback, Lang::En)), "{said}");
}

#[test]
fn every_theme_is_read_by_its_name_in_any_case_and_spacing() {
    for (name, theme) in [
        (" Auto", Theme::Auto),
        ("light", Theme::Light),
        ("DARK ", Theme::Dark),
    ] {
        let (o, p) = read(&[("data-theme", name)]);
        assert_eq!((o.theme, p.len()), (theme, 0), "{name}");
    }
}
