//! Finished attempts on this device: each competency's progress, retrying what was missed, open
//! any report, import a results file or a history from another device, export all (with the
//! spaced review's cards), clear (after confirming, with an export offered first).

use std::sync::Arc;

use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::domain::bank::CheckedBank;
use crate::domain::results::history::{History, MAX_HISTORY_BYTES};
use crate::i18n::learning::item_count;
use crate::i18n::{imported_note, mode_name, problem_line, Key, LKey, Lang};
use crate::platform::{download, files};
use crate::ui::components::{start_drill, FileDrop, PageTitle, ProgressChart};
use crate::ui::state::{use_app, AppState, Drill};
use crate::ui::tr;
use crate::view::route::Route;

/// Reads the chosen file and adds its results; the message says what happened.
async fn import_file(app: AppState, file: web_sys::File, lang: Lang) -> (bool, String) {
    let text = match files::read_text(&file, MAX_HISTORY_BYTES).await {
        Ok(text) => text,
        Err(p) => {
            return (
                false,
                format!("{}: {}", file.name(), problem_line(lang, &p)),
            )
        }
    };
    match History::import(&text) {
        Ok(imported) => {
            let found = imported.entries.len();
            let added = app.import_history(imported);
            (true, imported_note(lang, added, found))
        }
        Err(problems) => {
            let lines: Vec<String> = problems
                .iter()
                .take(5)
                .map(|p| problem_line(lang, p))
                .collect();
            (false, format!("{}: {}", file.name(), lines.join(" ")))
        }
    }
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let confirming = RwSignal::new(false);
    let export = move |_| {
        let text = app.history.with_untracked(History::to_export);
        let _ = download::download_text("riwayat-pilar-siap.json", "application/json", &text);
    };
    // The last import's outcome: added, or why the file was refused. (A task and a signal, not
    // an `Action`: the candidate's download is budgeted, and an `Action` costs some 7 KB of it.)
    let message = RwSignal::new(None::<(bool, String)>);
    let import = move |files: Vec<web_sys::File>| {
        if let Some(file) = files.into_iter().next() {
            leptos::task::spawn_local(async move {
                message.set(Some(import_file(app, file, lang.get_untracked()).await));
            });
        }
    };
    let entries = move || {
        app.history
            .get()
            .entries
            .into_iter()
            .enumerate()
            .rev()
            .map(|(i, r)| {
                let mode = r.mode;
                view! {
                    <li class="card history-entry">
                        <p>
                            <strong>{r.finished_at.get(..10).unwrap_or("").to_owned()}</strong>
                            " · " {move || mode_name(lang.get(), mode)} " · "
                            {r.participant.name.clone()}
                        </p>
                        <a class="btn secondary" href=Route::Results(Some(i)).href()>
                            {tr(Key::Open)}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let empty = move || app.history.with(|h| h.entries.is_empty());
    view! {
        <PageTitle text=tr(Key::HistoryTitle)/>
        <p>{tr(Key::HistoryIntro)}</p>
        {move || {
            message
                .get()
                .map(|(ok, text)| {
                    let class = if ok { "banner ok" } else { "banner error" };
                    view! { <p class=class role="status">{text}</p> }
                })
        }}
        {move || app.loaded().map(|bank| view! { <Learning bank/> })}
        <Show when=empty fallback=move || view! { <ol class="history">{entries}</ol> }>
            <p class="muted">{tr(Key::HistoryEmpty)}</p>
        </Show>
        <div class="actions">
            <FileDrop
                button=Signal::derive(tr(Key::ImportResults))
                accept=".json,application/json"
                on_files=Callback::new(import)
            />
            <Show when=move || !empty()>
                <button type="button" class="btn secondary" on:click=export>
                    {tr(Key::ExportHistory)}
                </button>
                <button type="button" class="btn danger" on:click=move |_| confirming.set(true)>
                    {tr(Key::ClearHistory)}
                </button>
            </Show>
        </div>
        <Show when=move || confirming.get()>
            <div class="card confirm" role="alertdialog" aria-labelledby="clear-title">
                <h2 id="clear-title">{tr(Key::ClearHistoryTitle)}</h2>
                <p>{tr(Key::ClearHistoryText)}</p>
                <div class="actions">
                    <button type="button" class="btn secondary" on:click=export>
                        {tr(Key::ExportHistory)}
                    </button>
                    <button
                        type="button"
                        class="btn danger"
                        on:click=move |_| {
                            app.clear_history();
                            confirming.set(false);
                        }
                    >
                        {tr(Key::ClearHistoryConfirm)}
                    </button>
                    <button type="button" class="btn secondary" on:click=move |_| confirming.set(false)>
                        {tr(Key::Cancel)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The history's part of the learning loop, for the bank in use: each competency's progress,
/// retrying every item whose last answer was missed, the study materials.
#[component]
fn Learning(bank: Arc<CheckedBank>) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let missed = move || app.drill_items(Drill::Missed(None), 0).len();
    let chart = move || {
        let entries = app.history.with(|h| h.entries.clone());
        view! { <ProgressChart bank=bank.clone() entries/> }
    };
    view! {
        {chart}
        <div class="actions">
            <Show when=move || { missed() > 0 }>
                <button type="button" class="btn"
                    on:click=move |_| start_drill(app, Drill::Missed(None), lang.get_untracked())>
                    {tr(LKey::RetryAllMissed)} " " {move || item_count(lang.get(), missed())}
                </button>
            </Show>
            <a class="btn secondary" href=Route::Materials(None).href()>{tr(LKey::Materials)}</a>
        </div>
    }
}
