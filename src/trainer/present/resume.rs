//! The session presented last, to continue, see the summary of, or put aside.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use crate::domain::present::session::Session;
use crate::i18n::Key;
use crate::ui::tr;
use crate::view::present_setup::progress;
use crate::view::trainer_route::TrainerRoute;

#[component]
pub fn ResumeCard(current: RwSignal<Option<Session>>) -> impl IntoView {
    move || {
        current.get().map(|s| {
            let (at, total) = progress(&s);
            view! {
                <section class="card resume">
                    <h2>{tr(TKey::ContinueSession)} ": " {s.name.clone()}</h2>
                    <p>{at} " / " {total}</p>
                    <div class="actions">
                        <a class="btn" href=TrainerRoute::PresentShow.href()>{tr(Key::ResumeContinue)}</a>
                        <a class="btn secondary" href=TrainerRoute::PresentSummary.href()>{tr(TKey::SessionSummary)}</a>
                        <button type="button" class="btn link" on:click=move |_| current.set(None)>{tr(TKey::Close)}</button>
                    </div>
                </section>
            }
        })
    }
}
