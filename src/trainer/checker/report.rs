//! What the checker found: the summary, every problem with its file, line and column, then for
//! a bank that could be read what to do with it, its answer-cue analysis and its preview.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::actions::BankActions;
use super::categories::CategoryMap;
use super::cues::CueAnalysis;
use super::load::Checked;
use super::preview::BankPreview;
use super::source_for_all::SourceForAll;
use crate::domain::bank::authoring::remembered::Remembered;
use crate::domain::bank::editing::check::field_of;
use crate::domain::format::problem::{Path, ProblemKind};
use crate::i18n::{problem_line_in, t};
use crate::trainer::editor::EditHere;
use crate::ui::shared::use_lang;
use crate::ui::tr;

/// `on_choices`: the trainer changed a category's competency or the source for all.
#[component]
pub fn CheckReport(checked: Checked, on_choices: Callback<Remembered>) -> impl IntoView {
    let lang = use_lang();
    let c = checked;
    move || {
        let l = lang.get();
        let errors = c.problems.iter().filter(|p| p.problem.is_error()).count();
        let warnings = c.problems.len() - errors;
        let cue_clean = !c
            .problems
            .iter()
            .any(|p| matches!(p.problem.kind, ProblemKind::Cue(_)));
        let summary = match (errors, warnings) {
            (0, 0) => t(l, TKey::CheckerClean).to_owned(),
            _ => crate::i18n::problem_counts(l, errors, warnings),
        };
        let class = if errors == 0 {
            "banner ok"
        } else {
            "banner error"
        };
        let lines = c
            .problems
            .iter()
            .map(|p| {
                let class = if p.problem.is_error() {
                    "problem error"
                } else {
                    "problem warning"
                };
                let edit = (!c.dropped.is_empty() && !p.problem.path.is_root()).then(|| {
                    view! { " " <EditHere dropped=c.dropped.clone() at=field_of(&p.problem)/> }
                });
                view! { <li class=class>{problem_line_in(l, Some(&p.file), &p.problem)} {edit}</li> }
            })
            .collect_view();
        let unsourced = c
            .bank
            .as_ref()
            .is_some_and(|b| b.items.iter().any(|i| i.common.source.is_none()));
        let categories = (!c.categories.is_empty())
            .then(|| view! { <CategoryMap checked=c.clone() on_choices/> });
        let source = unsourced.then(|| view! { <SourceForAll checked=c.clone() on_choices/> });
        view! {
            <section class="check-report" aria-live="polite">
                <h2>{tr(TKey::CheckerResult)} ": " {c.names.join(", ")}</h2>
                <p class=class role="status">{summary}</p>
                {(!c.dropped.is_empty()).then(|| view! { <EditHere dropped=c.dropped.clone() at=Path::root()/> })}
                {categories}
                {source}
                <ul class="problems">{lines}</ul>
                {c.bank.clone().map(|b| view! {
                    <BankActions bank=b.clone()/>
                    {c.cues.clone().map(|r| view! { <CueAnalysis report=r clean=cue_clean/> })}
                    <BankPreview bank=b/>
                })}
            </section>
        }
    }
}
