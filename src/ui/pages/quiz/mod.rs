//! One item per screen: progress, the simulation's countdown, flag for review, practice feedback,
//! and keyboard shortcuts (A–E / 1–5 choose, Enter checks or goes on, ← → move).

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::attempt::draw::option_order;
use crate::domain::attempt::{Attempt, Mode};
use crate::i18n::{answered_of, item_of, t, Key, Lang};
use crate::platform::keys::KeyListener;
use crate::ui::components::{BankGate, Countdown, Feedback, ItemView, PageTitle, ProgressBar};
use crate::ui::state::use_app;
use crate::ui::tr;
use crate::view::route::Route;
use crate::view::shortcut::answer_for_key;

#[component]
pub fn QuizPage() -> impl IntoView {
    view! { <BankGate children=|bank| view! { <Quiz bank/> }/> }
}

/// A value read from the attempt in progress, re-computed only when it changes.
fn from_attempt<T: Clone + PartialEq + Send + Sync + 'static>(
    f: impl Fn(&Attempt) -> T + Send + Sync + 'static,
    none: T,
) -> Memo<T> {
    let app = use_app();
    Memo::new(move |_| {
        app.attempt
            .with(|a| a.as_ref().map_or_else(|| none.clone(), &f))
    })
}

#[component]
fn Quiz(bank: Arc<CheckedBank>) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let active = from_attempt(|a| !a.is_finished(), false);
    let position = from_attempt(|a| a.position, 0);
    let total = from_attempt(|a| a.items.len(), 0);
    let answered = from_attempt(Attempt::answered, 0);
    let mode = from_attempt(|a| a.mode, Mode::Practice);
    let seed = from_attempt(|a| a.seed, 0);
    let deadline = from_attempt(|a| a.deadline, None);
    let current = from_attempt(|a| a.current_item().map(str::to_owned), None);
    let item_state = move |id: &str| {
        app.attempt.with(|a| {
            a.as_ref().map_or((None, false, false), |a| {
                (
                    a.answer_to(id).cloned(),
                    a.is_checked(id),
                    a.flags.contains(id),
                )
            })
        })
    };
    let go = move |to: usize| app.go_to(to);
    let next = move || {
        let p = position.get_untracked();
        if p + 1 < total.get_untracked() {
            go(p + 1);
        } else {
            app.navigate(Route::Review);
        }
    };
    // Practice: Enter or "Periksa" shows the feedback; then Enter goes on.
    let confirm = move || {
        let Some(id) = current.get_untracked() else {
            return;
        };
        let (answer, checked, _) = item_state(&id);
        if mode.get_untracked() == Mode::Practice && answer.is_some() && !checked {
            app.check(&id);
        } else {
            next();
        }
    };

    let keys_bank = bank.clone();
    let listener = KeyListener::new(move |k| {
        if k.modified || k.in_text || !active.get_untracked() {
            return;
        }
        match k.key.as_str() {
            "ArrowRight" => {
                k.prevent_default();
                next();
            }
            "ArrowLeft" => {
                k.prevent_default();
                go(position.get_untracked().saturating_sub(1));
            }
            "Enter" if !k.on_control => {
                k.prevent_default();
                confirm();
            }
            key => {
                let Some(id) = current.get_untracked() else {
                    return;
                };
                let Some(item) = keys_bank.bank.item(&id) else {
                    return;
                };
                let (answer, checked, _) = item_state(&id);
                if checked {
                    return;
                }
                let order = option_order(item, seed.get_untracked());
                if let Some(a) = answer_for_key(item, &order, key, answer.as_ref()) {
                    k.prevent_default();
                    app.answer(&id, a);
                }
            }
        }
    });
    let listener = StoredValue::new_local(listener);
    on_cleanup(move || listener.set_value(None));

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
        let (answer_id, locked_id, fb_id) = (id.clone(), id.clone(), id.clone());
        let answer = Signal::derive(move || item_state(&answer_id).0);
        let locked = Signal::derive(move || item_state(&locked_id).1);
        let on_answer = Callback::new(move |a| app.answer(&id, a));
        let anchors = item_bank.bank.likert_anchors.clone();
        let fb_bank = item_bank.clone();
        let fb_item = item.clone();
        let feedback = move || {
            let (answer, checked, _) = item_state(&fb_id);
            let answer = answer.filter(|_| checked)?;
            Some(view! { <Feedback bank=fb_bank.clone() item=fb_item.clone() answer/> })
        };
        Some(view! {
            <p class="tags">{tr(Key::Measures)} ": " {tags}</p>
            <ItemView item anchors seed=seed.get_untracked() answer locked on_answer/>
            {feedback}
        })
    };
    let flagged = move || current.get().is_some_and(|id| item_state(&id).2);
    let can_check = move || {
        mode.get() == Mode::Practice
            && current.get().is_some_and(|id| {
                let (answer, checked, _) = item_state(&id);
                answer.is_some() && !checked
            })
    };

    view! {
        <Show
            when=move || active.get()
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
                {move || deadline.get().map(|d| view! { <Countdown deadline=d/> })}
                <ProgressBar value=answered max=total label=Signal::derive(tr(Key::ProgressLabel))/>
                <p class="muted">{move || answered_of(lang.get(), answered.get(), total.get())}</p>
            </div>
            {item_view.clone()}
            <div class="item-tools">
                <button
                    type="button"
                    class="btn link"
                    aria-pressed=move || flagged().to_string()
                    on:click=move |_| {
                        if let Some(id) = current.get_untracked() {
                            app.toggle_flag(&id);
                        }
                    }
                >
                    {move || t(lang.get(), if flagged() { Key::Unflag } else { Key::Flag })}
                </button>
                <a class="btn link" href=Route::Review.href()>{tr(Key::ReviewLink)}</a>
            </div>
            <nav class="quiz-nav" aria-label=tr(Key::QuizNavigation)>
                <button
                    type="button"
                    class="btn secondary"
                    disabled=move || position.get() == 0
                    on:click=move |_| go(position.get_untracked().saturating_sub(1))
                >
                    {tr(Key::Previous)}
                </button>
                <Show
                    when=can_check
                    fallback=move || {
                        view! {
                            <button type="button" class="btn" on:click=move |_| next()>
                                {move || {
                                    let last = position.get() + 1 >= total.get();
                                    t(lang.get(), if last { Key::ToReview } else { Key::Next })
                                }}
                            </button>
                        }
                    }
                >
                    <button type="button" class="btn" on:click=move |_| confirm()>
                        {tr(Key::Check)}
                    </button>
                </Show>
            </nav>
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
