//! "Periksa Bank": drop or pick a bank — the app's JSON, a GIFT, Moodle XML or Aiken file, or a
//! spreadsheet's CSV files — and see every problem with its file, line and column; map the
//! file's categories to competencies and give items without a source one; then a preview of
//! every item with its key, and what to do with the bank (keep it here, download it in any
//! format).

pub(in crate::trainer) mod actions;
mod categories;
mod cues;
mod kept;
pub(in crate::trainer) mod load;
mod preview;
mod report;
mod source_for_all;

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use crate::i18n::Key;
use crate::platform::location;
use crate::ui::components::{FileDrop, PageTitle};
use crate::ui::tr;

use kept::KeptBanks;
use load::{load, recheck, Source};
use report::CheckReport;

#[component]
pub fn CheckerPage() -> impl IntoView {
    // The last bank checked: from files, or from an address of this site.
    let run = Action::new_local(|source: &Source| load(source.clone()));
    if let Some(url) = location::query("bank") {
        run.dispatch_local(Source::Url(url));
    }
    let url = RwSignal::new(String::new());
    view! {
        <PageTitle text=tr(TKey::CheckerTitle)/>
        <p>{tr(TKey::CheckerIntro)}</p>
        <FileDrop
            hint=Signal::derive(tr(TKey::DropHere))
            accept=".json,.gift,.xml,.txt,.csv,.tsv"
            multiple=true
            on_files=Callback::new(move |files| {
                run.dispatch_local(Source::Files(files));
            })
        />
        <form class="url-form" on:submit=move |ev| {
            ev.prevent_default();
            run.dispatch_local(Source::Url(url.get_untracked()));
        }>
            <label class="field">
                <span class="label">{tr(TKey::OpenFromAddress)}</span>
                <input
                    type="text"
                    name="bank-url"
                    placeholder="banks/examples/contoh-mini.json"
                    prop:value=move || url.get()
                    on:input=move |ev| url.set(event_target_value(&ev))
                />
            </label>
            <button type="submit" class="btn secondary">{tr(Key::Open)}</button>
        </form>
        <Show when=move || run.pending().get()>
            <p role="status">{tr(TKey::Checking)}</p>
        </Show>
        {move || run.value().get().map(|checked| {
            let on_choices = Callback::new(move |choices| {
                let again = run.value().with_untracked(|c| c.as_ref().map(|c| recheck(c, choices)));
                if let Some(again) = again {
                    run.value().set(Some(again));
                }
            });
            view! { <CheckReport checked on_choices/> }
        })}
        <actions::Templates/>
        <KeptBanks/>
    }
}
