//! The participant's profile: name, role and kabupaten/kota; then the attempt starts. What the
//! page computes (checks, the *kode soal*) is in `view::profile`; its parts only show it.

mod field_error;
mod region_field;
mod role_field;
mod text_field;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::attempt::Mode;
use crate::domain::bank::CheckedBank;
use crate::i18n::Key;
use crate::ui::components::{BankGate, PageTitle};
use crate::ui::shared::use_lang;
use crate::ui::state::use_app;
use crate::ui::tr;
use crate::view::profile::{
    code_invalid, name_missing, region_missing, role_missing, submission, title, Fields,
};
use region_field::region_field;
use role_field::role_field;
use text_field::{text_field, TextField};

#[component]
pub fn ProfilePage(mode: Mode) -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle text=move || title(lang.get(), mode)/>
        <p>{tr(Key::ProfileIntro)}</p>
        <BankGate children=move |bank| view! { <ProfileForm bank mode/> }/>
    }
}

#[component]
fn ProfileForm(bank: Arc<CheckedBank>, mode: Mode) -> impl IntoView {
    let app = use_app();
    // Start from the last profile used on this device, if any.
    let last = app
        .attempt
        .with_untracked(|a| a.as_ref().map(|a| a.participant.clone()))
        .or_else(|| {
            app.history
                .with_untracked(|h| h.latest().map(|r| r.participant.clone()))
        });
    let start = Fields::from_last(last);
    let name = RwSignal::new(start.name);
    let role = RwSignal::new(start.role);
    let region = RwSignal::new(start.region);
    let code = RwSignal::new(start.code);
    // Errors show once "Mulai" was pressed.
    let tried = RwSignal::new(false);
    let missing_name = Signal::derive(move || tried.get() && name.with(|n| name_missing(n)));
    let missing_role = Signal::derive(move || tried.get() && role.with(|r| role_missing(r)));
    let missing_region = Signal::derive(move || tried.get() && region.with(|r| region_missing(r)));
    let bad_code = Signal::derive(move || tried.get() && code.with(|c| code_invalid(c)));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let started = submission(
            &name.get_untracked(),
            &role.get_untracked(),
            &region.get_untracked(),
            &code.get_untracked(),
        );
        if let Some((participant, seed)) = started {
            app.start(participant, mode, seed);
        }
    };
    view! {
        <form class="card form" on:submit=submit novalidate>
            {text_field(
                TextField {
                    name: "name",
                    label: Key::NameLabel,
                    hint: Key::NameHint,
                    error: Key::NameRequired,
                    autocomplete: "name",
                    maxlength: "120",
                    numeric: false,
                },
                name,
                missing_name,
            )}
            {role_field(bank.bank.roles.clone(), role, missing_role)}
            {region_field(region, missing_region)}
            {text_field(
                TextField {
                    name: "code",
                    label: Key::PracticeCode,
                    hint: Key::PracticeCodeHint,
                    error: Key::PracticeCodeInvalid,
                    autocomplete: "off",
                    maxlength: "10",
                    numeric: true,
                },
                code,
                bad_code,
            )}
            <div class="actions">
                <button type="submit" class="btn">{tr(Key::StartAttempt)}</button>
            </div>
        </form>
    }
}
