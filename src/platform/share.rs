//! The system share sheet (Web Share API, with a file where the browser can), and the clipboard.
//! Both are reached by name, so browsers without them are told apart at run time.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &JsValue::from_str("navigator")).ok()
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Offers `text` as a file `name` through the share sheet; `false` when the browser cannot share
/// files (the caller then downloads it) or the person closed the sheet.
pub async fn share_file(name: &str, mime: &str, text: &str, title: &str) -> bool {
    let Some(nav) = navigator() else { return false };
    let (Some(can_share), Some(share)) = (method(&nav, "canShare"), method(&nav, "share")) else {
        return false;
    };
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&JsValue::from_str(text));
    let Ok(file) = web_sys::File::new_with_str_sequence_and_options(&parts, name, &options) else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &JsValue::from_str("files"), &Array::of1(&file));
    let _ = Reflect::set(
        &data,
        &JsValue::from_str("title"),
        &JsValue::from_str(title),
    );
    if !can_share
        .call1(&nav, &data)
        .ok()
        .is_some_and(|v| v.is_truthy())
    {
        return false;
    }
    match share
        .call1(&nav, &data)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// Copies `text` to the clipboard; `false` when the browser refused.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) =
        navigator().and_then(|n| Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
    else {
        return false;
    };
    let Some(write) = method(&clipboard, "writeText") else {
        return false;
    };
    match write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    }
}
