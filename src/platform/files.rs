//! Reading a file the user picked, with its size checked before a byte is read.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than the limit (its size in bytes).
    TooLarge(u64),
    /// The browser could not read it.
    Unreadable,
}

/// The first file chosen in the `<input type="file">` that fired `ev`; the input is cleared, so
/// choosing the same file again fires again.
pub fn take_chosen(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// The file's text (invalid UTF-8 replaced), if it is at most `limit` bytes.
pub async fn read_text(file: &web_sys::File, limit: u64) -> Result<String, FileError> {
    let size = file.size() as u64;
    if size > limit {
        return Err(FileError::TooLarge(size));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Starts reading every file now (the browser reads them concurrently); each promise gives the
/// file's bytes, or `null` for a file over `limit` bytes.
pub fn start_reading(files: &[web_sys::File], limit: u64) -> Vec<js_sys::Promise> {
    files
        .iter()
        .map(|f| {
            if f.size() as u64 <= limit {
                f.array_buffer()
            } else {
                js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)
            }
        })
        .collect()
}

/// Waits for some of the reads `start_reading` began: each file's bytes, or why not.
pub async fn finish_reading(
    files: &[web_sys::File],
    reads: &[js_sys::Promise],
) -> Vec<Result<Vec<u8>, FileError>> {
    let promises: js_sys::Array = reads.iter().collect();
    let all = match JsFuture::from(js_sys::Promise::all(&promises)).await {
        Ok(v) => js_sys::Array::from(&v),
        Err(_) => return files.iter().map(|_| Err(FileError::Unreadable)).collect(),
    };
    files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let buffer = all.get(i as u32);
            if buffer.is_null() || buffer.is_undefined() {
                return Err(FileError::TooLarge(f.size() as u64));
            }
            Ok(js_sys::Uint8Array::new(&buffer).to_vec())
        })
        .collect()
}
