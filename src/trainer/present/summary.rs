//! After the session: how the room did on each item, its score per competency (radar), the items
//! worth revisiting; the session record to download and bring back later.

use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use super::{save_current, use_current};
use crate::domain::bank::CheckedBank;
use crate::domain::present::session::{summarize, Session};
use crate::i18n::{t, Key};
use crate::platform::{download, location};
use crate::ui::components::{PageTitle, RadarChart};
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{}%", (v * 100.0).round()))
}

#[component]
pub fn SummaryPage() -> impl IntoView {
    let loaded = use_current();
    move || match loaded.get() {
        None => view! { <p class="loading" role="status">{tr(Key::Loading)}</p> }.into_any(),
        Some(Err(key)) => view! {
            <PageTitle text=tr(Key::SessionSummary)/>
            <p>{tr(key)}</p>
            <p><a class="btn" href=TrainerRoute::Present.href()>{tr(Key::BackToSetup)}</a></p>
        }
        .into_any(),
        Some(Ok((bank, session))) => view! { <Summary bank session/> }.into_any(),
    }
}

#[component]
fn Summary(bank: Arc<CheckedBank>, session: Session) -> impl IntoView {
    let lang = use_lang();
    let sum = summarize(&bank, &session);
    let rows = sum
        .items
        .iter()
        .enumerate()
        .filter_map(|(n, (id, score, responses))| {
            let item = bank.item(id)?;
            let prompt: String = item.common.prompt.chars().take(110).collect();
            let tested = item.body.evidence() == crate::domain::bank::Evidence::Tested;
            let revisit = sum.revisit.contains(id);
            Some(view! {
                <tr class:revisit=revisit>
                    <td>{n + 1}</td>
                    <td>{prompt}</td>
                    <td class="num">{*responses}</td>
                    <td class="num">{if tested { pct(*score) } else { t(lang.get_untracked(), Key::EvidenceSelf).to_owned() }}</td>
                </tr>
            })
        })
        .collect_view();
    let radar: Vec<(String, Option<f64>)> = sum
        .competencies
        .iter()
        .filter_map(|(id, v)| bank.competency(id).map(|c| (c.name.clone(), *v)))
        .collect();
    let legend = radar
        .iter()
        .map(|(name, v)| view! { <li>{name.clone()} ": " <strong>{pct(*v)}</strong></li> })
        .collect_view();
    let revisit = sum
        .revisit
        .iter()
        .filter_map(|id| {
            let at = session.items.iter().position(|x| x == id)?;
            let item = bank.item(id)?;
            let again = session.clone();
            let show = move |_| {
                let mut s = again.clone();
                s.position = at;
                s.slide = 0;
                if save_current(&s) {
                    location::set_hash(TrainerRoute::PresentShow.hash());
                }
            };
            Some(view! {
                <li>
                    {at + 1} ". " {item.common.prompt.chars().take(110).collect::<String>()} " "
                    <button type="button" class="btn link" on:click=show>{tr(Key::ShowAgain)}</button>
                </li>
            })
        })
        .collect_view();
    let none_to_revisit = sum.revisit.is_empty();
    let record = session.clone();
    let export = move |_| {
        let _ =
            download::download_text(&record.file_name(), "application/json", &record.to_export());
    };
    view! {
        <PageTitle text=tr(Key::SessionSummary)/>
        <p class="lead">{session.name.clone()} " · " {bank.title.clone()}</p>
        <div class="actions">
            <button type="button" class="btn" on:click=export>{tr(Key::ExportSession)}</button>
            <a class="btn secondary" href=TrainerRoute::PresentShow.href()>{tr(Key::BackToPresenting)}</a>
            <a class="btn secondary" href=TrainerRoute::Present.href()>{tr(Key::BackToSetup)}</a>
        </div>
        <section class="card">
            <h2>{tr(Key::RevisitTitle)}</h2>
            {none_to_revisit.then(|| view! { <p>{tr(Key::RevisitNone)}</p> })}
            <ol class="revisit">{revisit}</ol>
        </section>
        <section class="card">
            <h2>{tr(Key::RoomByCompetency)}</h2>
            <div class="radar-wrap">
                <RadarChart values=radar.clone()/>
                <ol class="radar-legend">{legend}</ol>
            </div>
            <p class="muted">{tr(Key::RoomScoreNote)}</p>
        </section>
        <section class="card">
            <h2>{tr(Key::PerItemTitle)}</h2>
            <div class="table-wrap">
                <table class="items session-items">
                    <thead><tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{tr(Key::Item)}</th>
                        <th scope="col" class="num">{tr(Key::CardsRaised)}</th>
                        <th scope="col" class="num">{tr(Key::RoomScore)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
