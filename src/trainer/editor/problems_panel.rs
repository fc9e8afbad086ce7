//! Every problem of the bank being edited, errors first, each a button that opens its part and
//! focuses its field; the counts, and how long the last check took.

use crate::ui::tr;
use leptos::prelude::*;

use super::state::use_edit;
use crate::domain::bank::editing::check::field_of;
use crate::domain::format::number::fixed;
use crate::i18n::editor::EKey;
use crate::i18n::{problem_counts, problem_line};
use crate::ui::shared::use_lang;

#[component]
pub fn ProblemsPanel() -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let counts = move || {
        s.findings
            .with(|f| problem_counts(lang.get(), f.errors(), f.warnings()))
    };
    // The lines as a memo: typing that changes no problem redraws none.
    let lines = Memo::new(move |_| {
        s.findings.with(|f| {
            f.problems
                .iter()
                .take(300)
                .map(|p| (p.is_error(), problem_line(lang.get(), p), field_of(p)))
                .collect::<Vec<_>>()
        })
    });
    let list = move || {
        lines
            .get()
            .into_iter()
            .map(|(error, text, to)| {
                let class = if error { "problem error" } else { "problem warning" };
                view! {
                    <li class=class>
                        <button type="button" class="btn link" on:click=move |_| s.go(to.clone())>{text}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="problems-panel" aria-labelledby="problems-title">
            <h2 id="problems-title">{tr(EKey::ProblemsTitle)}</h2>
            <p role="status" id="problem-counts">{counts}</p>
            <p class="hint" id="check-time">
                {tr(EKey::Checked)} " " {move || fixed(s.check_ms.get(), 1)} " ms"
            </p>
            <Show when=move || s.cues_pending.get()>
                <p class="hint" id="cues-pending">{tr(EKey::CuesPending)}</p>
            </Show>
            <Show when=move || s.findings.with(|f| f.problems.is_empty()) && !s.cues_pending.get()>
                <p>{tr(EKey::NoProblems)}</p>
            </Show>
            <ul class="problems">{list}</ul>
        </section>
    }
}
