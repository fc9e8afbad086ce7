//! The profile as one compact table: what the printed page one shows under the radar chart.

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::domain::bank::{Bank, Evidence};
use crate::domain::results::ResultsFile;
use crate::i18n::{percent, signed_points, t, Key, Lang};

#[component]
pub fn SummaryTable(
    bank: std::sync::Arc<CheckedBank>,
    results: ResultsFile,
    /// Change per competency since the previous attempt (basis points).
    changes: std::collections::BTreeMap<String, i64>,
) -> impl IntoView {
    let lang = use_lang();
    let rows = move || {
        let l = lang.get();
        rows(&bank.bank, &results, &changes, l)
    };
    view! {
        <table class="summary-table print-only">
            <thead>
                <tr>
                    <th scope="col">"#"</th>
                    <th scope="col">{move || t(lang.get(), Key::Competency)}</th>
                    <th scope="col">{move || t(lang.get(), Key::Level)}</th>
                    <th scope="col">"%"</th>
                    <th scope="col">{move || t(lang.get(), Key::Basis)}</th>
                    <th scope="col">{move || t(lang.get(), Key::Change)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn rows(
    bank: &Bank,
    results: &ResultsFile,
    changes: &std::collections::BTreeMap<String, i64>,
    l: Lang,
) -> Vec<impl IntoView> {
    bank.competencies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let score = results.competencies.iter().find(|s| s.id == c.id);
            let head = score.and_then(|s| s.headline());
            let pct = head.and_then(|(_, e)| e.percent_bp);
            let level = pct
                .and_then(|p| c.level_for(p))
                .map(|lv| lv.label.clone())
                .unwrap_or_else(|| "–".to_owned());
            let basis = match head.map(|(e, _)| e) {
                Some(Evidence::Tested) => t(l, Key::EvidenceTested),
                Some(Evidence::SelfAssessed) => t(l, Key::EvidenceSelf),
                None => "–",
            };
            let name = if l == Lang::En { c.name_en.clone() } else { c.name.clone() };
            view! {
                <tr>
                    <td>{(i + 1).to_string()}</td>
                    <td>{name}</td>
                    <td>{level}</td>
                    <td>{pct.map_or_else(|| "–".to_owned(), percent)}</td>
                    <td>{basis}</td>
                    <td>{changes.get(&c.id).map_or_else(|| "–".to_owned(), |d| signed_points(*d))}</td>
                </tr>
            }
        })
        .collect()
}
