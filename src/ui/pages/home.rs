//! Home: what this is, the three ways to practise (or the attempt to continue), the bank,
//! privacy. The modes are usable before the bank is here: a visit paints them from the first
//! chunk alone, and the bank arrives while the candidate reads.

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::attempt::Mode;
use crate::i18n::{answered_of, mode_name, simulation_length, t, Key};
use crate::ui::components::{BankChooser, BankGate, PageTitle};
use crate::ui::state::{use_app, BankState};
use crate::ui::tr;
use crate::view::route::Route;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let has_history = move || app.history.with(|h| !h.entries.is_empty());
    view! {
        <PageTitle text=tr(Key::AppName)/>
        <p class="tagline">{tr(Key::Tagline)}</p>
        <p>{tr(Key::HomeIntro)}</p>
        <p>{tr(Key::HomeAsks)}</p>
        <BankChooser/>
        <Start/>
        <Show when=has_history>
            <div class="actions">
                <a class="btn secondary" href=Route::Results(None).href()>{tr(Key::LastResults)}</a>
                <a class="btn secondary" href=Route::History.href()>{tr(Key::HistoryTitle)}</a>
            </div>
        </Show>
        <BankGate children=|bank| view! { <BankSummary bank/> }/>
        <section class="card privacy">
            <h2>{tr(Key::PrivacyTitle)}</h2>
            <p>{tr(Key::PrivacyText)}</p>
        </section>
        <p class="trainer-link">
            <a href="pelatih/#/bank">{tr(Key::TrainerTools)}</a>
        </p>
    }
}

/// One way to practise: what it is and its start link.
#[component]
fn ModeCard(mode: Mode, text: Key, start: Key) -> impl IntoView {
    let lang = use_lang();
    view! {
        <article class="card mode">
            <h2>{move || mode_name(lang.get(), mode)}</h2>
            <p>{tr(text)}</p>
            <a class="btn" href=Route::Start(mode).href()>{tr(start)}</a>
        </article>
    }
}

/// The attempt in progress, or the three modes. While a saved attempt may still be read back
/// (the bank is on its way), neither: a start link must not sit where "continue" will be.
#[component]
fn Start() -> impl IntoView {
    let app = use_app();
    let saved = app.attempt_saved();
    let in_progress = move || {
        app.attempt.with(|a| {
            a.as_ref().filter(|a| !a.is_finished()).map(|a| {
                (
                    a.mode,
                    a.answered(),
                    a.items.len(),
                    a.participant.name.clone(),
                )
            })
        })
    };
    let waiting = move || saved && app.bank.with(|b| matches!(b, BankState::Loading));
    move || match in_progress() {
        Some((mode, answered, total, name)) => {
            view! { <Resume mode answered total name/> }.into_any()
        }
        None if waiting() => {
            view! { <p class="loading" role="status">{tr(Key::ResumeLoading)}</p> }.into_any()
        }
        None => view! {
            <div class="modes">
                <ModeCard
                    mode=Mode::Practice
                    text=Key::ModePracticeText
                    start=Key::StartPractice
                />
                <ModeCard
                    mode=Mode::Simulation
                    text=Key::ModeSimulationText
                    start=Key::StartSimulation
                />
                <ModeCard
                    mode=Mode::Interview
                    text=Key::ModeInterviewText
                    start=Key::StartInterview
                />
            </div>
            // The spaced review due today: drawn by the `answering` chunk once the history is read.
            {move || app.review_card.get().map(|card| card.run())}
        }
        .into_any(),
    }
}

/// The attempt in progress: continue it, or discard it (after a confirmation).
#[component]
fn Resume(mode: Mode, answered: usize, total: usize, name: String) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let discard = move |_| {
        let ok = crate::platform::window()
            .and_then(|w| {
                w.confirm_with_message(t(lang.get_untracked(), Key::ResumeDiscardConfirm))
                    .ok()
            })
            .unwrap_or(true);
        if ok {
            app.discard();
        }
    };
    view! {
        <section class="card resume" aria-labelledby="resume-title">
            <h2 id="resume-title">{tr(Key::ResumeTitle)}</h2>
            <p>
                {move || mode_name(lang.get(), mode)} " · " {name} " — "
                {move || answered_of(lang.get(), answered, total)}
            </p>
            <div class="actions">
                <a class="btn" href=Route::Quiz.href()>{tr(Key::ResumeContinue)}</a>
                <button type="button" class="btn secondary" on:click=discard>
                    {tr(Key::ResumeDiscard)}
                </button>
            </div>
        </section>
    }
}

/// The bank in use: its title, size, the simulation's length and its disclaimer.
#[component]
fn BankSummary(bank: Arc<CheckedBank>) -> impl IntoView {
    let lang = use_lang();
    let b = &bank.bank;
    let disclaimer = (!b.disclaimer.is_empty()).then(|| b.disclaimer.clone());
    let minutes = b.simulation_minutes;
    view! {
        <section class="card bank">
            <h2>{tr(Key::BankLabel)} ": " {b.title.clone()}</h2>
            <p class="muted">
                {b.items.len()} " " {tr(Key::ItemsWord)} " · " {b.competencies.len()} " "
                {tr(Key::CompetenciesWord)} " · " {move || simulation_length(lang.get(), minutes)}
            </p>
            <p class="disclaimer">
                {disclaimer.unwrap_or_else(|| tr(Key::DisclaimerDefault)().to_owned())}
            </p>
        </section>
    }
}
