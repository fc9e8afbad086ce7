//! Fetching a text file of the same site (the bundled bank, a bank named by `?bank=`): its size
//! checked by `Content-Length` before the body is read and again after, its text checked as UTF-8.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::format::decode::decode;
use crate::domain::format::problem::{check_size, Path, Problem, ProblemKind};

fn not_fetched(url: &str, status: Option<u16>) -> Problem {
    Problem::error(
        Path::root(),
        ProblemKind::NotFetched {
            url: url.to_owned(),
            status,
        },
    )
}

/// The text at `url` (relative to the page), if it is at most `limit` bytes of UTF-8.
pub async fn fetch_text(url: &str, limit: u64) -> Result<String, Problem> {
    let window = super::window().ok_or_else(|| not_fetched(url, None))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| not_fetched(url, None))?
        .dyn_into()
        .map_err(|_: JsValue| not_fetched(url, None))?;
    if !response.ok() {
        return Err(not_fetched(url, Some(response.status())));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<u64>().ok());
    check_size(declared.unwrap_or(0), limit)?;
    let body = response
        .array_buffer()
        .map_err(|_| not_fetched(url, None))?;
    let buffer = JsFuture::from(body)
        .await
        .map_err(|_| not_fetched(url, None))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    check_size(bytes.len() as u64, limit)?;
    decode(bytes)
}
