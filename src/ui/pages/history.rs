//! Finished attempts on this device: open any report, import a results file from another
//! device, export all, clear (after confirming, with an export offered first).

use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::domain::results::history::{History, MAX_HISTORY_BYTES};
use crate::i18n::{imported_note, mode_name, problem_line, Key, Lang};
use crate::platform::{download, files};
use crate::ui::components::{FileDrop, PageTitle};
use crate::ui::state::{use_app, AppState};
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
        Ok(results) => {
            let found = results.len();
            let added = app.import_results(results);
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
