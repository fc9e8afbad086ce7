//! The Leptos front end: thin components over the domain, one per file, pages under one router.

mod app;
pub mod components;
mod pages;
pub mod shared;
pub mod state;

pub use app::App;

use leptos::prelude::*;

use crate::i18n::Words;

/// A reactive text of the app's own, in the current language.
pub fn tr<K: Words>(key: K) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
    let lang = shared::use_lang();
    move || key.text(lang.get())
}

/// Mounts the candidate app into `#app`, replacing the static loading screen of index.html.
pub fn start() {
    mount(App);
}

/// Mounts `app` into `#app`, replacing the static loading screen of the page — once that screen
/// has been painted: it is laid out as the app's first screen, so the largest text a visitor sees
/// is painted by the html alone (Largest Contentful Paint) and nothing moves when the app arrives.
pub fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    crate::platform::crash::install();
    // Leptos' executor starts with the mount: wasm-bindgen's until then.
    wasm_bindgen_futures::spawn_local(async move {
        crate::platform::layout::next_frame().await;
        crate::platform::layout::next_frame().await;
        mount_now(app);
    });
}

fn mount_now<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    use wasm_bindgen::JsCast;
    let Some(root) = crate::platform::document().and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    root.set_text_content(None);
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    leptos::mount::mount_to(root, app).forget();
}
