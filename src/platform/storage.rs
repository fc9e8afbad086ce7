//! localStorage that reports failure instead of panicking: unavailable (blocked, private mode),
//! full (QuotaExceededError), or anything else.

use crate::view::storage_keys;
use wasm_bindgen::{JsCast, JsValue};

/// Why storage did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage at all (blocked or not supported).
    Unavailable,
    /// The quota is exhausted.
    Full,
    /// Any other failure.
    Failed,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    super::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    let name = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name.contains("Quota") {
        StorageError::Full
    } else {
        StorageError::Failed
    }
}

/// The value under `key`, if any.
pub fn get(key: &str) -> Result<Option<String>, StorageError> {
    storage()?.get_item(key).map_err(classify)
}

/// Stores `value` under `key`.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(classify)
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    storage()?.remove_item(key).map_err(classify)
}

/// Every key Pilar Siap has written on this device.
pub fn keys() -> Vec<String> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(storage_keys::PREFIX))
        .collect()
}

/// Everything Pilar Siap keeps on this device, as one JSON object of key → stored text. Written
/// by the browser's own `JSON.stringify`: the crash page needs it from the main wasm, which
/// carries no JSON writer of its own.
pub fn snapshot() -> String {
    let all = js_sys::Object::new();
    for key in keys() {
        if let Ok(Some(text)) = get(&key) {
            let _ = js_sys::Reflect::set(&all, &key.as_str().into(), &text.as_str().into());
        }
    }
    js_sys::JSON::stringify_with_replacer_and_space(&all, &JsValue::NULL, &2.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// The file name of a `snapshot` download.
pub fn snapshot_file_name(now_ms: i64) -> String {
    format!("pilar-siap-tersimpan-{now_ms}.json")
}
