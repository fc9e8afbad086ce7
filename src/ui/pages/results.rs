//! The report of a finished attempt: who and when, the radar chart, every competency with its
//! level and the change since the previous attempt, the item-by-item review; download, print.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::components::{BankGate, PageTitle, ReportView};
use crate::ui::route::Route;
use crate::ui::state::{use_app, LoadedBank};
use crate::ui::tr;

#[component]
pub fn ResultsPage(index: Option<usize>) -> impl IntoView {
    view! {
        <PageTitle text=tr(Key::ResultsTitle)/>
        <BankGate children=move |bank| view! { <Report bank index/> }/>
    }
}

#[component]
fn Report(bank: Arc<LoadedBank>, index: Option<usize>) -> impl IntoView {
    let app = use_app();
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
            return view! { <p class="banner warn">{tr(Key::OtherBankReport)}</p> }.into_any();
        }
        let previous = history
            .previous(&r)
            .filter(|p| p.bank.id == r.bank.id)
            .cloned();
        view! { <ReportView bank=bank.clone() results=r previous candidate=true/> }.into_any()
    }
}
