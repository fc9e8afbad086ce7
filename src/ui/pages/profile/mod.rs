//! The participant's profile: name, role and kabupaten/kota; then the attempt starts.

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::attempt::{Mode, Participant};
use crate::i18n::{mode_name, Key};
use crate::ui::components::{BankGate, PageTitle};
use crate::ui::state::use_app;
use crate::ui::tr;
use crate::view::regions::REGIONS;

#[component]
pub fn ProfilePage(mode: Mode) -> impl IntoView {
    let lang = use_lang();
    let title = move || {
        format!(
            "{} — {}",
            tr(Key::ProfileTitle)(),
            mode_name(lang.get(), mode)
        )
    };
    view! {
        <PageTitle text=title/>
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
    let name = RwSignal::new(last.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let role = RwSignal::new(last.as_ref().map(|p| p.role.clone()).unwrap_or_default());
    let region = RwSignal::new(last.map(|p| p.region).unwrap_or_default());
    let code = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let bad_code = move || {
        tried.get() && code.with(|c| !c.trim().is_empty() && c.trim().parse::<u32>().is_err())
    };
    let missing_name = move || tried.get() && name.with(|n| n.trim().is_empty());
    let missing_role = move || tried.get() && role.with(String::is_empty);
    let missing_region = move || tried.get() && region.with(String::is_empty);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let p = Participant {
            name: crate::domain::format::hidden::without_hidden(name.get_untracked().trim()),
            role: role.get_untracked(),
            region: region.get_untracked(),
        };
        let code = code.get_untracked();
        let seed = match code.trim() {
            "" => Some(None),
            c => c.parse::<u32>().ok().map(Some),
        };
        if let (false, Some(seed)) = (
            p.name.is_empty() || p.role.is_empty() || p.region.is_empty(),
            seed,
        ) {
            app.start(p, mode, seed);
        }
    };
    let roles = bank.bank.roles.clone();
    view! {
        <form class="card form" on:submit=submit novalidate>
            <label class="field">
                <span class="label">{tr(Key::NameLabel)}</span>
                <input
                    type="text"
                    name="name"
                    autocomplete="name"
                    maxlength="120"
                    aria-describedby="name-hint"
                    aria-invalid=move || missing_name().to_string()
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <span id="name-hint" class="hint">{tr(Key::NameHint)}</span>
                <Show when=missing_name>
                    <span class="field-error">{tr(Key::NameRequired)}</span>
                </Show>
            </label>
            <fieldset class="field roles">
                <legend class="label">{tr(Key::RoleLabel)}</legend>
                <div class="options">
                    {roles
                        .into_iter()
                        .map(|r| {
                            let id = r.id.clone();
                            let pick = r.id.clone();
                            view! {
                                <label class="option">
                                    <input
                                        type="radio"
                                        name="role"
                                        value=r.id.clone()
                                        prop:checked=move || role.with(|x| x == &id)
                                        on:change=move |_| role.set(pick.clone())
                                    />
                                    <span class="text">
                                        <strong>{r.short}</strong>
                                        " — "
                                        {r.name}
                                    </span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
                <Show when=missing_role>
                    <span class="field-error">{tr(Key::RoleRequired)}</span>
                </Show>
            </fieldset>
            <label class="field">
                <span class="label">{tr(Key::RegionLabel)}</span>
                <select
                    name="region"
                    aria-invalid=move || missing_region().to_string()
                    on:change=move |ev| region.set(event_target_value(&ev))
                >
                    <option value="">{tr(Key::RegionPlaceholder)}</option>
                    {REGIONS
                        .iter()
                        .map(|&(id, label)| {
                            view! {
                                <option value=id selected=move || region.with(|r| r == id)>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <Show when=missing_region>
                    <span class="field-error">{tr(Key::RegionRequired)}</span>
                </Show>
            </label>
            <label class="field">
                <span class="label">{tr(Key::PracticeCode)}</span>
                <input
                    type="text"
                    name="code"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="10"
                    aria-describedby="code-hint"
                    aria-invalid=move || bad_code().to_string()
                    prop:value=move || code.get()
                    on:input=move |ev| code.set(event_target_value(&ev))
                />
                <span id="code-hint" class="hint">{tr(Key::PracticeCodeHint)}</span>
                <Show when=bad_code>
                    <span class="field-error">{tr(Key::PracticeCodeInvalid)}</span>
                </Show>
            </label>
            <div class="actions">
                <button type="submit" class="btn">{tr(Key::StartAttempt)}</button>
            </div>
        </form>
    }
}
