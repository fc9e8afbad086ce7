//! Reading a file the user picked, with its size checked before a byte is read.

use wasm_bindgen_futures::JsFuture;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than the limit (its size in bytes).
    TooLarge(u64),
    /// The browser could not read it.
    Unreadable,
}

/// The first file chosen in an `<input type="file">`, with its name.
pub fn chosen(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files()?.get(0)
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
