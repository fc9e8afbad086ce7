//! The crash page a panic leaves instead of a dead screen: what happened, in Indonesian, and a
//! download of everything saved on the device that still works once the wasm has stopped.
#![cfg(target_arch = "wasm32")]

use pilar_siap::platform::crash;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_crash_page_offers_the_saved_answers() {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    let saved = r#"{"answers":{"hukum-pg-01":"b"}}"#;
    storage.set_item("pilar-siap:attempt:test", saved).unwrap();
    storage.set_item("another-app", "not ours").unwrap();

    // Into a box of its own: the test runner reports through the page's body.
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    crash::render_into(&host).unwrap();

    let main = document.get_element_by_id("crash").unwrap();
    let alert = main.query_selector("[role=alert]").unwrap().unwrap();
    let h1 = alert.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        h1.text_content().unwrap(),
        "Maaf, Pilar Siap berhenti karena kesalahan"
    );
    let link: web_sys::HtmlAnchorElement = main
        .query_selector("a[download]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(link.text_content().unwrap(), "Unduh jawaban tersimpan");
    assert!(link.download().starts_with("pilar-siap-tersimpan-"));

    // The link's file holds Pilar Siap's saved state, and nothing of other sites' apps.
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&link.href()))
        .await
        .unwrap()
        .unchecked_into();
    let text = JsFuture::from(response.text().unwrap())
        .await
        .unwrap()
        .as_string()
        .unwrap();
    let copy: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(copy["pilar-siap:attempt:test"], saved);
    assert!(copy.get("another-app").is_none());
    storage.remove_item("pilar-siap:attempt:test").unwrap();
    storage.remove_item("another-app").unwrap();
}
