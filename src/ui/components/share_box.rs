//! Sharing a result: the system share sheet with the file (or a download where there is none), a
//! short text to paste into a chat, and an xAPI export for learning record stores.

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::results::xapi::statements_json;
use crate::domain::results::ResultsFile;
use crate::i18n::{t, Key};
use crate::platform::{download, share};
use crate::ui::tr;
use crate::view::describe::share_text;

#[component]
pub fn ShareBox(bank: Arc<CheckedBank>, results: ResultsFile) -> impl IntoView {
    let lang = use_lang();
    let copied = RwSignal::new(None::<bool>);
    let text_bank = bank.clone();
    let text_results = results.clone();
    let text = move || share_text(&text_bank.bank, &text_results, lang.get());
    let file = results.clone();
    let share_file = move |_| {
        let file = file.clone();
        let title = t(lang.get_untracked(), Key::ShareHeading).to_owned();
        leptos::task::spawn_local(async move {
            let json = file.to_json();
            if !share::share_file(&file.file_name(), "application/json", &json, &title).await {
                let _ = download::download_text(&file.file_name(), "application/json", &json);
            }
        });
    };
    let copy_text = text.clone();
    let copy = move |_| {
        let text = copy_text();
        leptos::task::spawn_local(async move {
            copied.set(Some(share::copy(&text).await));
        });
    };
    let xapi = move |_| {
        let name = results.file_name().replace(".json", "-xapi.json");
        let _ = download::download_text(
            &name,
            "application/json",
            &statements_json(&results, &bank.bank),
        );
    };
    view! {
        <section class="card share no-print">
            <h2>{tr(Key::ShareTitle)}</h2>
            <div class="actions">
                <button type="button" class="btn" on:click=share_file>{tr(Key::Share)}</button>
                <button type="button" class="btn secondary" on:click=xapi>{tr(Key::DownloadXapi)}</button>
            </div>
            <label class="field">
                <span class="label">{tr(Key::ShareTextLabel)}</span>
                <textarea readonly rows="9" prop:value=text></textarea>
            </label>
            <button type="button" class="btn secondary" on:click=copy>{tr(Key::CopyText)}</button>
            <span class="muted" role="status">
                {move || copied.get().map(|ok| t(lang.get(), if ok { Key::Copied } else { Key::CopyFailed }))}
            </span>
        </section>
    }
}
