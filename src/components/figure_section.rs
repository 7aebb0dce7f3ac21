//! A section of groups (outreach, rehabilitation, safety): its chart, then its figures as a data
//! table behind a "Xem bảng số liệu" toggle. The table has every figure as the article states
//! it, the notes where the article is ambiguous, and the derived figures marked as computed.

use yew::prelude::*;

use super::markup::Markup;
use crate::i18n::{text, Key, Lang};
use crate::view::{GroupBlock, Part, SectionVm};

fn group_rows(m: &mut Markup, g: &GroupBlock, lang: Lang) {
    for l in &g.lines {
        m.open("tr", &[("data-figure", &l.id)])
            .leaf("th", &[("scope", "row")], &g.label)
            .leaf("td", &[("class", "bl-value")], &l.value)
            .open("td", &[])
            .text(&l.label);
        if let Some(note) = &l.note {
            m.open("span", &[("class", "bl-note")])
                .leaf("strong", &[], &format!("{}: ", text(Key::Note, lang)))
                .text(note)
                .close("span");
        }
        m.close("td").close("tr");
    }
    for d in &g.derived {
        m.open("tr", &[("class", "bl-derived")])
            .leaf("th", &[("scope", "row")], &g.label)
            .leaf("td", &[("colspan", "2")], &format!("{d}*"))
            .close("tr");
    }
}

/// Above this much markup (about 500 rows) a table waits, in an attribute of its toggle, until
/// the reader first opens it (`widget.rs`): a `data-src` dataset of 10.000 figures would
/// otherwise have the browser build a 5.000-row table nobody has asked for (about 200 ms at 4×
/// throttling). The article's tables are a fraction of this, so the prerendered page, which
/// has no script, always has them in place.
const DEFERRED_BYTES: usize = 64 * 1024;

/// A chart's figures as a table inside a native toggle, closed until the reader opens it: the
/// browser keeps it keyboard- and screen-reader-operable, with or without the script. `head`
/// writes the column headers, `body` the rows (with their `<tbody>`, `<tfoot>`).
pub fn data_table(
    caption: &str,
    lang: Lang,
    footnote: bool,
    head: impl FnOnce(&mut Markup),
    body: impl FnOnce(&mut Markup),
) -> Html {
    let mut m = Markup::default();
    m.open("table", &[("class", "bl-table")])
        .leaf("caption", &[], caption)
        .open("thead", &[])
        .open("tr", &[]);
    head(&mut m);
    m.close("tr").close("thead");
    body(&mut m);
    m.close("table");
    if footnote {
        m.leaf(
            "p",
            &[("class", "bl-footnote")],
            &format!("* {}", text(Key::Derived, lang)),
        );
    }
    behind_toggle(m.into_string(), lang)
}

/// `table` (markup) behind the "Xem bảng số liệu" toggle, in place or deferred.
#[inline(never)]
fn behind_toggle(table: String, lang: Lang) -> Html {
    let deferred = table.len() > DEFERRED_BYTES;
    let mut d = Markup::default();
    d.open(
        "details",
        &[
            ("class", "bl-data"),
            (if deferred { "data-table" } else { "" }, &table),
        ],
    )
    .leaf("summary", &[], text(Key::ShowTable, lang));
    if !deferred {
        d.trusted(&table);
    }
    d.close("details");
    d.html()
}

/// A column header.
pub fn col(m: &mut Markup, name: &str) {
    m.leaf("th", &[("scope", "col")], name);
}

/// Those reformed as a share of those received: one bar for the whole with the part filled,
/// labelled in the DOM. The bar is an SVG with presentation attributes (no inline style).
fn part_bar(m: &mut Markup, p: &Part) {
    let fill = p.fill.to_string();
    m.open("figure", &[("class", "bl-part")])
        .open(
            "svg",
            &[
                ("class", "bl-part-bar"),
                ("viewBox", "0 0 1000 32"),
                ("preserveAspectRatio", "none"),
                ("width", "100%"),
                ("height", "32"),
                ("role", "img"),
                ("aria-label", &p.rate),
            ],
        )
        .trusted("<rect class=\"bl-part-whole\" width=\"1000\" height=\"32\"></rect>")
        .open(
            "rect",
            &[
                ("class", "bl-part-fill"),
                ("width", &fill),
                ("height", "32"),
            ],
        )
        .close("rect")
        .close("svg")
        .open("figcaption", &[("class", "bl-part-labels")]);
    for ((value, label), key) in [
        (&p.part, "bl-swatch bl-s0"),
        (&p.whole, "bl-swatch bl-part-key"),
    ] {
        m.open("span", &[])
            .leaf("i", &[("class", key)], "")
            .leaf("strong", &[], value)
            .text(&format!(" {label}"))
            .close("span");
    }
    m.leaf("span", &[("class", "bl-part-rate")], &p.rate)
        .close("figcaption")
        .close("figure");
}

/// The section: heading, `chart` (if any), the part-to-whole bars, the data table; `id` names
/// the heading (unique within the widget).
pub fn figure_section(vm: &SectionVm, lang: Lang, id: &'static str, chart: Html) -> Html {
    let mut parts = Markup::default();
    for p in vm.groups.iter().filter_map(|g| g.part.as_ref()) {
        part_bar(&mut parts, p);
    }
    let any_derived = vm.groups.iter().any(|g| !g.derived.is_empty());
    let table = data_table(
        &vm.title,
        lang,
        any_derived,
        |m| {
            for key in [Key::Group, Key::Figure, Key::What] {
                col(m, text(key, lang));
            }
        },
        |m| {
            m.open("tbody", &[]);
            for g in &vm.groups {
                group_rows(m, g, lang);
            }
            m.close("tbody");
        },
    );
    html! {
        <section class="bl-section" aria-labelledby={id}>
            <h2 class="bl-title" {id}>{ &vm.title }</h2>
            { chart }
            { parts.html() }
            { table }
        </section>
    }
}
