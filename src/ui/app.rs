//! The shell: header, storage warning, the page for the current address, footer.

use leptos::prelude::*;

use super::components::{LangToggle, Later, SetAsideBanner, StorageBanner, UpdateBanner};
use super::pages::split;
use super::pages::{HomePage, NotFoundPage};
use super::shared::{provide_device, provide_language};
use super::state::{AppState, BankState};
use super::tr;
use crate::i18n::Key;
use crate::platform::location;
use crate::view::route::Route;

#[component]
pub fn App() -> impl IntoView {
    let lang = provide_language();
    let app = AppState::new(provide_device());
    provide_context(app);
    location::on_hash_change(move |h| app.route.set(Route::parse(&h)));
    app.restore_source();
    app.load_bank();
    preload_when_ready(app);
    let clock = StoredValue::new_local(app.start_clock());
    on_cleanup(move || clock.set_value(None));
    Effect::new(move |_| location::set_document_lang(lang.get().tag()));

    view! {
        <header class="top">
            <a class="brand" href=Route::Home.href()>{tr(Key::AppName)}</a>
            <LangToggle/>
        </header>
        <StorageBanner/>
        <SetAsideBanner/>
        <UpdateBanner/>
        <main id="main">
            {move || match app.route.get() {
                Route::Home => view! { <HomePage/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                // One `Later` for every page of a chunk: each kind of page would be a copy of it.
                route => view! { <Later page=move || split::page(route)/> }.into_any(),
            }}
        </main>
        <footer class="foot">
            <p>{tr(Key::FooterNote)}</p>
        </footer>
    }
}

/// Once the bank is here and the visitor first touches the page (they are going on), fetches the
/// other pages' chunks while the browser is idle, so that no page waits for the network when it
/// opens. A visit that only looks at the home page fetches none of them.
fn preload_when_ready(app: AppState) {
    let touched = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::platform::layout::first_input().await;
        touched.set(true);
    });
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        let ready = matches!(app.bank.get(), BankState::Ready(_));
        if ready && touched.get() && !started.get_value() {
            started.set_value(true);
            leptos::task::spawn_local(split::preload());
        }
    });
}
