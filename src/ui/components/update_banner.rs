//! "A new version is ready": offered only when no attempt is in progress, so an attempt is never
//! interrupted by an update (the old version keeps serving until then).

use leptos::prelude::*;

use crate::i18n::Key;
use crate::platform::update;
use crate::ui::state::AppState;
use crate::ui::tr;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    // The candidates' app waits until no attempt is in progress; the trainers' has none.
    let app = use_context::<AppState>();
    let ready = RwSignal::new(update::ready());
    update::on_ready(move || ready.set(true));
    view! {
        <Show when=move || ready.get() && app.is_none_or(|a| a.attempt.with(Option::is_none))>
            <div class="banner ok" role="status">
                <p>{tr(Key::UpdateReady)}</p>
                <button type="button" class="btn" on:click=move |_| update::apply()>{tr(Key::UpdateNow)}</button>
            </div>
        </Show>
    }
}
