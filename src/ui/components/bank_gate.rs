//! Shows its children once the bank is ready; meanwhile a loading note, or why it failed.

use crate::domain::bank::CheckedBank;
use std::sync::Arc;

use leptos::prelude::*;

use super::Later;
use crate::i18n::Key;
use crate::ui::pages::split::problem_list;
use crate::ui::state::{use_app, BankSource, BankState};
use crate::ui::tr;

#[component]
pub fn BankGate<F, V>(children: F) -> impl IntoView
where
    F: Fn(Arc<CheckedBank>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let app = use_app();
    move || {
        match app.bank.get() {
        BankState::Loading => {
            view! { <p class="loading" role="status">{tr(Key::Loading)}</p> }.into_any()
        }
        BankState::Failed(problems) => view! {
            <div class="banner error" role="alert">
                <p>{tr(Key::BankLoadFailed)}</p>
                <Later page=move || problem_list(problems.to_vec())/>
                <div class="actions">
                    <button type="button" class="btn" on:click=move |_| app.load_bank()>
                        {tr(Key::Retry)}
                    </button>
                    <Show when=move || app.source.get() != BankSource::Bundled>
                        <button type="button" class="btn secondary" on:click=move |_| app.choose_bank(None)>
                            {tr(Key::UseBundledBank)}
                        </button>
                    </Show>
                </div>
            </div>
        }
        .into_any(),
        BankState::Ready(bank) => children(bank).into_any(),
    }
    }
}
