//! The roles and competencies a new session draws from (none ticked: all).

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::setup_form::SetupForm;
use crate::i18n::Key;
use crate::ui::tr;

/// A box per role or competency, `(id, label)`, ticking it in `set`.
fn boxes(set: RwSignal<BTreeSet<String>>, choices: Vec<(String, String)>) -> impl IntoView {
    choices
        .into_iter()
        .map(|(id, label)| {
            view! { <label class="check"><input type="checkbox" on:change=move |_| SetupForm::toggle(set, &id)/> {label}</label> }
        })
        .collect_view()
}

#[component]
pub fn Filters(form: SetupForm) -> impl IntoView {
    move || {
        form.bank.get().map(|b| {
            let roles = b.roles.iter().map(|r| (r.id.clone(), r.short.clone())).collect();
            let competencies = b
                .competencies
                .iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect();
            let role_boxes = boxes(form.roles, roles);
            let comp_boxes = boxes(form.competencies, competencies);
            view! {
                <fieldset class="field"><legend class="label">{tr(Key::Role)}</legend>{role_boxes}</fieldset>
                <fieldset class="field"><legend class="label">{tr(Key::Competency)}</legend>{comp_boxes}</fieldset>
            }
        })
    }
}
