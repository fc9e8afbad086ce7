//! One item per screen with progress; answers are saved as they are given.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{answered_of, item_of, unanswered_note, Key, Lang};
use crate::ui::components::{BankGate, ItemView, PageTitle, ProgressBar};
use crate::ui::route::Route;
use crate::ui::state::{use_app, LoadedBank};
use crate::ui::tr;

#[component]
pub fn QuizPage() -> impl IntoView {
    view! { <BankGate children=|bank| view! { <Quiz bank/> }/> }
}

#[component]
fn Quiz(bank: Arc<LoadedBank>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let has_attempt = move || {
        app.attempt
            .with(|a| a.as_ref().is_some_and(|a| !a.is_finished()))
    };
    let position = Memo::new(move |_| app.attempt.with(|a| a.as_ref().map_or(0, |a| a.position)));
    let total = Memo::new(move |_| {
        app.attempt
            .with(|a| a.as_ref().map_or(0, |a| a.items.len()))
    });
    let answered = Memo::new(move |_| app.attempt.with(|a| a.as_ref().map_or(0, |a| a.answered())));
    let current = Memo::new(move |_| {
        app.attempt
            .with(|a| a.as_ref().and_then(|a| a.current_item().map(str::to_owned)))
    });
    let confirming = RwSignal::new(false);
    let first_unanswered = move || {
        app.attempt.with_untracked(|a| {
            a.as_ref()
                .and_then(|a| a.items.iter().position(|i| !a.answers.contains_key(i)))
        })
    };
    let go = move |to: usize| {
        confirming.set(false);
        app.go_to(to);
    };
    let finish = move |_| {
        if answered.get_untracked() < total.get_untracked() && !confirming.get_untracked() {
            confirming.set(true);
        } else {
            app.finish();
        }
    };
    let item_bank = bank.clone();
    let item_view = move || {
        let id = current.get()?;
        let item = item_bank.bank.item(&id)?.clone();
        let names: Vec<(String, String)> = item
            .common
            .competencies
            .iter()
            .filter_map(|w| item_bank.bank.competency(&w.id))
            .map(|c| (c.name.clone(), c.name_en.clone()))
            .collect();
        let tags = move || {
            names
                .iter()
                .map(|(id, en)| {
                    if lang.get() == Lang::En {
                        en.clone()
                    } else {
                        id.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(" · ")
        };
        let answer_id = id.clone();
        let answer = Signal::derive(move || {
            app.attempt
                .with(|a| a.as_ref().and_then(|a| a.answer_to(&answer_id).cloned()))
        });
        let on_answer = Callback::new(move |a| app.answer(&id, a));
        let anchors = item_bank.bank.likert_anchors.clone();
        Some(view! {
            <p class="tags">{tr(Key::Measures)} ": " {tags}</p>
            <ItemView item anchors answer on_answer/>
        })
    };
    view! {
        <Show
            when=has_attempt
            fallback=|| {
                view! {
                    <p>{tr(Key::NoAttempt)}</p>
                    <p><a class="btn" href=Route::Home.href()>{tr(Key::Home)}</a></p>
                }
            }
        >
            <div class="quiz-head">
                <PageTitle
                    text=move || item_of(lang.get(), position.get() + 1, total.get())
                    focus_on=Signal::from(position)
                />
                <ProgressBar value=answered max=total label=Signal::derive(tr(Key::ProgressLabel))/>
                <p class="muted" aria-live="polite">
                    {move || answered_of(lang.get(), answered.get(), total.get())}
                </p>
            </div>
            {item_view.clone()}
            <Show when=move || confirming.get()>
                <div class="card confirm" role="alertdialog" aria-labelledby="confirm-title">
                    <h2 id="confirm-title">{tr(Key::FinishConfirmTitle)}</h2>
                    <p>{move || unanswered_note(lang.get(), total.get() - answered.get())}</p>
                    <div class="actions">
                        <button
                            type="button"
                            class="btn"
                            on:click=move |_| go(first_unanswered().unwrap_or(0))
                        >
                            {tr(Key::GoToFirstUnanswered)}
                        </button>
                        <button type="button" class="btn secondary" on:click=finish>
                            {tr(Key::FinishAnyway)}
                        </button>
                    </div>
                </div>
            </Show>
            <nav class="quiz-nav">
                <button
                    type="button"
                    class="btn secondary"
                    disabled=move || position.get() == 0
                    on:click=move |_| go(position.get_untracked().saturating_sub(1))
                >
                    {tr(Key::Previous)}
                </button>
                <Show
                    when=move || position.get() + 1 < total.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="btn" on:click=finish>
                                {tr(Key::Finish)}
                            </button>
                        }
                    }
                >
                    <button
                        type="button"
                        class="btn"
                        on:click=move |_| go(position.get_untracked() + 1)
                    >
                        {tr(Key::Next)}
                    </button>
                </Show>
            </nav>
            <p class="saved muted">
                <Show when=move || app.storage_ok.get()>{tr(Key::SavedOnDevice)}</Show>
            </p>
        </Show>
    }
}
