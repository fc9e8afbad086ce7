//! Shared by the component tests that run in the browser (`tests/web_*.rs`).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A fresh element in the page's body to mount a component into.
pub fn host() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    el
}
