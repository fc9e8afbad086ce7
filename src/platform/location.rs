//! The address bar's hash (`#/soal`), which the app's router follows, and the page's language.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The current hash without the leading `#`.
pub fn hash() -> String {
    super::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The value of `name` in the address's query (`?bank=…`), decoded.
pub fn query(name: &str) -> Option<String> {
    let search = super::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// Sets the hash (a new history entry, so the back button returns).
pub fn set_hash(hash: &str) {
    if let Some(w) = super::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Calls `f` with the new hash whenever it changes, for the life of the page.
pub fn on_hash_change(f: impl Fn(String) + 'static) {
    let Some(w) = super::window() else { return };
    let closure = Closure::<dyn Fn()>::new(move || f(hash()));
    let _ = w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Sets `<html lang>` so screen readers pronounce the page right.
pub fn set_document_lang(tag: &str) {
    if let Some(el) = super::document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", tag);
    }
}

/// Sets the page title.
pub fn set_title(title: &str) {
    if let Some(d) = super::document() {
        d.set_title(title);
    }
}
