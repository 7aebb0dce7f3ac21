//! The wasm module's entry: installs the panic hook, readies the built-in dataset, and exports
//! `mount`, which the external loader (`static/embed.js`) calls for each host element, in a task
//! of its own. Everything else is in the library.

use wasm_bindgen::prelude::*;

/// Talc instead of the default dlmalloc: a fraction of its code size in the module, and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the widget in `host`, styled by `style` (a `CSSStyleSheet`, or the stylesheet's URL),
/// with its files at `assets` (a URL ending in `/`). No-op if mounted.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, style: JsValue, assets: String) -> Result<(), JsValue> {
    bl_infographic::embed::mount(host, &style, assets)
}

/// Re-renders the widget of `host` after a change of its attributes, keeping what the reader
/// chose (a new `data-src` mounts it anew). No-op if not mounted.
#[wasm_bindgen]
pub fn update(host: web_sys::Element, style: JsValue, assets: String) -> Result<(), JsValue> {
    bl_infographic::embed::update(&host, &style, assets)
}

/// Unmounts the widget of `host` (removed from the page): its app is destroyed and its
/// observers and listeners released.
#[wasm_bindgen]
pub fn unmount(host: web_sys::Element) {
    bl_infographic::embed::unmount(&host);
}

/// How many widgets are mounted on the page (the lifecycle tests check for leaks with it).
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> usize {
    bl_infographic::embed::mounted_count()
}

fn main() {
    bl_infographic::embed::install_panic_hook();
    // The built-in dataset parsed and its views built in the article's language (most widgets'),
    // now, not in the first widget's mount.
    let _ = bl_infographic::components::builtin_views(bl_infographic::i18n::Lang::Vi);
}
