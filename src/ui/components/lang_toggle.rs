//! Switches between Bahasa Indonesia and English; the choice persists on the device.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::ui::shared::use_lang;

#[component]
pub fn LangToggle() -> impl IntoView {
    let lang = use_lang();
    let other = move || lang.get().other();
    view! {
        <button
            type="button"
            class="lang"
            lang=move || other().tag()
            on:click=move |_| lang.set(other())
        >
            {move || t(lang.get(), Key::SwitchLanguage)}
        </button>
    }
}
