//! If the app panics anyway (release builds abort on a panic, which kills the page), the panic
//! hook replaces the page with a plain one in Indonesian (and English) instead of a dead screen:
//! what happened, that the saved answers are still on the device, a link that downloads a copy
//! of everything Pilar Siap keeps there ("Unduh jawaban tersimpan"), and one that reloads.
//! Built without Leptos and with nothing that could panic again; the download is a plain link
//! to a Blob, so it works after the wasm has stopped.

use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{t, Key, Lang};

/// Installs the hook (once, at start).
pub fn install() {
    std::panic::set_hook(Box::new(|_| show()));
}

/// Replaces the page with the crash page.
pub fn show() {
    if let Some(body) = super::document().and_then(|d| d.body()) {
        let _ = render_into(&body);
    }
}

fn element(doc: &web_sys::Document, tag: &str, text: &str) -> Result<web_sys::Element, JsValue> {
    let e = doc.create_element(tag)?;
    e.set_text_content(Some(text));
    Ok(e)
}

/// Replaces the content of `host` with the crash page.
pub fn render_into(host: &web_sys::Element) -> Result<(), JsValue> {
    let doc = super::document().ok_or_else(|| JsValue::from_str("no document"))?;
    let main = doc.create_element("main")?;
    main.set_id("crash");
    // The title and what to do are announced at once; the page keeps its main landmark.
    let alert = doc.create_element("div")?;
    alert.set_attribute("role", "alert")?;
    let title = element(&doc, "h1", t(Lang::Id, Key::CrashTitle))?;
    alert.append_child(&title)?;
    let text = element(&doc, "p", t(Lang::Id, Key::CrashText))?;
    alert.append_child(&text)?;
    main.append_child(&alert)?;
    let english = element(&doc, "p", t(Lang::En, Key::CrashText))?;
    english.set_attribute("lang", "en")?;
    english.set_class_name("muted");
    main.append_child(&english)?;

    let parts = js_sys::Array::of1(&JsValue::from_str(&super::storage::snapshot()));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let download: web_sys::HtmlAnchorElement =
        element(&doc, "a", t(Lang::Id, Key::CrashDownload))?.dyn_into()?;
    download.set_href(&web_sys::Url::create_object_url_with_blob(&blob)?);
    download.set_download(&super::storage::snapshot_file_name(
        js_sys::Date::now() as i64
    ));
    download.set_class_name("btn");
    let reload: web_sys::HtmlAnchorElement =
        element(&doc, "a", t(Lang::Id, Key::CrashReload))?.dyn_into()?;
    reload.set_href("./");
    reload.set_class_name("btn secondary");
    let actions = doc.create_element("p")?;
    actions.set_class_name("actions");
    actions.append_child(&download)?;
    actions.append_child(&reload)?;
    main.append_child(&actions)?;

    host.set_text_content(None);
    host.append_child(&main)?;
    Ok(())
}
