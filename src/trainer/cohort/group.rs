//! One group (results of one bank text): the participants table, the competency charts, the item
//! analysis, a participant's own report, and the exports.

use crate::domain::bank::CheckedBank;
use crate::i18n::trainer::TKey;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use super::charts::{GroupRadar, Heatmap, Histograms};
use super::items::ItemTable;
use super::table::{ParticipantsTable, Sort};
use crate::domain::cohort::export::{items_csv, participants_csv, summary_json};
use crate::domain::cohort::intake::Summary;
use crate::domain::cohort::stats::{distributions, item_analysis, rows, Row};
use crate::domain::format::time::format_iso;
use crate::domain::results::ResultsFile;
use crate::i18n::{t, Key};
use crate::platform::{clock, download::download_text};
use crate::ui::components::ReportView;
use crate::ui::tr;
use crate::view::regions::region_name;

#[component]
pub fn GroupView(bank: Arc<CheckedBank>, results: Arc<Vec<ResultsFile>>) -> impl IntoView {
    let lang = use_lang();
    let all: Arc<Vec<Row>> = Arc::new(rows(&bank.bank, &results));
    let dists = Arc::new(distributions(&bank.bank, &all));
    let items = Arc::new(item_analysis(&bank.bank, &results));
    let role = RwSignal::new(String::new());
    let region = RwSignal::new(String::new());
    let sort = RwSignal::new(Sort::default());
    let selected = RwSignal::new(None::<usize>);
    let filtered_rows = all.clone();
    let filtered = Memo::new(move |_| {
        let (role, region, sort) = (role.get(), region.get(), sort.get());
        let mut list: Vec<Row> = filtered_rows
            .iter()
            .filter(|r| role.is_empty() || r.role == role)
            .filter(|r| region.is_empty() || r.region == region)
            .cloned()
            .collect();
        sort.apply(&mut list);
        list
    });
    let roles: Vec<(String, String)> = bank
        .bank
        .roles
        .iter()
        .map(|r| (r.id.clone(), r.short.clone()))
        .collect();
    let regions: Vec<String> = {
        let mut v: Vec<String> = all.iter().map(|r| r.region.clone()).collect();
        v.sort();
        v.dedup();
        v
    };
    let (e_bank, e_rows, e_items, e_dists) =
        (bank.clone(), all.clone(), items.clone(), dists.clone());
    let export_people = move |_| {
        let _ = download_text(
            "kelompok-peserta.csv",
            "text/csv",
            &participants_csv(&e_bank.bank, &filtered.get_untracked()),
        );
    };
    let export_items = move |_| {
        let _ = download_text("kelompok-soal.csv", "text/csv", &items_csv(&e_items));
    };
    let summary_bank = bank.clone();
    let s_items = items.clone();
    let export_summary = move |_| {
        let s = Summary {
            files: e_rows.len(),
            accepted: e_rows.len(),
            ..Summary::default()
        };
        let json = summary_json(
            &summary_bank.bank,
            &summary_bank.reference,
            &s,
            &e_dists,
            &s_items,
            &format_iso(clock::now_ms()),
        );
        let _ = download_text("kelompok-ringkasan.json", "application/json", &json);
    };
    let report_bank = bank.clone();
    let report = move || {
        let i = selected.get()?;
        let r = results.get(i)?.clone();
        Some(view! {
            <section class="card participant-report" aria-labelledby="participant-report-title">
                <h2 id="participant-report-title">{tr(TKey::ParticipantReport)} ": " {r.participant.name.clone()}</h2>
                <button type="button" class="btn secondary" on:click=move |_| selected.set(None)>{tr(TKey::Close)}</button>
                <ReportView bank=report_bank.clone() results=r previous=None/>
            </section>
        })
    };
    let radar_rows = all.clone();
    view! {
        <section class="group">
            <h2>{bank.bank.title.clone()} " · " {tr(TKey::Version)} " " {bank.bank.version.clone()} " · " {all.len()} " " {tr(TKey::ParticipantsWord)}</h2>
            <p class="disclaimer">{bank.bank.practice_guide().to_owned()}</p>
            <div class="actions">
                <button type="button" class="btn secondary" on:click=export_people>{tr(TKey::ExportParticipants)}</button>
                <button type="button" class="btn secondary" on:click=export_items>{tr(TKey::ExportItems)}</button>
                <button type="button" class="btn secondary" on:click=export_summary>{tr(TKey::ExportSummary)}</button>
            </div>
            <h3>{tr(TKey::CompetenciesTitle)}</h3>
            <div class="charts">
                <GroupRadar bank=bank.clone() dists=dists.clone() rows=radar_rows selected/>
                <Histograms bank=bank.clone() dists=dists.clone()/>
            </div>
            <h3>{tr(TKey::ParticipantsTitle)}</h3>
            <div class="filters">
                <label class="field">
                    <span class="label">{tr(Key::Role)}</span>
                    <select on:change=move |ev| role.set(event_target_value(&ev))>
                        <option value="">{tr(TKey::All)}</option>
                        {roles.into_iter().map(|(id, short)| view! { <option value=id>{short}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span class="label">{tr(Key::Region)}</span>
                    <select on:change=move |ev| region.set(event_target_value(&ev))>
                        <option value="">{tr(TKey::All)}</option>
                        {regions.into_iter().map(|id| {
                            let name = region_name(&id).unwrap_or(&id).to_owned();
                            view! { <option value=id>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <p class="muted">{move || format!("{} / {}", filtered.with(Vec::len), t(lang.get(), TKey::ParticipantsWord))}</p>
            </div>
            <ParticipantsTable bank=bank.clone() rows=filtered sort selected/>
            {report}
            <h3>{tr(TKey::HeatmapTitle)}</h3>
            <Heatmap bank=bank.clone() rows=filtered/>
            <h3>{tr(TKey::ItemAnalysisTitle)}</h3>
            <ItemTable bank=bank.clone() items=items.clone()/>
        </section>
    }
}
