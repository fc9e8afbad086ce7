//! The participant's name.

use leptos::prelude::*;

use super::field_error::field_error;
use crate::i18n::Key;
use crate::ui::tr;

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn name_field(name: RwSignal<String>, invalid: Signal<bool>) -> impl IntoView {
    view! {
        <label class="field">
            <span class="label">{tr(Key::NameLabel)}</span>
            <input
                type="text"
                name="name"
                autocomplete="name"
                maxlength="120"
                aria-describedby="name-hint"
                aria-invalid=move || invalid.get().to_string()
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
            />
            <span id="name-hint" class="hint">{tr(Key::NameHint)}</span>
            {field_error(invalid, Key::NameRequired)}
        </label>
    }
}
