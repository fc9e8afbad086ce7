//! Where editing starts: a new empty bank, a copy of a bank this device knows (the bundled one,
//! its earlier versions, the kept ones), a file of any format the checker reads — opened as it
//! is, errors and all, to be fixed — or a draft saved earlier.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::state::use_edit;
use crate::domain::bank::authoring::intake::Dropped;
use crate::domain::bank::authoring::remembered::{files_hash, intake_with, Remembered};
use crate::domain::bank::authoring::FileProblem;
use crate::domain::bank::editing::parts;
use crate::domain::format::json::{parse_value, Value};
use crate::domain::format::record::Json;
use crate::domain::format::time::format_iso;
use crate::i18n::editor::{draft_line, EKey};
use crate::i18n::problem_line_in;
use crate::platform::storage;
use crate::trainer::checker::load::read_all;
use crate::trainer::state::use_trainer;
use crate::ui::components::FileDrop;
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::storage_keys;

/// What a file gives the editor: its document, or why there is none.
pub(super) fn document_of(dropped: &[Dropped]) -> Result<Value, Vec<FileProblem>> {
    if let [one] = dropped {
        if one.name.to_lowercase().ends_with(".json") {
            return parse_value(&one.text).map_err(|p| vec![FileProblem::new(&one.name, p)]);
        }
    }
    let key = storage_keys::import_choices(&files_hash(dropped));
    let choices = storage::get(&key)
        .ok()
        .flatten()
        .map(|t| Remembered::from_storage(&t))
        .unwrap_or_default();
    let got = intake_with(dropped, &choices);
    got.as_read.map(|b| b.write()).ok_or(got.problems)
}

#[component]
pub fn OpenScreen() -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let trainer = use_trainer();
    let refused = RwSignal::new(Vec::<FileProblem>::new());
    let open_files = Action::new_local(move |files: &Vec<web_sys::File>| {
        let files = files.clone();
        async move {
            let read = read_all(files)
                .await
                .map(|(d, _)| d)
                .and_then(|d| document_of(&d));
            match read {
                Ok(doc) => s.start(doc),
                Err(problems) => refused.set(problems),
            }
        }
    });
    let banks = move || trainer.banks.get().unwrap_or_default();
    view! {
        <section class="card">
            <h2>{tr(EKey::StartTitle)}</h2>
            <div class="actions">
                <button type="button" class="btn" on:click=move |_| s.start(parts::empty_bank())>
                    {tr(EKey::NewEmpty)}
                </button>
            </div>
            <h3>{tr(EKey::KeptTitle)}</h3>
            <ul class="kept-banks">
                {move || banks().into_iter().map(|b| {
                    let label = format!("{} · {} {}", b.title, b.id, b.version);
                    let doc = b.bank.write();
                    view! {
                        <li>
                            <span>{label}</span> " "
                            <button type="button" class="btn secondary" on:click=move |_| s.start(doc.clone())>
                                {tr(EKey::EditThis)}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <FileDrop hint=Signal::derive(tr(TKey::DropHere)) accept=".json,.gift,.xml,.txt,.csv,.tsv" multiple=true
                on_files=Callback::new(move |files| { open_files.dispatch_local(files); })/>
            <Show when=move || !refused.with(Vec::is_empty)>
                <div class="banner error" role="alert">
                    <p>{tr(EKey::FileNotRead)}</p>
                    <ul class="problems">
                        {move || refused.get().into_iter().map(|p| {
                            view! { <li>{move || problem_line_in(lang.get(), Some(&p.file), &p.problem)}</li> }
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
        </section>
        <Drafts/>
    }
}

/// The drafts saved on this device, the last changed first: go on with one, or delete it.
#[component]
fn Drafts() -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let unreadable = RwSignal::new(false);
    view! {
        <section class="card">
            <h2>{tr(EKey::DraftsTitle)}</h2>
            <Show when=move || unreadable.get()>
                <p class="banner error" role="alert">{tr(EKey::DraftUnreadable)}</p>
            </Show>
            <Show when=move || s.drafts.with(|d| !d.drafts.is_empty())
                fallback=move || view! { <p>{tr(EKey::DraftsEmpty)}</p> }>
                <ul class="drafts">
                    {move || s.drafts.get().drafts.into_iter().map(|d| {
                        let (id1, id2) = (d.id.clone(), d.id.clone());
                        let when = format_iso(d.saved).replace('T', " ").chars().take(16).collect::<String>();
                        view! {
                            <li>
                                <strong>{d.title}</strong> " "
                                <span class="hint">{move || draft_line(lang.get(), d.items, &when)}</span> " "
                                <button type="button" class="btn" on:click=move |_| {
                                    if !s.resume(&id1) { unreadable.set(true) }
                                }>
                                    {tr(EKey::Continue)}
                                </button> " "
                                <button type="button" class="btn link danger" on:click=move |_| s.delete(&id2)>
                                    {tr(EKey::DeleteDraft)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
