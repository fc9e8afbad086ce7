//! The home page's spaced review: how many items are due today, and a short session of them.

use leptos::prelude::*;

use crate::domain::attempt::Mode;
use crate::domain::format::time::format_date;
use crate::i18n::learning::due_note;
use crate::i18n::{mode_name, Key};
use crate::platform::clock;
use crate::ui::shared::use_lang;
use crate::ui::state::{begin_drill, use_app, Drill};
use crate::ui::tr;

/// The spaced review due today, once the bank and the history are read: how many items, and a
/// short session of them. Below the home page's modes, so that nothing above them moves when it
/// appears; drawn there by the `answering` chunk (`AppState::review_card`), so that none of it is
/// in the main wasm.
#[component]
pub fn ReviewDue() -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let due = move || {
        let bank = app.loaded()?;
        let today = format_date(clock::today());
        let n = app.history.with(|h| h.review.due_count(&bank.bank, &today));
        (n > 0).then_some(n)
    };
    let start = move |_| {
        leptos::task::spawn_local(async move {
            let _ = begin_drill(app, Drill::Review, lang.get_untracked()).await;
        });
    };
    move || {
        due().map(|n| {
            view! {
                <section class="card" aria-labelledby="review-due-title">
                    <h2 id="review-due-title">{move || mode_name(lang.get(), Mode::Review)}</h2>
                    <p>{move || due_note(lang.get(), n)}</p>
                    <button type="button" class="btn" on:click=start>{tr(Key::StartReview)}</button>
                </section>
            }
        })
    }
}
