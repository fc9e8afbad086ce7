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
use crate::view::learning::{readiness, tally, weakest, Standing};
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
    let summary = summary(&bank, &results);
    // Nothing to print (an interview, say): the card is the buttons alone.
    let class = if summary.is_some() {
        "card next-steps"
    } else {
        "card next-steps no-print"
    };
    let missed = app.drill_items(Drill::Missed(Some(entry)), 0).len();
    let due = Memo::new(move |_| {
        let today = clock::today();
        app.history.with(|h| h.review.due(&bank.bank, today).len())
    });
    let go = move |drill: Drill| move |_| start_drill(app, drill, lang.get_untracked());
    view! {
        <section class=class aria-labelledby="next-steps-title">
            <h2 id="next-steps-title">{tr(LKey::NextSteps)}</h2>
            {summary}
            <div class="actions no-print">
                {(missed > 0).then(|| view! {
                    <button type="button" class="btn" on:click=go(Drill::Missed(Some(entry)))>
                        {tr(LKey::RetryMissed)} " " {move || item_count(lang.get(), missed)}
                    </button>
                })}
                <Show when=move || { due.get() > 0 }>
                    <button type="button" class="btn secondary" on:click=go(Drill::Review)>
                        {tr(LKey::SpacedReview)} " "
                        {move || item_count(lang.get(), due.get().min(REVIEW_SESSION))}
                    </button>
                </Show>
                <a class="btn secondary" href=Route::Materials(None).href()>{tr(LKey::Materials)}</a>
            </div>
        </section>
    }
}

/// What the attempt says about readiness, if anything: a whole attempt's readiness and weakest
/// competencies, a short attempt's count of right answers.
fn summary(bank: &Arc<CheckedBank>, results: &ResultsFile) -> Option<AnyView> {
    if !results.mode.is_full() {
        let (right, total) = tally(results);
        let lang = use_lang();
        return (total > 0).then(|| {
            view! { <p class="readiness">{move || tally_note(lang.get(), right, total)}</p> }
                .into_any()
        });
    }
    let ready = readiness(&bank.bank, results)?;
    let weak = weakest(&bank.bank, results, 2);
    let (bp, level) = ready;
    let rows = weak
        .into_iter()
        .map(|w| view! { <Weak bank=bank.clone() standing=w/> })
        .collect_view();
    Some(
        view! {
            <p class="readiness">
                {tr(LKey::Readiness)} ": " <strong>{percent(bp)}</strong>
                {level.map(|l| view! { " · " <span class=format!("badge level-{}", l.id)>{l.label}</span> })}
            </p>
            <p>{tr(LKey::Weakest)} ":"</p>
            <ul class="weakest">{rows}</ul>
        }
        .into_any(),
    )
}

/// One of the weakest competencies: its name, score and level, and its practice.
#[component]
fn Weak(bank: Arc<CheckedBank>, standing: Standing) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let i = standing.index;
    let (id, en) = bank
        .bank
        .competencies
        .get(i)
        .map(|c| (c.name.clone(), c.name_en.clone()))
        .unwrap_or_default();
    let name = move || match lang.get() {
        Lang::Id => id.clone(),
        Lang::En => en.clone(),
    };
    let can = !app.drill_items(Drill::Focus(i), 0).is_empty();
    let practise = can.then(|| {
        let name = name.clone();
        view! {
            " " <button type="button" class="btn secondary no-print"
                on:click=move |_| start_drill(app, Drill::Focus(i), lang.get_untracked())>
                {tr(LKey::PractiseThis)} <span class="sr-only">": " {name}</span>
            </button>
        }
    });
    view! {
        <li>
            <strong>{name}</strong> " — " {percent(standing.percent_bp)}
            {standing.level.map(|l| view! { " · " <span class=format!("badge level-{}", l.id)>{l.label}</span> })}
            {practise}
        </li>
    }
}
