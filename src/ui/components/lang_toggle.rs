//! Switches between Bahasa Indonesia and English; the choice persists on the device.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::ui::state::use_app;

#[component]
pub fn LangToggle() -> impl IntoView {
    let app = use_app();
    let other = move || app.lang.get().other();
    view! {
        <button
            type="button"
            class="lang"
            lang=move || other().tag()
            on:click=move |_| app.set_lang(other())
        >
            {move || t(app.lang.get(), Key::SwitchLanguage)}
        </button>
    }
}
