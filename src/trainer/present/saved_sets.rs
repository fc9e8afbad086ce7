//! Saved sets of items to present again, a session record to bring back, and the answer cards.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::setup_form::{start, SetupForm};
use crate::i18n::Key;
use crate::ui::components::FileDrop;
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

#[component]
pub fn SavedSets(form: SetupForm) -> impl IntoView {
    let list = move || {
        form.saved
            .get()
            .into_iter()
            .map(|s| {
                let (load, drop_name) = (s.clone(), s.name.clone());
                view! {
                    <li>
                        <strong>{s.name.clone()}</strong> " · " {s.items.len()} " " {tr(Key::ItemsWord)} " "
                        <button type="button" class="btn link" on:click=move |_| start(&load)>{tr(TKey::Present)}</button>
                        <button type="button" class="btn link" on:click=move |_| form.forget(&drop_name)>{tr(Key::RemoveBank)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card">
            <h2>{tr(TKey::SavedSets)}</h2>
            <ul class="saved-sets">{list}</ul>
            <FileDrop
                button=Signal::derive(tr(TKey::ImportSession))
                accept=".json,application/json"
                on_files=Callback::new(move |files| form.import(files))
            />
            <a class="btn secondary" href=TrainerRoute::PresentCards.href()>{tr(TKey::PrintCards)}</a>
        </section>
    }
}
