//! A text field of the profile form — the participant's name, the *kode soal* (the same code
//! draws the same items in the same order) — with its hint and its error.

use leptos::prelude::*;

use super::field_error::field_error;
use crate::i18n::Key;
use crate::ui::tr;

/// What differs between the form's text fields.
pub struct TextField {
    pub name: &'static str,
    pub label: Key,
    pub hint: Key,
    pub error: Key,
    pub autocomplete: &'static str,
    pub maxlength: &'static str,
    /// A number: phones show the number pad.
    pub numeric: bool,
}

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn text_field(f: TextField, value: RwSignal<String>, invalid: Signal<bool>) -> impl IntoView {
    let hint_id = format!("{}-hint", f.name);
    view! {
        <label class="field">
            <span class="label">{tr(f.label)}</span>
            <input
                type="text"
                name=f.name
                inputmode=f.numeric.then_some("numeric")
                autocomplete=f.autocomplete
                maxlength=f.maxlength
                aria-describedby=hint_id.clone()
                aria-invalid=move || invalid.get().to_string()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            <span id=hint_id class="hint">{tr(f.hint)}</span>
            {field_error(invalid, f.error)}
        </label>
    }
}
