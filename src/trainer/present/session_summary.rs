//! The summary of a session: its name and bank, the record to download, then the items worth
//! revisiting, the room by competency and the room per item.

use crate::i18n::trainer::TKey;
use std::sync::Arc;

use leptos::prelude::*;

use super::item_table::ItemTable;
use super::revisit_section::RevisitSection;
use super::room_radar::RoomRadar;
use crate::domain::bank::CheckedBank;
use crate::domain::present::session::{summarize, Session};
use crate::platform::download;
use crate::ui::components::PageTitle;
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::present_summary::{competency_scores, item_rows, revisits};
use crate::view::trainer_route::TrainerRoute;

#[component]
pub fn Summary(bank: Arc<CheckedBank>, session: Session) -> impl IntoView {
    let lang = use_lang();
    let sum = summarize(&bank, &session);
    let rows = item_rows(lang.get_untracked(), &bank, &sum);
    let scores = competency_scores(&bank, &sum);
    let revisit = revisits(&bank, &session, &sum);
    let record = session.clone();
    let export = move |_| {
        let _ =
            download::download_text(&record.file_name(), "application/json", &record.to_export());
    };
    view! {
        <PageTitle text=tr(TKey::SessionSummary)/>
        <p class="lead">{session.name.clone()} " · " {bank.title.clone()}</p>
        <div class="actions">
            <button type="button" class="btn" on:click=export>{tr(TKey::ExportSession)}</button>
            <a class="btn secondary" href=TrainerRoute::PresentShow.href()>{tr(TKey::BackToPresenting)}</a>
            <a class="btn secondary" href=TrainerRoute::Present.href()>{tr(TKey::BackToSetup)}</a>
        </div>
        <RevisitSection session revisit/>
        <RoomRadar scores/>
        <ItemTable rows/>
    }
}
