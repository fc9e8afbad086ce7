//! Measuring and focusing what is on the screen: whether a box overflows, waiting for the next
//! frame, moving the focus to a field.

use wasm_bindgen::JsCast;

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    super::document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Whether the content of element `id` is taller or wider than its box.
pub fn overflows(id: &str) -> bool {
    element(id).is_some_and(|e| {
        e.scroll_height() > e.client_height() + 1 || e.scroll_width() > e.client_width() + 1
    })
}

/// Waits until the browser has laid out and painted the next frame.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = super::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until the browser is idle (`requestIdleCallback`, at most two seconds), or a quarter
/// of a second where it has no such call: for work nobody is waiting for, such as fetching the
/// pages a visitor will open next.
pub async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = super::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let ask = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let asked = ask.is_some_and(|ask| {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
            ask.call2(&w, &resolve, &options).is_ok()
        });
        if !asked {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 250);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until the visitor first touches, clicks or types on the page: the sign that they are
/// going on to another page (a visit that only looks fetches nothing more).
pub async fn first_input() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = super::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        options.set_passive(true);
        for event in ["pointerdown", "touchstart", "keydown"] {
            let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
                event, &resolve, &options,
            );
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Focuses the text field `id` and selects its content, so typing replaces it; false if there
/// is no such field.
pub fn focus_select(id: &str) -> bool {
    let Some(input) = super::document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    let _ = input.focus();
    input.select();
    true
}

/// Takes the focus out of whatever field has it.
pub fn blur_active() {
    if let Some(e) = super::document()
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = e.blur();
    }
}

/// Focuses the first element among `ids` that is on the page (scrolled into view); false if
/// none is.
pub fn focus_first(ids: &[String]) -> bool {
    ids.iter().any(|id| match element(id) {
        Some(e) => {
            e.scroll_into_view_with_bool(false);
            let _ = e.focus();
            true
        }
        None => false,
    })
}

/// Adds the style sheet at `href` to the page once (a second call finds it there): the sheets of
/// screens the first load does not carry.
pub fn add_stylesheet(href: &str) {
    let Some(doc) = super::document() else { return };
    let id = format!("sheet-{href}");
    if doc.get_element_by_id(&id).is_some() {
        return;
    }
    let Ok(Some(head)) = doc.query_selector("head") else {
        return;
    };
    if let Ok(link) = doc.create_element("link") {
        let _ = link.set_attribute("id", &id);
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", href);
        let _ = head.append_child(&link);
    }
}
