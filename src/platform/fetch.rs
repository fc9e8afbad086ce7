//! Fetching a text file of the same site (the bundled bank).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No connection (or the request was refused).
    Network,
    /// The server answered with this HTTP status.
    Status(u16),
    /// The body could not be read as text.
    Body,
}

/// The text at `url` (relative to the page).
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = super::window().ok_or(FetchError::Network)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?
        .dyn_into()
        .map_err(|_: JsValue| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| FetchError::Body)?)
        .await
        .map_err(|_| FetchError::Body)?;
    text.as_string().ok_or(FetchError::Body)
}
