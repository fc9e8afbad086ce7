//! The room per item: cards raised and the room's score (items worth revisiting marked).

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use crate::ui::tr;
use crate::view::present_summary::ItemRow;

#[component]
pub fn ItemTable(rows: Vec<ItemRow>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr class:revisit=r.revisit>
                    <td>{r.number}</td>
                    <td>{r.prompt}</td>
                    <td class="num">{r.responses}</td>
                    <td class="num">{r.score}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>{tr(TKey::PerItemTitle)}</h2>
            <div class="table-wrap">
                <table class="items session-items">
                    <thead><tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{tr(TKey::Item)}</th>
                        <th scope="col" class="num">{tr(TKey::CardsRaised)}</th>
                        <th scope="col" class="num">{tr(TKey::RoomScore)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
