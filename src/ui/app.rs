//! The shell: header, storage warning, the page for the current address, footer.

use leptos::prelude::*;

use super::components::{LangToggle, SetAsideBanner, StorageBanner, UpdateBanner};
use super::pages::{
    HistoryPage, HomePage, NotFoundPage, ProfilePage, QuizPage, ResultsPage, ReviewPage,
};
use super::shared::{provide_device, provide_language};
use super::state::AppState;
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
                Route::Start(mode) => view! { <ProfilePage mode/> }.into_any(),
                Route::Quiz => view! { <QuizPage/> }.into_any(),
                Route::Review => view! { <ReviewPage/> }.into_any(),
                Route::Results(index) => view! { <ResultsPage index/> }.into_any(),
                Route::History => view! { <HistoryPage/> }.into_any(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <footer class="foot">
            <p>{tr(Key::FooterNote)}</p>
        </footer>
    }
}
