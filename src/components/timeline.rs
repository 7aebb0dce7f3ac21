//! The timeline, DOM-first: a proportional time axis (an SVG whose marks are placed in per cent
//! of its width, so nothing is stretched and no inline style is needed) with its years as text,
//! and the events as a radio group under it. Picking an event (tap, click, or the arrow keys
//! once Tab has reached the group) shows its date, what happened and the article's sentence;
//! the stylesheet does the showing, so the prerendered page works without a script. The list
//! runs across when the widget is 600 px wide or more, down below that.

use yew::prelude::*;

use super::markup::Markup;
use crate::i18n::{text, Key, Lang};
use crate::view::TimelineVm;

/// `at` (`0..=10000` of the axis) as an SVG percentage, inset so end labels stay inside.
fn x(at: u32) -> String {
    let per_mille = 40 + at * 92 / 1000;
    format!("{}.{}%", per_mille / 10, per_mille % 10)
}

/// A horizontal SVG line from `x1` to `x2` at `y1`..`y2`.
fn line(m: &mut Markup, class: &str, (x1, x2): (&str, &str), (y1, y2): (&str, &str)) {
    let attrs = [
        ("class", class),
        ("x1", x1),
        ("x2", x2),
        ("y1", y1),
        ("y2", y2),
    ];
    m.open("line", &attrs).close("line");
}

fn axis(m: &mut Markup, vm: &TimelineVm) {
    let (Some(first), Some(last)) = (vm.entries.first(), vm.entries.last()) else {
        return;
    };
    let attrs = [
        ("class", "bl-tl-axis"),
        ("width", "100%"),
        ("height", "52"),
        ("aria-hidden", "true"),
    ];
    m.open("svg", &attrs);
    line(m, "bl-tl-line", ("0", "100%"), ("18", "18"));
    if !vm.spans.is_empty() {
        line(m, "bl-tl-span", (&x(first.at), &x(last.at)), ("18", "18"));
    }
    for &(year, at) in &vm.years {
        let at = x(at);
        line(m, "bl-tl-tick", (&at, &at), ("26", "31"));
        let attrs = [("class", "bl-tl-year"), ("x", &at), ("y", "46")];
        m.leaf("text", &attrs, &year.to_string());
    }
    for (i, e) in vm.entries.iter().enumerate() {
        let (at, n) = (x(e.at), i.to_string());
        let dot = [
            ("class", "bl-tl-dot"),
            ("data-event", &n),
            ("cx", &at),
            ("cy", "18"),
            ("r", "10"),
        ];
        m.open("circle", &dot).close("circle");
        let attrs = [("class", "bl-tl-num"), ("x", &at), ("y", "22")];
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
    axis(&mut m, vm);
    for l in &vm.spans {
        m.open("p", &[("class", "bl-span"), ("data-figure", &l.id)])
            .leaf("i", &[("class", "bl-swatch bl-tl-span-key")], "")
            .leaf("strong", &[("class", "bl-value")], &l.value)
            .text(&format!(" {}", l.label))
            .close("p");
    }
    m.open("ol", &[("class", "bl-timeline")]);
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
    m.close("ol").close("section");
    m.html()
}
