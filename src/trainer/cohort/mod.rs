//! "Kelompok": many results files in (picked, dropped, or a .zip), read in chunks so the page
//! stays responsive, each checked; then the group's profile and the item analysis.

mod charts;
mod group;
mod groups;
mod items;
mod load;
mod scan;
mod short;
mod summary;
mod table;

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use crate::domain::results::history::History;
use crate::i18n::t;
use crate::platform::storage;
use crate::trainer::state::use_trainer;
use crate::ui::components::{FileDrop, PageTitle, ProgressBar};
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::storage_keys::COHORT as COHORT_KEY;

use groups::CohortGroups;
use load::{load, Load, Loaded};
use scan::ScanPanel;
use summary::CohortSummary;

#[component]
pub fn CohortPage() -> impl IntoView {
    let trainer = use_trainer();
    let lang = use_lang();
    let progress = RwSignal::new((0usize, 0usize));
    let kept_note = RwSignal::new(None::<bool>);
    let stored = RwSignal::new(storage::get(COHORT_KEY).ok().flatten().is_some());
    // The group shown: the one read last, then every code the scanner adds to it.
    let group = RwSignal::new(None::<Loaded>);
    // Reading files into it, or the group kept on this device.
    let run = Action::new_local(move |what: &Load| {
        let what = what.clone();
        let start = group.with_untracked(|g| g.as_ref().map(|l| (*l.intake).clone()));
        async move { load(trainer.banks.await, start, what, progress).await }
    });
    Effect::new(move |_| {
        if let Some(l) = run.value().get() {
            group.set(Some(l));
        }
    });
    let loaded = move || group.get();
    let open_stored = move |_| {
        if let Some(text) = storage::get(COHORT_KEY).ok().flatten() {
            run.dispatch_local(Load::Stored(text));
        }
    };
    let keep = move |_| {
        let Some(l) = group.get_untracked() else {
            return;
        };
        let h = History {
            entries: l
                .intake
                .groups
                .iter()
                .filter(|g| g.known.is_some())
                .flat_map(|g| g.results.clone())
                .collect(),
            review: Default::default(),
        };
        let ok = storage::set(COHORT_KEY, &h.to_storage()).is_ok();
        kept_note.set(Some(ok));
        stored.set(ok || stored.get_untracked());
    };
    let clear = move |_| {
        let _ = storage::remove(COHORT_KEY);
        stored.set(false);
        kept_note.set(None);
    };
    view! {
        <PageTitle text=tr(TKey::CohortTitle)/>
        <p>{tr(TKey::CohortIntro)}</p>
        <p class="note">{tr(TKey::CohortPrivacy)}</p>
        <FileDrop
            hint=Signal::derive(tr(TKey::DropResultsHere))
            accept=".json,.zip,application/json,application/zip"
            multiple=true
            on_files=Callback::new(move |files| {
                kept_note.set(None);
                run.dispatch_local(Load::Files(files));
            })
        />
        <Show when=move || run.pending().get()>
            <ProgressBar
                value=Signal::derive(move || progress.get().0)
                max=Signal::derive(move || progress.get().1)
                label=Signal::derive(tr(TKey::Reading))
            />
            <p role="status">{tr(TKey::Reading)} " " {move || format!("{} / {}", progress.get().0, progress.get().1)}</p>
        </Show>
        <div class="actions">
            <Show when=move || stored.get() && loaded().is_none()>
                <button type="button" class="btn secondary" on:click=open_stored>{tr(TKey::OpenStoredCohort)}</button>
            </Show>
            <Show when=move || loaded().is_some()>
                <button type="button" class="btn secondary" on:click=keep>{tr(TKey::KeepCohort)}</button>
            </Show>
            <Show when=move || stored.get()>
                <button type="button" class="btn danger" on:click=clear>{tr(TKey::ClearCohort)}</button>
            </Show>
        </div>
        <ScanPanel group/>
        {move || kept_note.get().map(|ok| {
            let (class, key) = if ok { ("banner ok", TKey::CohortKept) } else { ("banner error", TKey::CohortNotKept) };
            view! { <p class=class role="status">{move || t(lang.get(), key)}</p> }
        })}
        {move || loaded().map(|l| {
            let intake = l.intake.clone();
            view! { <CohortSummary loaded=l/> <CohortGroups intake/> }
        })}
    }
}
