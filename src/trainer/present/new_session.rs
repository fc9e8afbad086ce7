//! The form for a new session: the bank, its filters, how many items to draw, the items picked,
//! seconds per item and a name; present it or keep it as a set.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::bank_select::BankSelect;
use super::filters::Filters;
use super::pick_list::PickList;
use super::setup_form::SetupForm;
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::present_setup::{chosen_line, parse_count};

#[component]
pub fn NewSession(form: SetupForm) -> impl IntoView {
    let lang = use_lang();
    let SetupForm {
        count,
        picked,
        seconds,
        name,
        message,
        ..
    } = form;
    view! {
        <section class="card">
            <h2>{tr(TKey::NewSession)}</h2>
            <BankSelect form/>
            <Filters form/>
            <div class="actions">
                <label class="field inline">
                    <span class="label">{tr(TKey::HowMany)}</span>
                    <input type="number" min="1" max="1000" prop:value=move || count.get().to_string() on:input=move |ev| count.set(parse_count(&event_target_value(&ev)))/>
                </label>
                <button type="button" class="btn secondary" on:click=move |_| form.draw()>{tr(TKey::DrawItems)}</button>
            </div>
            <p class="muted">{move || chosen_line(lang.get(), picked.with(Vec::len))}</p>
            <PickList form/>
            <label class="field">
                <span class="label">{tr(TKey::SecondsPerItem)}</span>
                <input type="number" min="0" max="3600" name="seconds" prop:value=move || seconds.get() on:input=move |ev| seconds.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span class="label">{tr(TKey::SessionName)}</span>
                <input type="text" name="session-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </label>
            <div class="actions">
                <button type="button" class="btn" on:click=move |_| form.present()>{tr(TKey::Present)}</button>
                <button type="button" class="btn secondary" on:click=move |_| form.keep()>{tr(TKey::SaveSet)}</button>
            </div>
            {move || message.get().map(|m| view! { <p class="note" role="status">{m}</p> })}
        </section>
    }
}
