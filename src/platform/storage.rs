//! localStorage that reports failure instead of panicking: unavailable (blocked, private mode),
//! full (QuotaExceededError), or anything else.

use wasm_bindgen::JsCast;

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
