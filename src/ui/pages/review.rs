//! Before submitting: every item with its state (answered, unanswered, flagged), a jump to any
//! of them, and "Kirim".

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::domain::attempt::Attempt;
use crate::i18n::{count_note, t, Key};
use crate::ui::components::{BankGate, Countdown, PageTitle};
use crate::ui::state::use_app;
use crate::ui::tr;
use crate::view::route::Route;

#[component]
pub fn ReviewPage() -> impl IntoView {
    view! {
        <PageTitle text=tr(Key::ReviewTitle)/>
        <BankGate children=|bank| view! { <Review bank/> }/>
    }
}

#[component]
fn Review(bank: std::sync::Arc<CheckedBank>) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    move || {
        let Some(a) = app.attempt.get().filter(|a| !a.is_finished()) else {
            return view! {
                <p>{tr(Key::NoAttempt)}</p>
                <p><a class="btn" href=Route::Home.href()>{tr(Key::Home)}</a></p>
            }
            .into_any();
        };
        let unanswered = a.unanswered().len();
        let flagged = a.flags.iter().filter(|f| a.items.contains(f)).count();
        let rows = rows(&a, &bank.bank);
        view! {
            {a.deadline.map(|d| view! { <Countdown deadline=d/> })}
            <p>{move || count_note(lang.get(), unanswered, flagged)}</p>
            <ol class="review-list">{rows}</ol>
            <div class="actions">
                <button type="button" class="btn" on:click=move |_| app.finish()>
                    {tr(Key::Submit)}
                </button>
                <a class="btn secondary" href=Route::Quiz.href()>{tr(Key::BackToItems)}</a>
            </div>
            <p class="muted">{move || t(lang.get(), Key::SubmitNote)}</p>
        }
        .into_any()
    }
}

fn rows(a: &Attempt, bank: &crate::domain::bank::Bank) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    a.items
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let prompt: String = bank
                .item(id)
                .map(|it| it.common.prompt.chars().take(90).collect())
                .unwrap_or_default();
            let answered = a.answers.contains_key(id);
            let flagged = a.flags.contains(id);
            let class = match (answered, flagged) {
                (_, true) => "flagged",
                (false, _) => "unanswered",
                _ => "answered",
            };
            view! {
                <li class=class>
                    <button
                        type="button"
                        class="review-jump"
                        on:click=move |_| {
                            app.go_to(i);
                            app.navigate(Route::Quiz);
                        }
                    >
                        <span class="num">{(i + 1).to_string()}</span>
                        <span class="text">{prompt}</span>
                        <span class="state">
                            {move || {
                                let l = lang.get();
                                let mut s = Vec::new();
                                if !answered {
                                    s.push(t(l, Key::NotAnswered));
                                }
                                if flagged {
                                    s.push(t(l, Key::Flagged));
                                }
                                s.join(" · ")
                            }}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view()
}
