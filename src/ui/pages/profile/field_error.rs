//! A form field's error message, shown only while the field is wrong.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::tr;

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn field_error(when: Signal<bool>, text: Key) -> impl IntoView {
    view! {
        <Show when=move || when.get()>
            <span class="field-error">{tr(text)}</span>
        </Show>
    }
}
