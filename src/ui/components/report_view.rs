//! The report of one finished attempt: who and when, the radar chart and summary table, every
//! competency with its level (and the change since the previous attempt), the item-by-item
//! review. The candidate's report adds download, share, print and "practise again"; the
//! trainer's cohort view shows the same report for any participant.

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use super::{CompetencyCard, ItemReview, RadarChart, ShareBox, SummaryTable};
use crate::domain::attempt::Mode;
use crate::domain::results::history::change;
use crate::domain::results::ResultsFile;
use crate::i18n::{mode_name, t, HKey, Key, Lang};
use crate::platform::{download, print};
use crate::ui::tr;
use crate::view::regions::region_name;
use crate::view::route::Route;

/// The headline share (0 to 1) of each of the bank's competencies in `r`.
fn shares(bank: &CheckedBank, r: &ResultsFile) -> Vec<Option<f64>> {
    bank.bank
        .competencies
        .iter()
        .map(|c| {
            let s = r.competencies.iter().find(|s| s.id == c.id)?;
            Some(f64::from(s.headline()?.1.percent_bp?) / 10_000.0)
        })
        .collect()
}

/// What the candidate's report adds to each competency: a practice of it (for the competencies,
/// by index, that have items to practise for the candidate's role), and its study materials.
#[derive(Clone)]
pub struct Learning {
    pub practise: Callback<usize>,
    pub practisable: Vec<usize>,
}

#[component]
pub fn ReportView(
    bank: Arc<CheckedBank>,
    results: ResultsFile,
    /// The previous attempt on the same bank, to compare with.
    previous: Option<ResultsFile>,
    /// The candidate's own report (with share, print and "practise again").
    #[prop(optional)]
    candidate: bool,
    /// The candidate's report: "practise this competency" and study materials on each card.
    #[prop(default = None)]
    learning: Option<Learning>,
    /// The candidate's report of the bank in use: the page that shows it as QR codes.
    #[prop(default = None)]
    handover: Option<Route>,
) -> impl IntoView {
    let lang = use_lang();
    let r = results;
    let delta = previous.as_ref().map(|p| change(p, &r)).unwrap_or_default();
    let l = lang.get_untracked();
    let names: Vec<(String, Option<f64>)> = bank
        .bank
        .competencies
        .iter()
        .zip(shares(&bank, &r))
        .map(|(c, v)| {
            (
                if l == Lang::En {
                    c.name_en.clone()
                } else {
                    c.name.clone()
                },
                v,
            )
        })
        .collect();
    let previous_shares = previous.as_ref().map(|p| shares(&bank, p));
    let full = r.mode.is_full();
    let cards = bank
        .bank
        .competencies
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let s = r.competencies.iter().find(|s| s.id == c.id)?.clone();
            // A short attempt shows only the competencies its items measured.
            if !full && s.headline().is_none() {
                return None;
            }
            let practise = learning
                .as_ref()
                .filter(|l| l.practisable.contains(&i))
                .map(|l| {
                    let start = l.practise;
                    Callback::new(move |()| start.run(i))
                });
            let materials = learning.as_ref().map(|_| Route::Materials(Some(i)).href());
            Some(view! {
                <CompetencyCard
                    number=i + 1
                    competency=c.clone()
                    score=s
                    change=delta.get(&c.id).copied()
                    practise
                    materials
                />
            })
        })
        .collect_view();
    let role = bank
        .bank
        .role(&r.participant.role)
        .map_or_else(|| r.participant.role.clone(), |x| x.short.clone());
    let region = region_name(&r.participant.region).unwrap_or("-");
    let disclaimer = if bank.bank.disclaimer.is_empty() {
        t(l, Key::DisclaimerDefault).to_owned()
    } else {
        bank.bank.disclaimer.clone()
    };
    let file = r.clone();
    let save = move |_| {
        let _ = download::download_text(&file.file_name(), "application/json", &file.to_json());
    };
    let again = r.mode;
    let timed_out = r.timed_out;
    let mode = r.mode;
    view! {
        <dl class="who">
        <dt>{tr(Key::Participant)}</dt>
        <dd>{r.participant.name.clone()}</dd>
        <dt>{tr(Key::Role)}</dt>
        <dd>{role}</dd>
        <dt>{tr(Key::Region)}</dt>
        <dd>{region}</dd>
        <dt>{tr(Key::Mode)}</dt>
        <dd>{move || mode_name(lang.get(), mode)}</dd>
        // A short attempt's items come from the history, not from its seed alone.
        {full.then(|| view! {
            <dt>{tr(Key::PracticeCodeShort)}</dt>
            <dd>{r.seed.to_string()}</dd>
        })}
        <dt>{tr(Key::Date)}</dt>
        <dd>{r.finished_at.get(..10).unwrap_or("").to_owned()}</dd>
        </dl>
        {timed_out.then(|| view! { <p class="note">{tr(Key::TimedOutNote)}</p> })}
        <p class="disclaimer">{disclaimer}</p>
        <div class="actions no-print">
        <button type="button" class="btn" on:click=save>{tr(Key::DownloadResults)}</button>
        <button type="button" class="btn secondary" on:click=move |_| print::print()>
            {tr(Key::Print)}
        </button>
        {(candidate && full).then(|| view! {
            <a class="btn secondary" href=Route::Start(again).href()>{tr(Key::PracticeAgain)}</a>
        })}
        {handover.map(|page| view! {
            <a class="btn secondary" href=page.href()>{tr(HKey::ShowQr)}</a>
        })}
        {candidate.then(|| view! {
            <a class="btn secondary" href=Route::History.href()>{tr(Key::HistoryTitle)}</a>
        })}
        </div>
        {candidate.then(|| view! { <ShareBox bank=bank.clone() results=r.clone()/> })}
        <section class="summary">
        <h2>{tr(Key::ProfileSummary)}</h2>
        <p class="muted">{tr(Key::ResultsIntro)}</p>
        {previous.is_some().then(|| view! { <p class="muted">{tr(Key::ComparedWithPrevious)}</p> })}
        {match previous_shares {
            Some(p) => view! { <RadarChart values=names previous=p/> }.into_any(),
            None => view! { <RadarChart values=names/> }.into_any(),
        }}
        <SummaryTable bank=bank.clone() results=r.clone() changes=delta.clone()/>
        </section>
        <div class="cards">{cards}</div>
        {(mode != Mode::Interview || !r.items.is_empty())
        .then(|| view! { <ItemReview bank=bank.clone() results=r.clone()/> })}
    }
    .into_any()
}
