//! One item per screen: progress, the simulation's countdown, flag for review, practice feedback,
//! and keyboard shortcuts (A–E / 1–5 choose, Enter checks or goes on, ← → move). What the page
//! computes is in `view::quiz`; its parts only show it.

mod current_item;
mod head;
mod item_tools;
mod keys;
mod quiz_nav;
mod state;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::CheckedBank;
use crate::i18n::Key;
use crate::ui::components::BankGate;
use crate::ui::tr;
use crate::view::route::Route;
use current_item::current_item;
use head::quiz_head;
use item_tools::item_tools;
use quiz_nav::quiz_nav;
use state::QuizState;

#[component]
pub fn QuizPage() -> impl IntoView {
    view! { <BankGate children=|bank| view! { <Quiz bank/> }/> }
}

#[component]
fn Quiz(bank: Arc<CheckedBank>) -> impl IntoView {
    let quiz = QuizState::new();
    let app = quiz.app;
    keys::listen(quiz, bank.clone());
    view! {
        <Show
            when=move || quiz.active.get()
            fallback=|| {
                view! {
                    <p>{tr(Key::NoAttempt)}</p>
                    <p><a class="btn" href=Route::Home.href()>{tr(Key::Home)}</a></p>
                }
            }
        >
            {quiz_head(quiz)}
            {current_item(bank.clone(), quiz)}
            {item_tools(quiz)}
            {quiz_nav(quiz)}
            <p class="saved muted">
                <Show when=move || app.device.storage_failure.with(Option::is_none)>{tr(Key::SavedOnDevice)}</Show>
            </p>
            <details class="shortcuts">
                <summary>{tr(Key::ShortcutsTitle)}</summary>
                <p>{tr(Key::ShortcutsText)}</p>
            </details>
        </Show>
    }
}
