//! A new version of the app, installed by the service worker (public/sw-register.js) and waiting:
//! whether one is ready, being told when one is, and switching to it (the page reloads).

use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn call(name: &str) -> Option<JsValue> {
    let w = super::window()?;
    let f: Function = Reflect::get(&w, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    f.call0(&w).ok()
}

/// Whether a new version waits to take over.
pub fn ready() -> bool {
    call("pilarSiapUpdateReady")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Calls `f` when a new version becomes ready, for the life of the page.
pub fn on_ready(f: impl Fn() + 'static) {
    let Some(w) = super::window() else { return };
    let closure = Closure::<dyn Fn()>::new(f);
    let _ =
        w.add_event_listener_with_callback("pilar-siap-update", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Switches to the waiting version; the page reloads when it has taken over.
pub fn apply() {
    let _ = call("pilarSiapApplyUpdate");
}
