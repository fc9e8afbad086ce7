//! Home: what this is, privacy, the bank, and the three ways to practise — or continue.

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::attempt::Mode;
use crate::i18n::{answered_of, mode_name, simulation_text, t, Key};
use crate::ui::components::{BankChooser, BankGate, PageTitle};
use crate::ui::state::use_app;
use crate::ui::tr;
use crate::view::route::Route;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageTitle text=tr(Key::AppName)/>
        <p class="tagline">{tr(Key::Tagline)}</p>
        <p>{tr(Key::HomeIntro)}</p>
        <p>{tr(Key::HomeAsks)}</p>
        <BankChooser/>
        // Everything below the introduction arrives with the bank, so nothing on screen moves.
        <BankGate children=|bank| {
            view! {
                <BankStart bank/>
                <section class="card privacy">
                    <h2>{tr(Key::PrivacyTitle)}</h2>
                    <p>{tr(Key::PrivacyText)}</p>
                </section>
                <p class="trainer-link">
                    <a href="pelatih/#/bank">{tr(Key::TrainerTools)}</a>
                </p>
            }
        }/>
    }
}

/// One way to practise: what it is and its start link.
#[component]
fn ModeCard(mode: Mode, text: Signal<String>, start: Key) -> impl IntoView {
    let lang = use_lang();
    view! {
        <article class="card mode">
            <h3>{move || mode_name(lang.get(), mode)}</h3>
            <p>{move || text.get()}</p>
            <a class="btn" href=Route::Start(mode).href()>{tr(start)}</a>
        </article>
    }
}

/// The bank's summary, then either the attempt in progress or the three modes.
#[component]
fn BankStart(bank: Arc<CheckedBank>) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let b = &bank.bank;
    let disclaimer = if b.disclaimer.is_empty() {
        None
    } else {
        Some(b.disclaimer.clone())
    };
    let minutes = b.simulation_minutes;
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
    let has_history = move || app.history.with(|h| !h.entries.is_empty());
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
    let modes = move || {
        view! {
            <div class="modes">
                <ModeCard
                    mode=Mode::Practice
                    text=Signal::derive(move || t(lang.get(), Key::ModePracticeText).to_owned())
                    start=Key::StartPractice
                />
                <ModeCard
                    mode=Mode::Simulation
                    text=Signal::derive(move || simulation_text(lang.get(), minutes))
                    start=Key::StartSimulation
                />
                <ModeCard
                    mode=Mode::Interview
                    text=Signal::derive(move || t(lang.get(), Key::ModeInterviewText).to_owned())
                    start=Key::StartInterview
                />
            </div>
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
        </section>
        {move || match in_progress() {
            Some((mode, answered, total, name)) => view! {
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
            .into_any(),
            None => modes().into_any(),
        }}
        <Show when=has_history>
            <div class="actions">
                <a class="btn secondary" href=Route::Results(None).href()>{tr(Key::LastResults)}</a>
                <a class="btn secondary" href=Route::History.href()>{tr(Key::HistoryTitle)}</a>
            </div>
        </Show>
    }
}
