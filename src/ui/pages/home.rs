//! Home: what this is, privacy, the bank, and start or continue.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{answered_of, Key};
use crate::ui::components::{BankGate, PageTitle};
use crate::ui::route::Route;
use crate::ui::state::{use_app, LoadedBank};
use crate::ui::tr;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageTitle text=tr(Key::AppName)/>
        <p class="tagline">{tr(Key::Tagline)}</p>
        <p>{tr(Key::HomeIntro)}</p>
        <p>{tr(Key::HomeAsks)}</p>
        <BankGate children=|bank| view! { <BankStart bank/> }/>
        <section class="card privacy">
            <h2>{tr(Key::PrivacyTitle)}</h2>
            <p>{tr(Key::PrivacyText)}</p>
        </section>
    }
}

/// The bank's summary with start, or continue/see results for a saved attempt.
#[component]
fn BankStart(bank: Arc<LoadedBank>) -> impl IntoView {
    let app = use_app();
    let b = &bank.bank;
    let disclaimer = if b.disclaimer.is_empty() {
        None
    } else {
        Some(b.disclaimer.clone())
    };
    let resume = move || {
        app.attempt.with(|a| {
            a.as_ref().map(|a| {
                (
                    a.is_finished(),
                    a.answered(),
                    a.items.len(),
                    a.participant.name.clone(),
                )
            })
        })
    };
    let discard = move |_| {
        let ok = crate::platform::window()
            .and_then(|w| {
                w.confirm_with_message(crate::i18n::t(
                    app.lang.get_untracked(),
                    Key::ResumeDiscardConfirm,
                ))
                .ok()
            })
            .unwrap_or(true);
        if ok {
            app.discard();
        }
    };
    view! {
        <section class="card bank">
            <h2>{tr(Key::BankLabel)} ": " {b.title.clone()}</h2>
            <p class="muted">
                {b.items.len()} " " {tr(Key::ItemsWord)} " · " {b.competencies.len()} " "
                {tr(Key::CompetenciesWord)}
            </p>
            <p class="disclaimer">
                {disclaimer.unwrap_or_else(|| tr(Key::DisclaimerDefault)().to_owned())}
            </p>
            {move || match resume() {
                Some((false, answered, total, name)) => view! {
                    <div class="resume" role="status">
                        <h3>{tr(Key::ResumeTitle)}</h3>
                        <p>{name} " — " {move || answered_of(app.lang.get(), answered, total)}</p>
                        <div class="actions">
                            <a class="btn" href=Route::Quiz.href()>{tr(Key::ResumeContinue)}</a>
                            <button type="button" class="btn secondary" on:click=discard>
                                {tr(Key::ResumeDiscard)}
                            </button>
                        </div>
                    </div>
                }
                .into_any(),
                Some((true, ..)) => view! {
                    <div class="actions">
                        <a class="btn" href=Route::Profile.href()>{tr(Key::StartPractice)}</a>
                        <a class="btn secondary" href=Route::Results.href()>{tr(Key::LastResults)}</a>
                    </div>
                }
                .into_any(),
                None => view! {
                    <div class="actions">
                        <a class="btn" href=Route::Profile.href()>{tr(Key::StartPractice)}</a>
                    </div>
                }
                .into_any(),
            }}
        </section>
    }
}
