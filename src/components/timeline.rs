//! The timeline, DOM-first: a proportional time axis (an SVG whose marks are placed in per cent
//! of its length, so nothing is stretched and no inline style is needed) with its years as
//! text, and the events as a radio group. Picking an event (tap, click, or the arrow keys once
//! Tab has reached the group) shows its date, what happened and the article's sentence; the
//! stylesheet does the showing, so the prerendered page works without a script. From 600 px of
//! widget width the axis and the events run across; below that both run down, side by side.

use yew::prelude::*;

use super::markup::Markup;
use crate::i18n::{text, Key, Lang};
use crate::view::TimelineVm;

/// `at` (`0..=10000` of the axis) as an SVG percentage, inset so end marks stay inside.
fn along(at: u32) -> String {
    let per_mille = 40 + at * 92 / 1000;
    format!("{}.{}%", per_mille / 10, per_mille % 10)
}

/// The axis, across the widget (`down` false) or down beside the events (true). Coordinates are
/// written along the axis (per cent) and across it (pixels from its line's side), then turned.
fn axis(m: &mut Markup, vm: &TimelineVm, down: bool) {
    let (Some(first), Some(last)) = (vm.entries.first(), vm.entries.last()) else {
        return;
    };
    let (long, short) = (("width", "100%"), ("height", "52"));
    let (size, x, y) = match down {
        false => ([long, short], "x", "y"),
        true => ([("width", "72"), ("height", "100%")], "y", "x"),
    };
    let [w, h] = size;
    let svg = [("class", "bl-tl-axis"), w, h, ("aria-hidden", "true")];
    m.open("svg", &svg);
    // An SVG line from `from` to `to` along the axis, `across` it.
    let line = |m: &mut Markup, class: &str, (from, to): (&str, &str), (a1, a2): (&str, &str)| {
        let attrs = [
            ("class", class),
            (if down { "y1" } else { "x1" }, from),
            (if down { "y2" } else { "x2" }, to),
            (if down { "x1" } else { "y1" }, a1),
            (if down { "x2" } else { "y2" }, a2),
        ];
        m.open("line", &attrs).close("line");
    };
    line(m, "bl-tl-line", ("0", "100%"), ("18", "18"));
    if !vm.spans.is_empty() {
        line(
            m,
            "bl-tl-span",
            (&along(first.at), &along(last.at)),
            ("18", "18"),
        );
    }
    // Text sits 4 px below the point it names (`dy`), so it is centred on a mark down the axis.
    let label = if down { "38" } else { "42" };
    for &(year, at) in &vm.years {
        let at = along(at);
        line(m, "bl-tl-tick", (&at, &at), ("26", "31"));
        let attrs = [("class", "bl-tl-year"), (x, &at), (y, label), ("dy", "4")];
        m.leaf("text", &attrs, &year.to_string());
    }
    let (cx, cy) = if down { ("cy", "cx") } else { ("cx", "cy") };
    for (i, e) in vm.entries.iter().enumerate() {
        let (at, n) = (along(e.at), i.to_string());
        let dot = [
            ("class", "bl-tl-dot"),
            ("data-event", &n),
            (cx, &at),
            (cy, "18"),
            ("r", "10"),
        ];
        m.open("circle", &dot).close("circle");
        let attrs = [("class", "bl-tl-num"), (x, &at), (y, "18"), ("dy", "4")];
        m.leaf("text", &attrs, &(i + 1).to_string());
    }
    m.close("svg");
}

/// From the directive to the review.
pub fn timeline(vm: &TimelineVm, lang: Lang) -> Html {
    let mut m = Markup::default();
    m.open(
        "section",
        &[
            ("class", "bl-section"),
            ("aria-labelledby", "bl-timeline-title"),
        ],
    )
    .leaf(
        "h2",
        &[("class", "bl-title"), ("id", "bl-timeline-title")],
        text(Key::SectionTimeline, lang),
    );
    axis(&mut m, vm, false);
    for l in &vm.spans {
        m.open("p", &[("class", "bl-span"), ("data-figure", &l.id)])
            .leaf("i", &[("class", "bl-swatch bl-tl-span-key")], "")
            .leaf("strong", &[("class", "bl-value")], &l.value)
            .text(&format!(" {}", l.label))
            .close("p");
    }
    // Below 600 px of widget width the axis runs down beside the events; `hidden` keeps it out
    // of a page without the stylesheet, which has the axis across.
    m.open("div", &[("class", "bl-tl-body")])
        .open("div", &[("class", "bl-tl-down"), ("hidden", "")]);
    axis(&mut m, vm, true);
    m.close("div").open("ol", &[("class", "bl-timeline")]);
    for (i, e) in vm.entries.iter().enumerate() {
        let n = i.to_string();
        let checked = if i == 0 { "checked" } else { "" };
        m.open("li", &[("class", "bl-event")])
            .open("label", &[("class", "bl-tl-pick")])
            .open(
                "input",
                &[
                    ("type", "radio"),
                    ("name", "bl-event"),
                    ("value", &n),
                    (checked, ""),
                ],
            )
            .leaf("span", &[("class", "bl-tl-num-key")], &(i + 1).to_string())
            .leaf(
                "time",
                &[("class", "bl-event-date"), ("datetime", &e.iso)],
                &e.date,
            )
            .leaf("span", &[("class", "bl-event-label")], &e.label)
            .close("label")
            .leaf(
                "blockquote",
                &[("class", "bl-tl-source"), ("lang", "vi")],
                &format!("“{}”", e.source),
            )
            .close("li");
    }
    m.close("ol").close("div").close("section");
    m.html()
}
