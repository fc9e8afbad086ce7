//! Time and randomness from the browser.

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// How many minutes the device's clock is ahead of UTC now (WITA: 480): its calendar days are
/// the spaced review's.
pub fn offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// The device's calendar day now (days since 1970-01-01).
pub fn today() -> i64 {
    crate::domain::format::time::local_day(now_ms(), offset_minutes())
}

/// A seed for drawing an attempt's items (not for anything secret).
pub fn random_seed() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Waits `ms` milliseconds (lets the browser paint and handle input between chunks of work).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = super::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
