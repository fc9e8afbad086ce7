//! "Tunjukkan QR ke pelatih": a report's attempt as QR codes the trainer's laptop camera reads
//! (`domain::results::handover`), shown large with the screen kept on and a line of what they
//! hold. Its own chunk (`handover`): the QR encoder loads only when this screen opens.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::CheckedBank;
use crate::domain::results::handover::encode;
use crate::i18n::handover::{code_of, holds_line};
use crate::i18n::{mode_name, problem_line, HKey, Key};
use crate::platform::{layout, wake};
use crate::ui::components::{BankGate, PageTitle, QrImage};
use crate::ui::pages::split::HANDOVER_CSS;
use crate::ui::shared::use_lang;
use crate::ui::state::use_app;
use crate::ui::tr;
use crate::view::route::Route;

#[component]
pub fn HandoverPage(index: Option<usize>) -> impl IntoView {
    layout::add_stylesheet(HANDOVER_CSS);
    // The screen stays on while the code is shown; let go when the candidate leaves.
    let awake = StoredValue::new_local(Some(wake::Awake::new()));
    on_cleanup(move || awake.set_value(None));
    view! {
        <PageTitle text=tr(HKey::ShowQr)/>
        <BankGate children=move |bank| view! { <Codes bank index/> }/>
        {(!wake::supported()).then(|| view! { <p class="note no-print">{tr(HKey::AwakeNo)}</p> })}
        <p class="actions">
            <a class="btn secondary" href=Route::Results(index).href()>{tr(HKey::BackToReport)}</a>
        </p>
    }
}

#[component]
fn Codes(bank: Arc<CheckedBank>, index: Option<usize>) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let history = app.history.get_untracked();
    let entry = match index {
        Some(i) => history.entries.get(i),
        None => history.latest(),
    };
    let Some(results) = entry.cloned() else {
        return view! { <p>{tr(Key::NoResults)}</p> }.into_any();
    };
    if results.bank != bank.reference {
        return view! { <p class="note">{tr(HKey::OtherBank)}</p> }.into_any();
    }
    let handover = match encode(&bank, &results) {
        Ok(h) => h,
        Err(p) => {
            return view! { <p class="banner error">{move || problem_line(lang.get(), &p)}</p> }
                .into_any()
        }
    };
    let total = handover.codes.len();
    let shown = RwSignal::new(0usize);
    let codes = handover.codes.clone();
    let name = results.participant.name.clone();
    let bank_name = format!("{} {}", results.bank.id, results.bank.version);
    let (answered, items, mode) = (handover.answered, handover.items, results.mode);
    let holds = move || {
        holds_line(
            lang.get(),
            &name,
            mode_name(lang.get(), mode),
            answered,
            items,
            &bank_name,
        )
    };
    let label = Signal::derive(move || tr(HKey::CodeLabel)().to_owned());
    view! {
        <p class="muted no-print">{tr(HKey::Intro)}</p>
        <figure class="qr-frame">
            {move || {
                let text = codes.get(shown.get()).cloned().unwrap_or_default();
                view! { <QrImage text label/> }
            }}
            <figcaption>{holds}</figcaption>
        </figure>
        {(total > 1).then(|| view! {
            <p role="status">{move || code_of(lang.get(), shown.get() + 1, total)}</p>
            <p><button type="button" class="btn" on:click=move |_| shown.update(|s| *s = (*s + 1) % total)>
                {tr(HKey::NextCode)}
            </button></p>
        })}
        {handover.text_left_out.then(|| view! { <p class="note">{tr(HKey::TextLeftOut)}</p> })}
    }
    .into_any()
}
