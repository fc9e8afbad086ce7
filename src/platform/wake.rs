//! Keeping the screen on while a QR code is shown to a camera (Screen Wake Lock API, where the
//! browser has it). A browser lets the lock go whenever the tab is hidden; it is asked for again
//! each time the tab is shown, and let go when the [`Awake`] is dropped.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// `navigator.wakeLock`, when the browser has it (secure pages only). Read with `Reflect`, as
/// `visibilityState` below: web-sys' own bindings would add their glue to the candidates'
/// first load (`main.js`) for a screen few open.
fn wake_lock() -> Option<JsValue> {
    let window: JsValue = super::window()?.into();
    let navigator = Reflect::get(&window, &"navigator".into()).ok()?;
    Reflect::get(&navigator, &"wakeLock".into())
        .ok()
        .filter(|w| w.is_object())
}

/// Whether this browser can keep the screen on.
pub fn supported() -> bool {
    wake_lock().is_some()
}

fn call(target: &JsValue, method: &str, arg: Option<&JsValue>) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
    match arg {
        Some(a) => f.call1(target, a).ok(),
        None => f.call0(target).ok(),
    }
}

/// Whether the [`Awake`] still lives, and the sentinel the browser granted.
type Slot = Rc<RefCell<(bool, Option<JsValue>)>>;

/// Asks for a screen lock; the granted sentinel goes into `slot`.
fn request(slot: &Slot) {
    let Some(lock) = wake_lock() else { return };
    let Some(promise) = call(&lock, "request", Some(&"screen".into())) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<Promise>() else {
        return;
    };
    let slot = slot.clone();
    spawn_local(async move {
        if let Ok(sentinel) = JsFuture::from(promise).await {
            let mut slot = slot.borrow_mut();
            // Granted after the screen that asked was left: let it go at once.
            let keep = slot.0.then_some(sentinel.clone());
            if let Some(old) = std::mem::replace(&mut slot.1, keep) {
                let _ = call(&old, "release", None);
            }
            if !slot.0 {
                let _ = call(&sentinel, "release", None);
            }
        }
    });
}

/// The screen kept on while this lives.
pub struct Awake {
    sentinel: Slot,
    listener: Option<Closure<dyn FnMut()>>,
}

impl Awake {
    pub fn new() -> Awake {
        let sentinel: Slot = Rc::new(RefCell::new((true, None)));
        request(&sentinel);
        let again = sentinel.clone();
        let listener = Closure::<dyn FnMut()>::new(move || {
            let visible = super::document()
                .and_then(|d| Reflect::get(&d, &"visibilityState".into()).ok())
                .and_then(|s| s.as_string())
                .is_some_and(|s| s == "visible");
            if visible {
                request(&again);
            }
        });
        if let Some(doc) = super::document() {
            let _ = doc.add_event_listener_with_callback(
                "visibilitychange",
                listener.as_ref().unchecked_ref(),
            );
        }
        Awake {
            sentinel,
            listener: Some(listener),
        }
    }
}

impl Default for Awake {
    fn default() -> Self {
        Awake::new()
    }
}

impl Drop for Awake {
    fn drop(&mut self) {
        if let (Some(doc), Some(l)) = (super::document(), self.listener.take()) {
            let _ = doc.remove_event_listener_with_callback(
                "visibilitychange",
                l.as_ref().unchecked_ref(),
            );
        }
        let mut slot = self.sentinel.borrow_mut();
        slot.0 = false;
        if let Some(s) = slot.1.take() {
            let _ = call(&s, "release", None);
        }
    }
}
