//! "Periksa Bank": drop or pick a bank — the app's JSON, a GIFT file, or a spreadsheet's CSV
//! files — and see every problem with its file, line and column; then a preview of every item
//! with its key, and what to do with the bank (keep it here, download it in any format).

mod actions;
mod cues;
mod kept;
mod preview;

use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::bank::authoring::intake::{intake, Dropped};
use crate::domain::bank::authoring::FileProblem;
use crate::domain::bank::cues::{analyse, warnings, CueReport};
use crate::domain::bank::library::same_site_path;
use crate::domain::bank::{Bank, BankRef, MAX_BANK_BYTES};
use crate::domain::format::problem::{Path, Problem, ProblemKind};
use crate::i18n::{problem_text, t, Key, Lang};
use crate::platform::{fetch, files, location};
use crate::ui::components::PageTitle;
use crate::ui::tr;

use actions::BankActions;
use cues::CueAnalysis;
use kept::KeptBanks;
use preview::BankPreview;

/// What the checker found in the last files.
#[derive(Clone)]
pub struct Checked {
    pub names: Vec<String>,
    pub bank: Option<Arc<(Bank, BankRef)>>,
    pub problems: Vec<FileProblem>,
    /// The answer-cue analysis of the bank, when it could be read.
    pub cues: Option<Arc<CueReport>>,
}

/// Reads the chosen files (each at most the bank size limit) as text: the files, with warnings
/// about how they were read, or why they could not be.
async fn read_all(
    list: Vec<web_sys::File>,
) -> Result<(Vec<Dropped>, Vec<FileProblem>), Vec<FileProblem>> {
    let (mut out, mut warnings, mut problems) = (Vec::new(), Vec::new(), Vec::new());
    for file in list {
        let name = file.name();
        match files::read_bytes(&file, MAX_BANK_BYTES).await {
            Ok(bytes) => match Dropped::read(&name, bytes) {
                (Some(dropped), warning) => {
                    out.push(dropped);
                    warnings.extend(warning);
                }
                (None, problem) => problems.extend(problem),
            },
            Err(p) => problems.push(FileProblem::new(&name, p)),
        }
    }
    if problems.is_empty() {
        Ok((out, warnings))
    } else {
        Err(problems)
    }
}

/// Checks dropped files; `read_warnings` (how they were read) come first, the answer-cue
/// analysis's warnings last.
pub fn check(dropped: &[Dropped], read_warnings: Vec<FileProblem>) -> Checked {
    let (bank, found, _) = intake(dropped);
    let cues = bank.as_ref().map(|b| Arc::new(analyse(b)));
    let file = dropped.first().map(|d| d.name.clone()).unwrap_or_default();
    let cue_warnings = cues
        .iter()
        .flat_map(|r| warnings(r))
        .map(|p| FileProblem::new(&file, p));
    let problems = read_warnings
        .into_iter()
        .chain(found)
        .chain(cue_warnings)
        .collect();
    Checked {
        cues,
        names: dropped.iter().map(|d| d.name.clone()).collect(),
        bank: bank.map(|b| {
            let r = b.reference();
            Arc::new((b, r))
        }),
        problems,
    }
}

/// The files of a file input or a drop.
pub fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// "soal.csv, baris 5, kolom 7: …"
fn line_of(lang: Lang, p: &FileProblem) -> String {
    let mut place = vec![p.file.clone()];
    if let (Some(l), Some(c)) = (p.problem.line, p.problem.column) {
        place.push(match lang {
            Lang::Id => format!("baris {l}, kolom {c}"),
            Lang::En => format!("line {l}, column {c}"),
        });
    }
    if !p.problem.path.is_root() {
        place.push(format!("`{}`", p.problem.path));
    }
    let severity = t(
        lang,
        if p.problem.is_error() {
            Key::ProblemError
        } else {
            Key::ProblemWarning
        },
    );
    format!(
        "{severity} — {}: {}",
        place.join(", "),
        problem_text(lang, &p.problem.kind)
    )
}

#[component]
pub fn CheckerPage() -> impl IntoView {
    let lang = use_lang();
    let checked = RwSignal::new(None::<Checked>);
    let busy = RwSignal::new(false);
    let take = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = match read_all(list).await {
                Ok((dropped, warnings)) => check(&dropped, warnings),
                Err(problems) => Checked {
                    names: Vec::new(),
                    bank: None,
                    problems,
                    cues: None,
                },
            };
            checked.set(Some(result));
            busy.set(false);
        });
    };
    let open_url = move |url: String| {
        if !same_site_path(&url) {
            let p = FileProblem::new(
                &url,
                Problem::error(Path::root(), ProblemKind::BadUrl { url: url.clone() }),
            );
            checked.set(Some(Checked {
                names: vec![url],
                bank: None,
                problems: vec![p],
                cues: None,
            }));
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = match fetch::fetch_text(&url, MAX_BANK_BYTES).await {
                Ok(text) => check(
                    &[Dropped {
                        name: url.clone(),
                        text,
                    }],
                    Vec::new(),
                ),
                Err(p) => Checked {
                    names: vec![url.clone()],
                    bank: None,
                    problems: vec![FileProblem::new(&url, p)],
                    cues: None,
                },
            };
            checked.set(Some(result));
            busy.set(false);
        });
    };
    if let Some(url) = location::query("bank") {
        open_url(url);
    }
    let url = RwSignal::new(String::new());
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            take(file_list(input.files()));
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        take(file_list(ev.data_transfer().and_then(|d| d.files())));
    };
    let report = move || {
        checked.get().map(|c| {
            let l = lang.get();
            let errors = c.problems.iter().filter(|p| p.problem.is_error()).count();
            let warnings = c.problems.len() - errors;
            let cue_clean = !c
                .problems
                .iter()
                .any(|p| matches!(p.problem.kind, ProblemKind::Cue(_)));
            let summary = match (errors, warnings) {
                (0, 0) => t(l, Key::CheckerClean).to_owned(),
                _ => crate::i18n::problem_counts(l, errors, warnings),
            };
            let class = if errors == 0 {
                "banner ok"
            } else {
                "banner error"
            };
            let lines = c
                .problems
                .iter()
                .map(|p| {
                    let class = if p.problem.is_error() {
                        "problem error"
                    } else {
                        "problem warning"
                    };
                    view! { <li class=class>{line_of(l, p)}</li> }
                })
                .collect_view();
            view! {
                <section class="check-report" aria-live="polite">
                    <h2>{tr(Key::CheckerResult)} ": " {c.names.join(", ")}</h2>
                    <p class=class role="status">{summary}</p>
                    <ul class="problems">{lines}</ul>
                    {c.bank.clone().map(|b| view! {
                        <BankActions bank=b.clone()/>
                        {c.cues.clone().map(|r| view! { <CueAnalysis report=r clean=cue_clean/> })}
                        <BankPreview bank=b/>
                    })}
                </section>
            }
        })
    };
    view! {
        <PageTitle text=tr(Key::CheckerTitle)/>
        <p>{tr(Key::CheckerIntro)}</p>
        <div
            class="dropzone"
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=on_drop
        >
            <p>{tr(Key::DropHere)}</p>
            <label class="btn file-button">
                {tr(Key::PickFiles)}
                <input type="file" multiple accept=".json,.gift,.txt,.csv,.tsv" class="sr-only" on:change=on_pick/>
            </label>
        </div>
        <form class="url-form" on:submit=move |ev| {
            ev.prevent_default();
            open_url(url.get_untracked());
        }>
            <label class="field">
                <span class="label">{tr(Key::OpenFromAddress)}</span>
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
        <Show when=move || busy.get()>
            <p role="status">{tr(Key::Checking)}</p>
        </Show>
        {report}
        <actions::Templates/>
        <KeptBanks/>
    }
}
