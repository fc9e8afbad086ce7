//! After the session: how the room did on each item, its score per competency (radar), the items
//! worth revisiting; the session record to download and bring back later.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::session_summary::Summary;
use super::use_current;
use crate::i18n::Key;
use crate::ui::components::PageTitle;
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

#[component]
pub fn SummaryPage() -> impl IntoView {
    let loaded = use_current();
    move || match loaded.get() {
        None => view! { <p class="loading" role="status">{tr(Key::Loading)}</p> }.into_any(),
        Some(Err(key)) => view! {
            <PageTitle text=tr(TKey::SessionSummary)/>
            <p>{tr(key)}</p>
            <p><a class="btn" href=TrainerRoute::Present.href()>{tr(TKey::BackToSetup)}</a></p>
        }
        .into_any(),
        Some(Ok((bank, session))) => view! { <Summary bank session/> }.into_any(),
    }
}
