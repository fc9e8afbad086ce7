//! The *kode soal*: the same code draws the same items in the same order.

use leptos::prelude::*;

use super::field_error::field_error;
use crate::i18n::Key;
use crate::ui::tr;

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn code_field(code: RwSignal<String>, invalid: Signal<bool>) -> impl IntoView {
    view! {
        <label class="field">
            <span class="label">{tr(Key::PracticeCode)}</span>
            <input
                type="text"
                name="code"
                inputmode="numeric"
                autocomplete="off"
                maxlength="10"
                aria-describedby="code-hint"
                aria-invalid=move || invalid.get().to_string()
                prop:value=move || code.get()
                on:input=move |ev| code.set(event_target_value(&ev))
            />
            <span id="code-hint" class="hint">{tr(Key::PracticeCodeHint)}</span>
            {field_error(invalid, Key::PracticeCodeInvalid)}
        </label>
    }
}
