//! How many files ended how, and why each refused one was refused.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::load::Loaded;
use crate::domain::cohort::intake::Outcome;
use crate::domain::format::number::fixed;
use crate::i18n::{cohort_summary, problem_text};
use crate::ui::shared::use_lang;
use crate::ui::tr;

#[component]
pub fn CohortSummary(loaded: Loaded) -> impl IntoView {
    let lang = use_lang();
    let (i, elapsed) = (loaded.intake, loaded.elapsed);
    move || {
        let l = lang.get();
        let s = i.summary();
        let rejected = i
            .log
            .iter()
            .filter_map(|e| {
                let (class, p) = match &e.outcome {
                    Outcome::Rejected(p) => ("problem error", p),
                    Outcome::DuplicateDiffers(p) => ("problem warning", p),
                    _ => return None,
                };
                Some((class, format!("{}: {}", e.file, problem_text(l, &p.kind))))
            })
            .take(200)
            .map(|(class, line)| view! { <li class=class>{line}</li> })
            .collect_view();
        let seconds = elapsed
            .map(|ms| format!(" ({} s)", fixed(ms / 1000.0, 1)))
            .unwrap_or_default();
        let counts = format!(
            "{} {} {} {} {} {}",
            s.files, s.accepted, s.edited, s.duplicates, s.unknown_bank, s.rejected
        );
        view! {
            <section class="card cohort-summary" aria-live="polite">
                <h2>{tr(TKey::CohortSummaryTitle)}</h2>
                <p data-ms=elapsed.map(|ms| ms.round().to_string()) data-summary=counts>
                    {cohort_summary(l, &s)} {seconds}
                </p>
                <ul class="problems">{rejected}</ul>
            </section>
        }
    }
}
