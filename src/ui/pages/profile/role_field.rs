//! The participant's role, one of the bank's.

use leptos::prelude::*;

use super::field_error::field_error;
use crate::domain::bank::Role;
use crate::i18n::Key;
use crate::ui::tr;

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn role_field(
    roles: Vec<Role>,
    role: RwSignal<String>,
    invalid: Signal<bool>,
) -> impl IntoView {
    view! {
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
            {field_error(invalid, Key::RoleRequired)}
        </fieldset>
    }
}
