//! "Cetak kartu jawaban": one big letter per A4 page, A to E, for the room to raise. A can-do
//! scale (1 to 5) is answered with the same cards, A = 1 to E = 5.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use crate::i18n::Key;
use crate::platform::print;
use crate::ui::components::PageTitle;
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

#[component]
pub fn CardsPage() -> impl IntoView {
    let cards = ["A", "B", "C", "D", "E"]
        .iter()
        .enumerate()
        .map(|(i, l)| {
            view! {
                <div class="answer-card">
                    <span class="big">{*l}</span>
                    <span class="small">{i + 1}</span>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="no-print">
            <PageTitle text=tr(TKey::PrintCards)/>
            <p>{tr(TKey::CardsIntro)}</p>
            <div class="actions">
                <button type="button" class="btn" on:click=move |_| print::print()>{tr(Key::Print)}</button>
                <a class="btn secondary" href=TrainerRoute::Present.href()>{tr(TKey::BackToSetup)}</a>
            </div>
        </div>
        <div class="answer-cards">{cards}</div>
    }
}
