//! Presenting: one slide at a time, driven by the keys a presentation clicker sends. The session
//! is saved on every change, so a reload comes back to the same slide with the counts kept.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::presenter::Presenter;
use super::use_current;
use crate::i18n::Key;
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

#[component]
pub fn PresentPage() -> impl IntoView {
    let loaded = use_current();
    move || match loaded.get() {
        None => view! { <p class="loading present-note" role="status">{tr(Key::Loading)}</p> }
            .into_any(),
        Some(Err(key)) => view! {
            <div class="present-note">
                <h1>{tr(TKey::PresentTitle)}</h1>
                <p>{tr(key)}</p>
                <p><a class="btn" href=TrainerRoute::Present.href()>{tr(TKey::BackToSetup)}</a></p>
            </div>
        }
        .into_any(),
        Some(Ok((bank, session))) => view! { <Presenter bank session/> }.into_any(),
    }
}
