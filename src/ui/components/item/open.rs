//! An open answer: write, then compare with the model answer and rate one's own answer against
//! each criterion. Text and ratings are saved as they change.

use leptos::prelude::*;

use crate::domain::attempt::{Answer, OpenAnswer};
use crate::domain::bank::Criterion;
use crate::i18n::Key;
use crate::ui::tr;

use super::speaking_timer::SpeakingTimer;

#[component]
pub fn OpenAnswerView(
    /// The item's name in the page (`q-<id>`), for ids that must be unique.
    name: String,
    guidance: Vec<String>,
    model_answer: String,
    criteria: Vec<Criterion>,
    /// Offer a speaking timer of this many seconds (interview practice).
    speaking_seconds: Option<u32>,
    answer: Signal<Option<Answer>>,
    locked: Signal<bool>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let current = move || match answer.get_untracked() {
        Some(Answer::Open(open)) => open,
        _ => OpenAnswer::default(),
    };
    let initial = current();
    let revealed = RwSignal::new(!initial.ratings.is_empty());
    let on_text = move |ev: leptos::ev::Event| {
        let mut open = current();
        open.text = event_target_value(&ev);
        on_answer.run(Answer::Open(open));
    };
    let rate = move |criterion: String, level: u8| {
        let mut open = current();
        open.ratings.insert(criterion, level);
        on_answer.run(Answer::Open(open));
    };
    let rating_of = move |criterion: &str| match answer.get() {
        Some(Answer::Open(open)) => open.ratings.get(criterion).copied(),
        _ => None,
    };
    let guidance = (!guidance.is_empty()).then(|| {
        view! {
            <p class="hint">{tr(Key::OpenGuidance)}</p>
            <ul class="guidance">
                {guidance.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}
            </ul>
        }
    });
    let timer = speaking_seconds.map(|seconds| view! { <SpeakingTimer seconds name/> });
    view! {
        {guidance}
        {timer}
        <label class="field">
            <span class="label">{tr(Key::OpenWriteLabel)}</span>
            <textarea
                rows="8"
                prop:value=initial.text
                readonly=move || locked.get()
                on:input=on_text
            ></textarea>
        </label>
        <Show
            when=move || revealed.get()
            fallback=move || {
                view! {
                    <button type="button" class="btn secondary" on:click=move |_| revealed.set(true)>
                        {tr(Key::OpenShowModel)}
                    </button>
                }
            }
        >
            <section class="model">
                <h2>{tr(Key::OpenModelAnswer)}</h2>
                <p>{model_answer.clone()}</p>
            </section>
            <section class="rate">
                <h2>{tr(Key::OpenRateTitle)}</h2>
                <p class="hint">{tr(Key::OpenRateHint)}</p>
                {criteria
                    .clone()
                    .into_iter()
                    .map(|c| {
                        let id = c.id.clone();
                        view! {
                            <fieldset class="criterion">
                                <legend>{c.name.clone()}</legend>
                                {c.levels
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, descriptor)| {
                                        let level = i as u8;
                                        let (check_id, pick_id) = (id.clone(), id.clone());
                                        view! {
                                            <label class="option">
                                                <input
                                                    type="radio"
                                                    name=format!("rate-{id}")
                                                    prop:checked=move || rating_of(&check_id) == Some(level)
                                                    disabled=move || locked.get()
                                                    on:change=move |_| rate(pick_id.clone(), level)
                                                />
                                                <span class="key" aria-hidden="true">{(i + 1).to_string()}</span>
                                                <span class="text">{descriptor}</span>
                                            </label>
                                        }
                                    })
                                    .collect_view()}
                            </fieldset>
                        }
                    })
                    .collect_view()}
            </section>
        </Show>
    }
}
