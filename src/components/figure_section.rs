//! A section of groups (outreach, rehabilitation, safety): its chart, then its figures as a data
//! table behind a "Xem bảng số liệu" toggle. The table has every figure as the article states
//! it, the notes where the article is ambiguous, and the derived figures marked as computed.

use std::rc::Rc;

use web_sys::Element;
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

/// Past this many rows a table is written when the reader first opens its toggle, not with the
/// page: a `data-src` dataset of 10.000 figures would otherwise have the module write, and the
/// browser parse, a 5.000-row table nobody has asked for. The article's tables are a fraction
/// of this, so the prerendered page, which has no script, always has them in place.
const DEFERRED_ROWS: usize = 500;

/// Writes a table's column headers (`true`) or its rows (`false`).
type Write = Box<dyn Fn(&mut Markup, bool)>;

/// A chart's figures as a table of `rows` rows inside a native toggle, closed until the reader
/// opens it: the browser keeps it keyboard- and screen-reader-operable, with or without the
/// script. `write(m, true)` writes the column headers, `write(m, false)` the rows (with their
/// `<tbody>`, `<tfoot>`).
pub fn data_table(
    caption: &str,
    lang: Lang,
    footnote: bool,
    rows: usize,
    write: impl Fn(&mut Markup, bool) + 'static,
) -> Html {
    let deferred = rows > DEFERRED_ROWS;
    behind_toggle(
        caption.to_string(),
        lang,
        footnote,
        deferred,
        Box::new(write),
    )
}

/// The table behind the "Xem bảng số liệu" toggle, written now or, `deferred`, when the toggle
/// first opens. Not generic: its `html!` is in the module once.
#[inline(never)]
fn behind_toggle(
    caption: String,
    lang: Lang,
    footnote: bool,
    deferred: bool,
    write: Write,
) -> Html {
    let table = move || {
        let mut m = Markup::default();
        m.open("table", &[("class", "bl-table")])
            .leaf("caption", &[], &caption)
            .open("thead", &[])
            .open("tr", &[]);
        write(&mut m, true);
        m.close("tr").close("thead");
        write(&mut m, false);
        m.close("table");
        if footnote {
            let note = format!("* {}", text(Key::Derived, lang));
            m.leaf("p", &[("class", "bl-footnote")], &note);
        }
        m.into_string()
    };
    let summary = text(Key::ShowTable, lang);
    if deferred {
        // Once, after the summary (which keeps the focus): until then it is the only child.
        let ontoggle = Callback::from(move |e: Event| {
            let details = e.target_dyn_into::<Element>();
            if let Some(details) = details.filter(|d| d.child_element_count() == 1) {
                // Markup this module wrote, on an element of its own: nothing can refuse it.
                let _ = details.insert_adjacent_html("beforeend", &table());
            }
        });
        return html! {
            <details class="bl-data" {ontoggle}><summary>{ summary }</summary></details>
        };
    }
    let mut d = Markup::default();
    d.open("details", &[("class", "bl-data")])
        .leaf("summary", &[], summary)
        .trusted(&table())
        .close("details");
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
pub fn figure_section(vm: &Rc<SectionVm>, lang: Lang, id: &'static str, chart: Html) -> Html {
    let mut parts = Markup::default();
    for p in vm.groups.iter().filter_map(|g| g.part.as_ref()) {
        part_bar(&mut parts, p);
    }
    let any_derived = vm.groups.iter().any(|g| !g.derived.is_empty());
    let rows = vm.groups.iter().map(|g| g.lines.len() + g.derived.len());
    let table_vm = Rc::clone(vm);
    let table = data_table(
        &vm.title,
        lang,
        any_derived,
        rows.sum(),
        move |m, head| match head {
            true => {
                for key in [Key::Group, Key::Figure, Key::What] {
                    col(m, text(key, lang));
                }
            }
            false => {
                m.open("tbody", &[]);
                for g in &table_vm.groups {
                    group_rows(m, g, lang);
                }
                m.close("tbody");
            }
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
