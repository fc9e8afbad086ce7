//! The group, bank text by bank text: each known bank's profile and item analysis, and a note
//! for results made with a bank this device does not know.

use std::sync::Arc;

use leptos::prelude::*;

use super::short::KnownGroup;
use crate::domain::cohort::intake::Intake;
use crate::ui::shared::use_lang;

#[component]
pub fn CohortGroups(intake: Arc<Intake>) -> impl IntoView {
    let lang = use_lang();
    intake
        .groups
        .iter()
        .map(|g| match &g.known {
            Some(bank) => {
                view! { <KnownGroup bank=bank.clone() results=g.results.clone()/> }.into_any()
            }
            None => {
                let n = g.results.len();
                view! {
                    <section class="card">
                        <h2>{g.bank.id.clone()} " " {g.bank.version.clone()}</h2>
                        <p class="banner warn">{move || crate::i18n::unknown_bank_note(lang.get(), n)}</p>
                    </section>
                }
                .into_any()
            }
        })
        .collect_view()
}
