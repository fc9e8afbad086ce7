//! "Kelompok": many results files in (picked, dropped, or a .zip), read in chunks so the page
//! stays responsive, each checked; then the group's profile and the item analysis.

mod charts;
mod group;
mod items;
mod table;

use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::cohort::intake::{Intake, Outcome};
use crate::domain::cohort::zip::{read_zip, ZipEntry, ZipSkip};
use crate::domain::format::decode::decode;
use crate::domain::results::history::History;

use crate::domain::format::problem::{Path, Problem, ProblemKind};
use crate::domain::results::MAX_RESULTS_BYTES;
use crate::i18n::{cohort_summary, problem_text, t, Key};
use crate::platform::{clock, files, storage};
use crate::trainer::state::use_trainer;
use crate::ui::components::{PageTitle, ProgressBar};
use crate::ui::tr;

use group::GroupView;

use crate::view::storage_keys::COHORT as COHORT_KEY;
const CHUNK: usize = 250;
const MAX_ZIP: u64 = 256 * 1024 * 1024;

fn skipped(reason: ZipSkip) -> ProblemKind {
    match reason {
        ZipSkip::NotJson => ProblemKind::UnknownVariant {
            found: "zip".into(),
            expected: ".json".into(),
        },
        ZipSkip::TooLarge => ProblemKind::TooLarge {
            bytes: MAX_RESULTS_BYTES + 1,
            limit: MAX_RESULTS_BYTES,
        },
        ZipSkip::Unsupported | ZipSkip::Damaged => ProblemKind::Structure {
            detail: "zip".into(),
        },
    }
}

fn is_zip(name: &str) -> bool {
    name.to_lowercase().ends_with(".zip")
}

/// Adds one read file (a results file, or a .zip of them) to the intake.
fn take(intake: &mut Intake, name: &str, bytes: Vec<u8>) {
    if !is_zip(name) {
        return take_text(intake, name, bytes);
    }
    match read_zip(&bytes, MAX_RESULTS_BYTES) {
        Ok(entries) => {
            for e in entries {
                match e {
                    ZipEntry::File { name: inner, bytes } => {
                        take_text(intake, &format!("{name}/{inner}"), bytes)
                    }
                    ZipEntry::Skipped {
                        name: inner,
                        reason,
                    } => intake.reject(
                        &format!("{name}/{inner}"),
                        Problem::error(Path::root(), skipped(reason)),
                    ),
                }
            }
        }
        Err(_) => intake.reject(
            name,
            Problem::error(
                Path::root(),
                ProblemKind::Structure {
                    detail: "zip".into(),
                },
            ),
        ),
    }
}

/// Adds one results file, if it is UTF-8 text.
fn take_text(intake: &mut Intake, name: &str, bytes: Vec<u8>) {
    match decode(bytes) {
        Ok(text) => intake.add(name, &text),
        Err(p) => intake.reject(name, p),
    }
}

#[component]
pub fn CohortPage() -> impl IntoView {
    let trainer = use_trainer();
    let lang = use_lang();
    let intake = RwSignal::new(None::<Arc<Intake>>);
    let progress = RwSignal::new((0usize, 0usize));
    let busy = RwSignal::new(false);
    let elapsed = RwSignal::new(None::<f64>);
    let kept_note = RwSignal::new(None::<bool>);
    let stored = RwSignal::new(storage::get(COHORT_KEY).ok().flatten().is_some());

    let run = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        busy.set(true);
        kept_note.set(None);
        progress.set((0, list.len()));
        leptos::task::spawn_local(async move {
            let started = js_sys::Date::now();
            let mut work = Intake::new(trainer.banks.await);
            // Every read starts at once; the files are then checked in chunks as they arrive.
            let reads = files::start_reading(&list, |f| {
                if is_zip(&f.name()) {
                    MAX_ZIP
                } else {
                    MAX_RESULTS_BYTES
                }
            });
            for (n, (chunk, chunk_reads)) in list.chunks(CHUNK).zip(reads.chunks(CHUNK)).enumerate()
            {
                let read = files::finish_reading(chunk_reads).await;
                for (f, bytes) in chunk.iter().zip(read) {
                    let name = f.name();
                    match bytes {
                        Ok(b) => take(&mut work, &name, b),
                        Err(p) => work.reject(&name, p),
                    }
                }
                progress.set(((n * CHUNK + chunk.len()).min(list.len()), list.len()));
                clock::sleep(0).await;
            }
            elapsed.set(Some(js_sys::Date::now() - started));
            intake.set(Some(Arc::new(work)));
            busy.set(false);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            run(crate::trainer::checker::file_list(input.files()));
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        run(crate::trainer::checker::file_list(
            ev.data_transfer().and_then(|d| d.files()),
        ));
    };
    let open_stored = move |_| {
        let Some(text) = storage::get(COHORT_KEY).ok().flatten() else {
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let mut work = Intake::new(trainer.banks.await);
            if let Ok(h) = History::from_storage(&text) {
                for (i, r) in h.entries.iter().enumerate() {
                    work.add(&format!("{i}.json"), &r.to_json());
                }
            }
            intake.set(Some(Arc::new(work)));
            busy.set(false);
        });
    };
    let keep = move |_| {
        let Some(i) = intake.get_untracked() else {
            return;
        };
        let h = History {
            entries: i
                .groups
                .iter()
                .filter(|g| g.known.is_some())
                .flat_map(|g| g.results.clone())
                .collect(),
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
    let summary = move || {
        intake.get().map(|i| {
            let l = lang.get();
            let s = i.summary();
            let rejected = i
                .log
                .iter()
                .filter_map(|e| match &e.outcome {
                    Outcome::Rejected(p) => Some(format!("{}: {}", e.file, problem_text(l, &p.kind))),
                    _ => None,
                })
                .take(200)
                .map(|line| view! { <li class="problem error">{line}</li> })
                .collect_view();
            let seconds = elapsed.get().map(|ms| format!(" ({:.1} s)", ms / 1000.0)).unwrap_or_default();
            view! {
                <section class="card cohort-summary" aria-live="polite">
                    <h2>{tr(Key::CohortSummaryTitle)}</h2>
                    <p data-ms=elapsed.get().map(|ms| ms.round().to_string()) data-summary=format!("{} {} {} {} {} {}", s.files, s.accepted, s.edited, s.duplicates, s.unknown_bank, s.rejected)>
                        {cohort_summary(l, &s)} {seconds}
                    </p>
                    <ul class="problems">{rejected}</ul>
                </section>
            }
        })
    };
    let groups = move || {
        intake.get().map(|i| {
            i.groups
                .iter()
                .map(|g| match &g.known {
                    Some(bank) => {
                        view! { <GroupView bank=bank.clone() results=Arc::new(g.results.clone())/> }.into_any()
                    }
                    None => {
                        let n = g.results.len();
                        view! {
                            <section class="card">
                                <h2>{g.bank.id.clone()} " " {g.bank.version.clone()}</h2>
                                <p class="banner warn">{move || crate::i18n::unknown_bank_note(lang.get(), n)}</p>
                            </section>
                        }
                        .into_any()
                    }
                })
                .collect_view()
        })
    };
    view! {
        <PageTitle text=tr(Key::CohortTitle)/>
        <p>{tr(Key::CohortIntro)}</p>
        <p class="note">{tr(Key::CohortPrivacy)}</p>
        <div class="dropzone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <p>{tr(Key::DropResultsHere)}</p>
            <label class="btn file-button">
                {tr(Key::PickFiles)}
                <input type="file" multiple accept=".json,.zip,application/json,application/zip" class="sr-only" on:change=on_pick/>
            </label>
        </div>
        <Show when=move || busy.get()>
            <ProgressBar
                value=Signal::derive(move || progress.get().0)
                max=Signal::derive(move || progress.get().1)
                label=Signal::derive(tr(Key::Reading))
            />
            <p role="status">{tr(Key::Reading)} " " {move || format!("{} / {}", progress.get().0, progress.get().1)}</p>
        </Show>
        <div class="actions">
            <Show when=move || stored.get() && intake.with(Option::is_none)>
                <button type="button" class="btn secondary" on:click=open_stored>{tr(Key::OpenStoredCohort)}</button>
            </Show>
            <Show when=move || intake.with(Option::is_some)>
                <button type="button" class="btn secondary" on:click=keep>{tr(Key::KeepCohort)}</button>
            </Show>
            <Show when=move || stored.get()>
                <button type="button" class="btn danger" on:click=clear>{tr(Key::ClearCohort)}</button>
            </Show>
        </div>
        {move || kept_note.get().map(|ok| {
            let (class, key) = if ok { ("banner ok", Key::CohortKept) } else { ("banner error", Key::CohortNotKept) };
            view! { <p class=class role="status">{move || t(lang.get(), key)}</p> }
        })}
        {summary}
        {groups}
    }
}
