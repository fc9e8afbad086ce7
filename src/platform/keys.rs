//! Keyboard shortcuts: a window `keydown` listener that is removed when dropped.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::view::shortcut::Press;

/// A key press, with what was focused when it happened.
pub struct KeyPress {
    key: String,
    modified: bool,
    in_text: bool,
    on_control: bool,
    event: web_sys::KeyboardEvent,
}

impl KeyPress {
    /// The press as the pages' shortcuts read it.
    pub fn press(&self) -> Press<'_> {
        Press {
            key: &self.key,
            modified: self.modified,
            in_text: self.in_text,
            on_control: self.on_control,
        }
    }

    /// Stops the browser's own handling (e.g. arrows moving between radio buttons).
    pub fn prevent_default(&self) {
        self.event.prevent_default();
    }
}

/// Listens to key presses on the whole page until dropped.
pub struct KeyListener {
    closure: Closure<dyn FnMut(web_sys::KeyboardEvent)>,
}

impl KeyListener {
    pub fn new(mut f: impl FnMut(KeyPress) + 'static) -> Option<KeyListener> {
        let closure = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
            move |event: web_sys::KeyboardEvent| {
                let target = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                let tag = target.as_ref().map(|t| t.tag_name()).unwrap_or_default();
                let kind = target
                    .as_ref()
                    .and_then(|t| t.get_attribute("type"))
                    .unwrap_or_default();
                let in_text = tag == "TEXTAREA"
                    || tag == "SELECT"
                    || (tag == "INPUT" && !matches!(kind.as_str(), "radio" | "checkbox"));
                f(KeyPress {
                    key: event.key(),
                    modified: event.ctrl_key() || event.alt_key() || event.meta_key(),
                    in_text,
                    on_control: tag == "BUTTON" || tag == "A",
                    event,
                })
            },
        );
        super::window()?
            .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(KeyListener { closure })
    }
}

impl Drop for KeyListener {
    fn drop(&mut self) {
        if let Some(w) = super::window() {
            let _ = w.remove_event_listener_with_callback(
                "keydown",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
