//! The mapping step: each category of an imported question file, the competency it measures,
//! and for those that matched none a choice — one of the bank's competencies, or a new one.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::load::Checked;
use crate::domain::bank::authoring::categories::{key, Choice};
use crate::domain::bank::authoring::defaults;
use crate::domain::bank::authoring::remembered::Remembered;
use crate::i18n::Key;
use crate::ui::tr;

/// The value of the select for a new competency (no competency id is empty).
const NEW: &str = "";

#[component]
pub fn CategoryMap(checked: Checked, on_choices: Callback<Remembered>) -> impl IntoView {
    let competencies: Vec<(String, String)> = defaults::frame()
        .map(|b| b.competencies.into_iter().map(|c| (c.id, c.name)).collect())
        .unwrap_or_default();
    let rows = checked
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let measures = match (&c.matched, &c.choice) {
                (Some(id), _) => view! { <span>{id.clone()} " (" {tr(TKey::MatchedByName)} ")"</span> }.into_any(),
                (None, choice) => {
                    let chosen = match choice {
                        Choice::Competency(id) => id.clone(),
                        Choice::New => NEW.to_owned(),
                    };
                    let (k, choices) = (key(&c.name), checked.choices.clone());
                    let change = move |ev| {
                        let mut next = choices.clone();
                        let v = event_target_value(&ev);
                        let choice = if v == NEW { Choice::New } else { Choice::Competency(v) };
                        next.categories.insert(k.clone(), choice);
                        on_choices.run(next);
                    };
                    let options = competencies
                        .iter()
                        .map(|(id, name)| {
                            view! { <option value=id.clone() selected=*id == chosen>{name.clone()}</option> }
                        })
                        .collect_view();
                    view! {
                        <select id=format!("kategori-{i}") aria-label=c.name.clone() on:change=change>
                            <option value=NEW selected=chosen.is_empty()>{tr(TKey::NewCompetency)} ": " {c.name.clone()}</option>
                            {options}
                        </select>
                    }
                    .into_any()
                }
            };
            view! {
                <tr>
                    <th scope="row">{c.name.clone()}</th>
                    <td class="num">{c.items.to_string()}</td>
                    <td>{measures}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card categories">
            <h3>{tr(TKey::CategoriesTitle)}</h3>
            <p>{tr(TKey::CategoriesIntro)}</p>
            <table>
                <thead><tr>
                    <th scope="col">{tr(TKey::Category)}</th>
                    <th scope="col">{tr(TKey::Item)}</th>
                    <th scope="col">{tr(Key::Measures)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
