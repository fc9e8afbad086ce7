//! The report of a finished attempt: who and when, the radar chart, every competency with its
//! level and the change since the previous attempt, the item-by-item review; download, print.

use crate::domain::bank::CheckedBank;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::library::archived_bank_path;
use crate::domain::bank::{parse_bank, MAX_BANK_BYTES};
use crate::domain::results::ResultsFile;
use crate::i18n::Key;
use crate::platform::fetch;
use crate::ui::components::{start_drill, BankGate, Learning, NextSteps, PageTitle, ReportView};
use crate::ui::shared::use_lang;
use crate::ui::state::{use_app, Drill};
use crate::ui::tr;
use crate::view::route::Route;

#[component]
pub fn ResultsPage(index: Option<usize>) -> impl IntoView {
    view! {
        <PageTitle text=tr(Key::ResultsTitle)/>
        <BankGate children=move |bank| view! { <Report bank index/> }/>
    }
}

#[component]
fn Report(bank: Arc<CheckedBank>, index: Option<usize>) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    move || {
        let history = app.history.get();
        let entry = match index {
            Some(i) => history.entries.get(i),
            None => history.latest(),
        };
        let Some(r) = entry.cloned() else {
            return view! {
                <p>{tr(Key::NoResults)}</p>
                <p><a class="btn" href=Route::Home.href()>{tr(Key::Home)}</a></p>
            }
            .into_any();
        };
        if r.bank != bank.reference {
            return view! { <ArchivedReport results=r/> }.into_any();
        }
        let entry = index.unwrap_or(history.entries.len().saturating_sub(1));
        let previous = history
            .previous(&r)
            .filter(|p| p.bank.id == r.bank.id && r.mode.is_full())
            .cloned();
        let learning = Learning {
            practise: Callback::new(move |i| {
                start_drill(app, Drill::Focus(i), lang.get_untracked())
            }),
            practisable: (0..bank.bank.competencies.len())
                .filter(|&i| !app.drill_items(Drill::Focus(i), 0).is_empty())
                .collect(),
        };
        view! {
            <NextSteps bank=bank.clone() results=r.clone() entry/>
            <ReportView bank=bank.clone() results=r previous candidate=true learning=Some(learning) handover=Some(Route::Handover(index))/>
        }
        .into_any()
    }
}

/// The report of an attempt made with an earlier version of the bundled bank, read from the
/// archive kept with the app; a note when the bank is not there (another bank, or offline before
/// the archive was cached).
#[component]
fn ArchivedReport(results: ResultsFile) -> impl IntoView {
    let reference = results.bank.clone();
    let loaded = LocalResource::new(move || {
        let reference = reference.clone();
        async move {
            let path = archived_bank_path(&reference.id, &reference.version)?;
            let text = fetch::fetch_text(&path, MAX_BANK_BYTES).await.ok()?;
            let bank = parse_bank(&text).bank?;
            (bank.reference() == reference).then(|| Arc::new(CheckedBank { bank, reference }))
        }
    });
    let note = || view! { <p class="banner warn">{tr(Key::OtherBankReport)}</p> };
    view! {
        <Suspense fallback=note>
            {move || loaded.get().map(|bank| match bank {
                Some(bank) => view! { <ReportView bank results=results.clone() previous=None candidate=true/> }.into_any(),
                None => note().into_any(),
            })}
        </Suspense>
    }
}
