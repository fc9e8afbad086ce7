//! The competency profile of the attempt, and its results file.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::regions::region_name;
use crate::domain::results::ResultsFile;
use crate::domain::scoring::score_attempt;
use crate::i18n::{unanswered_note, Key};
use crate::platform::{clock, download};
use crate::ui::components::{BankGate, CompetencyCard, PageTitle};
use crate::ui::route::Route;
use crate::ui::state::{use_app, LoadedBank};
use crate::ui::tr;

#[component]
pub fn ResultsPage() -> impl IntoView {
    view! {
        <PageTitle text=tr(Key::ResultsTitle)/>
        <BankGate children=|bank| view! { <Results bank/> }/>
    }
}

#[component]
fn Results(bank: Arc<LoadedBank>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    move || {
        let Some(attempt) = app.attempt.get() else {
            return view! {
                <p>{tr(Key::NoAttempt)}</p>
                <p><a class="btn" href=Route::Home.href()>{tr(Key::Home)}</a></p>
            }
            .into_any();
        };
        let b = &bank.bank;
        let profile = score_attempt(b, &attempt.items, &attempt.answer_map());
        let unanswered = profile.unanswered();
        let role = b
            .role(&attempt.participant.role)
            .map_or_else(|| attempt.participant.role.clone(), |r| r.short.clone());
        let region = region_name(&attempt.participant.region).unwrap_or("-");
        let date =
            crate::domain::time::format_iso(attempt.finished_at.unwrap_or(attempt.started_at));
        let disclaimer = if b.disclaimer.is_empty() {
            tr(Key::DisclaimerDefault)().to_owned()
        } else {
            b.disclaimer.clone()
        };
        let cards = b
            .competencies
            .iter()
            .zip(profile.competencies)
            .map(|(c, s)| view! { <CompetencyCard competency=c.clone() score=s/> })
            .collect_view();
        let for_download = bank.clone();
        let download_attempt = attempt.clone();
        let download = move |_| {
            let file = ResultsFile::from_attempt(
                &for_download.bank,
                &download_attempt,
                crate::APP_VERSION,
                clock::now_ms(),
            );
            let _ = download::download_text(&file.file_name(), "application/json", &file.to_json());
        };
        let again = move |_| {
            app.discard();
            app.navigate(Route::Profile);
        };
        view! {
            <dl class="who">
                <dt>{tr(Key::Participant)}</dt>
                <dd>{attempt.participant.name.clone()}</dd>
                <dt>{tr(Key::Role)}</dt>
                <dd>{role}</dd>
                <dt>{tr(Key::Region)}</dt>
                <dd>{region}</dd>
                <dt>{tr(Key::Date)}</dt>
                <dd>{date.get(..10).unwrap_or("").to_owned()}</dd>
            </dl>
            <p>{tr(Key::ResultsIntro)}</p>
            <p class="disclaimer">{disclaimer}</p>
            {(unanswered > 0)
                .then(|| view! { <p class="note">{move || unanswered_note(lang.get(), unanswered)}</p> })}
            <div class="actions">
                <button type="button" class="btn" on:click=download>{tr(Key::DownloadResults)}</button>
                <button type="button" class="btn secondary" on:click=again>{tr(Key::PracticeAgain)}</button>
            </div>
            <div class="cards">{cards}</div>
        }
        .into_any()
    }
}
