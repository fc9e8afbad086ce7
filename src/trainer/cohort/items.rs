//! The item analysis: difficulty, discrimination, how often each option was chosen, and flags
//! for items to look at, flagged ones first.

use crate::domain::bank::CheckedBank;
use crate::domain::format::number::fixed;
use crate::i18n::trainer::TKey;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::cohort::stats::{ItemFlag, ItemStats};
use crate::i18n::t;
use crate::ui::tr;

fn flag_key(f: ItemFlag) -> TKey {
    match f {
        ItemFlag::TooEasy => TKey::FlagTooEasy,
        ItemFlag::TooHard => TKey::FlagTooHard,
        ItemFlag::Negative => TKey::FlagNegative,
    }
}

#[component]
pub fn ItemTable(bank: Arc<CheckedBank>, items: Arc<Vec<ItemStats>>) -> impl IntoView {
    let lang = use_lang();
    let only_flagged = RwSignal::new(false);
    let flagged = items.iter().filter(|i| !i.flags.is_empty()).count();
    let total = items.len();
    let body = move || {
        let l = lang.get();
        let mut list: Vec<&ItemStats> = items
            .iter()
            .filter(|i| !only_flagged.get() || !i.flags.is_empty())
            .collect();
        list.sort_by_key(|i| i.flags.is_empty());
        list.into_iter()
            .map(|i| {
                let prompt: String = bank.bank.item(&i.id).map(|it| it.common.prompt.chars().take(80).collect()).unwrap_or_default();
                let f = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| fixed(v, 2));
                let options = i.options.iter().map(|(o, n)| format!("{o}: {n}")).collect::<Vec<_>>().join(" · ");
                let flags = i.flags.iter().map(|f| t(l, flag_key(*f))).collect::<Vec<_>>().join(", ");
                view! {
                    <tr class:flagged=!i.flags.is_empty()>
                        <th scope="row"><code>{i.id.clone()}</code><br/><span class="muted small">{prompt}</span></th>
                        <td>{i.presented}</td>
                        <td>{f(i.difficulty)}</td>
                        <td>{f(i.discrimination)}</td>
                        <td>{f(i.upper_lower)}</td>
                        <td class="small">{options}</td>
                        <td>{flags}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <p class="muted">{move || crate::i18n::flagged_note(lang.get(), flagged, total)}</p>
        <label class="check">
            <input type="checkbox" on:change=move |ev| only_flagged.set(event_target_checked(&ev))/>
            " " {tr(TKey::OnlyFlagged)}
        </label>
        <div class="table-wrap">
            <table class="items">
                <thead>
                    <tr>
                        <th scope="col">{tr(TKey::Item)}</th>
                        <th scope="col">"n"</th>
                        <th scope="col">{tr(TKey::Difficulty)}</th>
                        <th scope="col">{tr(TKey::Discrimination)}</th>
                        <th scope="col">{tr(TKey::UpperLower)}</th>
                        <th scope="col">{tr(TKey::OptionsChosen)}</th>
                        <th scope="col">{tr(TKey::Flags)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="muted small">{tr(TKey::ItemAnalysisNote)}</p>
    }
}
