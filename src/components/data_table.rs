//! A chart's figures as a table inside a native toggle ("Xem bảng số liệu"), closed until the
//! reader opens it: the browser keeps it keyboard- and screen-reader-operable, with or without
//! the script. Whether it is open is this component's state, so a re-render of the widget (a
//! theme or language change) keeps it as the reader left it.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use crate::i18n::{text, Key, Lang};

/// Past this many rows a table is rendered when the reader first opens its toggle, not with
/// the page: a `data-src` dataset of 10.000 figures would otherwise have a 5.000-row table
/// rendered that nobody has asked for. The article's tables are a fraction of this, so the
/// prerendered page, which has no script, always has them in place.
const DEFERRED_ROWS: usize = 500;

/// Props of [`DataTable`].
#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The table's caption.
    pub caption: AttrValue,
    /// The reader's language.
    pub lang: Lang,
    /// The table marks computed figures with `*`: a footnote says so.
    pub footnote: bool,
    /// The column headers.
    pub columns: Vec<AttrValue>,
    /// How many rows the table has.
    pub count: usize,
    /// Renders the rows (`<tbody>`, `<tfoot>`): called only when they are shown.
    pub rows: Callback<(), Html>,
}

/// The toggle and, when shown, the table.
#[function_component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<HtmlDetailsElement>() {
                open.set(details.open());
            }
        })
    };
    let lang = props.lang;
    let shown = *open || props.count <= DEFERRED_ROWS;
    let columns = props
        .columns
        .iter()
        .map(|name| html! { <th scope="col">{ name }</th> });
    let table = shown.then(|| {
        let footnote = props.footnote.then(
            || html! { <p class="bl-footnote">{ format!("* {}", text(Key::Derived, lang)) }</p> },
        );
        html! {
            <>
                <table class="bl-table">
                    <caption>{ &props.caption }</caption>
                    <thead><tr>{ for columns }</tr></thead>
                    { props.rows.emit(()) }
                </table>
                { for footnote }
            </>
        }
    });
    html! {
        <details class="bl-data" open={*open} {ontoggle}>
            <summary>{ text(Key::ShowTable, lang) }</summary>
            // One child, present or empty: `for` would flatten it into the list, and Yew,
            // matching children from the end, would then make the summary anew (the focus lost).
            { table.unwrap_or_default() }
        </details>
    }
}
