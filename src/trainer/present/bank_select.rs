//! The bank a new session draws from: every bank this device knows.

use leptos::prelude::*;

use super::setup_form::SetupForm;
use crate::i18n::Key;
use crate::ui::tr;

#[component]
pub fn BankSelect(form: SetupForm) -> impl IntoView {
    let banks = form.trainer.banks;
    let options = move || {
        banks
            .get()
            .unwrap_or_default()
            .iter()
            .map(|b| view! { <option value=b.reference.sha256.clone()>{b.title.clone()} " · " {b.reference.version.clone()}</option> })
            .collect_view()
    };
    view! {
        <label class="field">
            <span class="label">{tr(Key::BankLabel)}</span>
            <select on:change=move |ev| form.choose_bank(&event_target_value(&ev))>
                {options}
            </select>
        </label>
    }
}
