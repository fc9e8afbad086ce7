//! A known bank's group, with the learning loop's short attempts (one competency, retries,
//! spaced review) left out unless the trainer includes them: a ten-item retry is not a
//! participant's profile, and would pull the group's figures down.

use std::sync::Arc;

use leptos::prelude::*;

use super::group::GroupView;
use crate::domain::bank::CheckedBank;
use crate::domain::results::ResultsFile;
use crate::i18n::{short_attempts_note, TKey};
use crate::ui::shared::use_lang;
use crate::ui::tr;

#[component]
pub fn KnownGroup(bank: Arc<CheckedBank>, results: Vec<ResultsFile>) -> impl IntoView {
    let lang = use_lang();
    let short = results.iter().filter(|r| !r.mode.is_full()).count();
    if short == 0 {
        return view! { <GroupView bank results=Arc::new(results)/> }.into_any();
    }
    let full: Arc<Vec<ResultsFile>> = Arc::new(
        results
            .iter()
            .filter(|r| r.mode.is_full())
            .cloned()
            .collect(),
    );
    let all = Arc::new(results);
    let include = RwSignal::new(false);
    view! {
        <div class="card">
            <p>{move || short_attempts_note(lang.get(), short)}</p>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || include.get()
                    on:change=move |ev| include.set(event_target_checked(&ev))
                />
                " " {tr(TKey::IncludeShortAttempts)}
            </label>
        </div>
        {move || {
            let results = if include.get() { all.clone() } else { full.clone() };
            view! { <GroupView bank=bank.clone() results/> }
        }}
    }
    .into_any()
}
