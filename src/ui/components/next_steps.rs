//! The top of the candidate's report: readiness by tested items and the two weakest
//! competencies (for a whole attempt; a short one says how many items were right), then one tap
//! to the next thing to study: practise a weak competency, retry what was missed, the spaced
//! review due today, the study materials. The buttons are not printed; the lines above them are.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::CheckedBank;
use crate::domain::learning::REVIEW_SESSION;
use crate::domain::results::ResultsFile;
use crate::i18n::learning::{item_count, tally_note};
use crate::i18n::{percent, LKey, Lang};
use crate::platform::{clock, layout};
use crate::ui::pages::split::LEARNING_CSS;
use crate::ui::shared::use_lang;
use crate::ui::state::{begin_drill, use_app, AppState, Drill};
use crate::ui::tr;
use crate::view::learning::{readiness, tally, weakest};
use crate::view::route::Route;

/// Starts `drill` through the `answering` chunk.
pub fn start_drill(app: AppState, drill: Drill, lang: Lang) {
    leptos::task::spawn_local(async move {
        let _ = begin_drill(app, drill, lang).await;
    });
}

#[component]
pub fn NextSteps(
    bank: Arc<CheckedBank>,
    results: ResultsFile,
    /// The attempt's index in the history.
    entry: usize,
) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    layout::add_stylesheet(LEARNING_CSS);
    let names = |i: usize| {
        let c = bank.bank.competencies.get(i);
        let (id, en) = c
            .map(|c| (c.name.clone(), c.name_en.clone()))
            .unwrap_or_default();
        move || match lang.get() {
            Lang::Id => id.clone(),
            Lang::En => en.clone(),
        }
    };
    let summary = if results.mode.is_full() {
        let ready = readiness(&bank.bank, &results).map(|(bp, level)| {
            view! {
                <p class="readiness">
                    {tr(LKey::Readiness)} ": " <strong>{percent(bp)}</strong>
                    {level.map(|l| view! { " · " <span class=format!("badge level-{}", l.id)>{l.label}</span> })}
                </p>
            }
        });
        let weak = weakest(&bank.bank, &results, 2);
        let focusable = |i: usize| !app.drill_items(Drill::Focus(i), 0).is_empty();
        let rows = weak
            .into_iter()
            .map(|w| {
                let i = w.index;
                let can = focusable(i);
                let name = names(i);
                let hidden = name.clone();
                view! {
                    <li>
                        <strong>{name}</strong> " — " {percent(w.percent_bp)}
                        {w.level.map(|l| view! { " · " <span class=format!("badge level-{}", l.id)>{l.label}</span> })}
                        {can.then(|| view! {
                            " " <button type="button" class="btn secondary no-print"
                                on:click=move |_| start_drill(app, Drill::Focus(i), lang.get_untracked())>
                                {tr(LKey::PractiseThis)} <span class="sr-only">": " {hidden.clone()}</span>
                            </button>
                        })}
                    </li>
                }
            })
            .collect_view();
        view! {
            {ready}
            <p>{tr(LKey::Weakest)} ":"</p>
            <ul class="weakest">{rows}</ul>
        }
        .into_any()
    } else {
        let (right, total) = tally(&results);
        view! { <p class="readiness">{move || tally_note(lang.get(), right, total)}</p> }.into_any()
    };
    let missed = app.drill_items(Drill::Missed(Some(entry)), 0).len();
    let due = Memo::new(move |_| {
        let today = clock::today();
        app.history.with(|h| h.review.due(&bank.bank, today).len())
    });
    view! {
        <section class="card next-steps" aria-labelledby="next-steps-title">
            <h2 id="next-steps-title">{tr(LKey::NextSteps)}</h2>
            {summary}
            <div class="actions no-print">
                {(missed > 0).then(|| view! {
                    <button type="button" class="btn"
                        on:click=move |_| start_drill(app, Drill::Missed(Some(entry)), lang.get_untracked())>
                        {tr(LKey::RetryMissed)} " " {move || item_count(lang.get(), missed)}
                    </button>
                })}
                <Show when=move || { due.get() > 0 }>
                    <button type="button" class="btn secondary"
                        on:click=move |_| start_drill(app, Drill::Review, lang.get_untracked())>
                        {tr(LKey::SpacedReview)} " " {move || item_count(lang.get(), due.get().min(REVIEW_SESSION))}
                    </button>
                </Show>
                <a class="btn secondary" href=Route::Materials(None).href()>{tr(LKey::Materials)}</a>
            </div>
        </section>
    }
}
