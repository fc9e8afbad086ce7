//! Item by item after submitting: the question, the candidate's answer, the right answer, the
//! score, the explanation and the source. Collapsed, so the report stays short.

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use super::SourceLine;
use crate::domain::bank::Evidence;
use crate::domain::results::ResultsFile;
use crate::i18n::{percent, t, Key};
use crate::view::describe::{answer_text, key_text, source_of};

#[component]
pub fn ItemReview(bank: Arc<CheckedBank>, results: ResultsFile) -> impl IntoView {
    let lang = use_lang();
    let l = lang.get_untracked();
    let rows = results
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let item = bank.bank.item(&r.id)?;
            let given = r
                .answer
                .as_ref()
                .map(|a| answer_text(item, a, &bank.bank.likert_anchors, l))
                .unwrap_or_else(|| t(l, Key::NotAnswered).to_owned());
            let key = key_text(item, l);
            let score = match (r.evidence, r.score_bp) {
                (_, None) => "–".to_owned(),
                (Evidence::Tested, Some(s)) => percent(s),
                (Evidence::SelfAssessed, Some(s)) => format!("{} ({})", percent(s), t(l, Key::EvidenceSelf)),
            };
            let class = match (r.evidence, r.score_bp) {
                (Evidence::Tested, Some(10_000)) => "review good",
                (Evidence::Tested, _) => "review bad",
                _ => "review neutral",
            };
            let source = source_of(&bank.bank, item);
            Some(view! {
                <li>
                    <details class=class>
                        <summary>
                            <span class="num">{(i + 1).to_string()}</span>
                            " " {item.common.prompt.clone()}
                            " " <span class="score">{score}</span>
                        </summary>
                        <p><strong>{move || t(lang.get(), Key::YourAnswer)} ": "</strong>{given}</p>
                        {(!key.is_empty()).then(|| view! {
                            <p><strong>{move || t(lang.get(), Key::RightAnswer)} ": "</strong>{key.clone()}</p>
                        })}
                        <p>{item.common.explanation.clone()}</p>
                        {source.map(|(title, url)| view! { <SourceLine title url/> })}
                    </details>
                </li>
            })
        })
        .collect_view();
    view! {
        <section class="item-review">
            <h2>{move || t(lang.get(), Key::ItemReviewTitle)}</h2>
            <ol class="reviews">{rows}</ol>
        </section>
    }
}
