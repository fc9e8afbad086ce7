//! The items the room got mostly wrong, each with a button to show it again.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::save_current;
use crate::domain::present::session::Session;
use crate::platform::location;
use crate::ui::tr;
use crate::view::present_summary::{show_again, Revisit};
use crate::view::trainer_route::TrainerRoute;

#[component]
pub fn RevisitSection(session: Session, revisit: Vec<Revisit>) -> impl IntoView {
    let none_to_revisit = revisit.is_empty();
    let items = revisit
        .into_iter()
        .map(|r| {
            let again = show_again(&session, r.position);
            let show = move |_| {
                if save_current(&again) {
                    location::set_hash(TrainerRoute::PresentShow.hash());
                }
            };
            view! {
                <li>
                    {r.position + 1} ". " {r.prompt} " "
                    <button type="button" class="btn link" on:click=show>{tr(TKey::ShowAgain)}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>{tr(TKey::RevisitTitle)}</h2>
            {none_to_revisit.then(|| view! { <p>{tr(TKey::RevisitNone)}</p> })}
            <ol class="revisit">{items}</ol>
        </section>
    }
}
