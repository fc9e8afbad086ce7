//! A repeating timer (setInterval) that stops when dropped.
//!
//! The timer id is kept as the JavaScript value `setInterval` returned: web-sys types it as an
//! `i32`, which fake clocks (and some embedders) overflow, and a wrong id would leave the timer
//! calling a dropped closure.

use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Calls a function every `ms` milliseconds until dropped.
pub struct Interval {
    id: JsValue,
    _closure: Closure<dyn FnMut()>,
}

fn global_fn(name: &str) -> Option<Function> {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

impl Interval {
    pub fn new(ms: i32, f: impl FnMut() + 'static) -> Option<Interval> {
        let closure = Closure::<dyn FnMut()>::new(f);
        let id = global_fn("setInterval")?
            .call2(&JsValue::NULL, closure.as_ref(), &JsValue::from(ms))
            .ok()?;
        Some(Interval {
            id,
            _closure: closure,
        })
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(clear) = global_fn("clearInterval") {
            let _ = clear.call1(&JsValue::NULL, &self.id);
        }
    }
}
