//! The timeline in headless Chromium (wasm-bindgen-test), mounted with the real stylesheet: its
//! keyboard order and what selecting an event shows.
//!
//! The events are one radio group, so Tab stops once on it and the arrow keys move from event
//! to event: the browser does that, and synthetic key events do not move a radio group (the
//! arrow keys themselves are pressed in tests/e2e/timeline.test.mjs). What is tested here is
//! the order the keys follow, that there is one stop, and that each selection shows that
//! event's sentence and no other.
#![cfg(target_arch = "wasm32")]

use bl_infographic::data::default_dataset;
use bl_infographic::embed::{mount, unmount};
use bl_infographic::i18n::Lang;
use bl_infographic::view::timeline;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

mod common;

use common::{new_host, until};

wasm_bindgen_test_configure!(run_in_browser);

/// A host showing the timeline alone, mounted with the widget's own stylesheet.
async fn mounted() -> Element {
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet
        .replace_sync(include_str!("../static/embed.css"))
        .unwrap();
    let host = new_host("vi");
    host.set_attribute("data-sections", "timeline").unwrap();
    mount(host.clone(), &sheet.into(), String::new()).unwrap();
    until(|| host.get_attribute("data-state").as_deref() == Some("ready")).await;
    host
}

/// Every element of the host's shadow root that matches `selector`, in document order.
fn all<T: JsCast>(host: &Element, selector: &str) -> Vec<T> {
    let list = host
        .shadow_root()
        .unwrap()
        .query_selector_all(selector)
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<T>().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn the_keys_follow_the_events_oldest_first_from_one_tab_stop() {
    let host = mounted().await;
    let vm = timeline(&default_dataset().unwrap(), Lang::Vi);
    let radios: Vec<HtmlInputElement> = all(&host, ".bl-timeline input");
    assert_eq!(radios.len(), vm.entries.len());
    assert!(radios.len() >= 3, "directive, programme and review");
    // One group (one name, no other radio sharing it), so one Tab stop; the first event is
    // checked, so Tab lands on it.
    assert!(radios
        .iter()
        .all(|r| r.type_() == "radio" && r.name() == "bl-event"));
    assert_eq!(
        all::<Element>(&host, "input[name=bl-event]").len(),
        radios.len()
    );
    assert!(radios[0].checked());
    assert!(radios[1..].iter().all(|r| !r.checked()));
    // The arrow keys follow document order: it is the order of the dates, oldest first, each
    // labelled with the date it names.
    let dates: Vec<String> = all::<Element>(&host, ".bl-timeline time")
        .iter()
        .map(|t| t.get_attribute("datetime").unwrap())
        .collect();
    let isos: Vec<&str> = vm.entries.iter().map(|e| e.iso.as_str()).collect();
    assert_eq!(dates, isos);
    assert!(dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}");
    assert_eq!(dates.first().map(String::as_str), Some("2011-12-01"));
    assert_eq!(dates.last().map(String::as_str), Some("2017-05-29"));
    unmount(&host);
    host.remove();
}

#[wasm_bindgen_test]
async fn selecting_an_event_shows_its_sentence_and_no_other() {
    let host = mounted().await;
    let vm = timeline(&default_dataset().unwrap(), Lang::Vi);
    let radios: Vec<HtmlInputElement> = all(&host, ".bl-timeline input");
    for (i, radio) in radios.iter().enumerate() {
        // What the arrow key does: the next radio of the group becomes the checked one.
        radio.set_checked(true);
        radio.focus().unwrap();
        let shown: Vec<String> = all::<HtmlElement>(&host, ".bl-tl-source")
            .iter()
            .filter(|q| q.offset_height() > 0)
            .map(|q| q.text_content().unwrap_or_default())
            .collect();
        assert_eq!(shown.len(), 1, "event {i}: {shown:?}");
        assert!(
            shown[0].contains(&vm.entries[i].source),
            "event {i}: {shown:?}"
        );
    }
    unmount(&host);
    host.remove();
}
