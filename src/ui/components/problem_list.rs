//! A list of problems in a file, each with its place and what to do.

use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::domain::format::problem::Problem;
use crate::i18n::problem_line;

#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="problems">
            {problems
                .into_iter()
                .map(|p| {
                    let class = if p.is_error() { "problem error" } else { "problem warning" };
                    view! { <li class=class>{move || problem_line(lang.get(), &p)}</li> }
                })
                .collect_view()}
        </ul>
    }
}
