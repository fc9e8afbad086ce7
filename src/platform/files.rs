//! Reading a file the user picked, with its size checked before a byte is read.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::format::decode::decode;
use crate::domain::format::problem::{check_size, Path, Problem, ProblemKind};

fn unreadable() -> Problem {
    Problem::error(Path::root(), ProblemKind::Unreadable)
}

/// The first file chosen in the `<input type="file">` that fired `ev`; the input is cleared, so
/// choosing the same file again fires again.
pub fn take_chosen(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// The file's bytes, if it is at most `limit` bytes (checked by `File.size` first).
pub async fn read_bytes(file: &web_sys::File, limit: u64) -> Result<Vec<u8>, Problem> {
    check_size(file.size() as u64, limit)?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| unreadable())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The file's text, if it is at most `limit` bytes and UTF-8.
pub async fn read_text(file: &web_sys::File, limit: u64) -> Result<String, Problem> {
    decode(read_bytes(file, limit).await?)
}

/// A read `start_reading` began: the file's bytes to come, or already why not.
pub struct Reading(Result<js_sys::Promise, Problem>);

/// Starts reading every file now (the browser reads them concurrently); a file over its limit
/// (by `File.size`) is refused without being read.
pub fn start_reading(
    files: &[web_sys::File],
    limit: impl Fn(&web_sys::File) -> u64,
) -> Vec<Reading> {
    files
        .iter()
        .map(|f| Reading(check_size(f.size() as u64, limit(f)).map(|()| f.array_buffer())))
        .collect()
}

/// Waits for some of the reads `start_reading` began: each file's bytes, or why not (a file
/// the browser cannot read spoils only itself).
pub async fn finish_reading(reads: &[Reading]) -> Vec<Result<Vec<u8>, Problem>> {
    let promises: js_sys::Array = reads.iter().filter_map(|r| r.0.as_ref().ok()).collect();
    let settled = match JsFuture::from(js_sys::Promise::all_settled(&promises)).await {
        Ok(v) => js_sys::Array::from(&v),
        Err(_) => return reads.iter().map(|_| Err(unreadable())).collect(),
    };
    let field = |o: &JsValue, name: &str| js_sys::Reflect::get(o, &JsValue::from_str(name)).ok();
    let mut done = settled.iter();
    reads
        .iter()
        .map(|r| match &r.0 {
            Err(p) => Err(p.clone()),
            Ok(_) => done
                .next()
                .filter(|s| {
                    field(s, "status").and_then(|v| v.as_string()).as_deref() == Some("fulfilled")
                })
                .and_then(|s| field(&s, "value"))
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
                .ok_or_else(unreadable),
        })
        .collect()
}
