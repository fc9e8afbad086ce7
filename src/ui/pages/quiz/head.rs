//! The quiz page's head: "Soal n dari m", the simulation's countdown and the progress.

use leptos::prelude::*;

use super::state::QuizState;
use crate::i18n::{answered_of, Key};
use crate::ui::components::{Countdown, PageTitle, ProgressBar};
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::quiz::title;

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn quiz_head(quiz: QuizState) -> impl IntoView {
    let lang = use_lang();
    let QuizState {
        position,
        total,
        answered,
        deadline,
        ..
    } = quiz;
    view! {
        <div class="quiz-head">
            <PageTitle
                text=move || title(lang.get(), position.get(), total.get())
                focus_on=Signal::from(position)
            />
            {move || deadline.get().map(|d| view! { <Countdown deadline=d/> })}
            <ProgressBar value=answered max=total label=Signal::derive(tr(Key::ProgressLabel))/>
            <p class="muted">{move || answered_of(lang.get(), answered.get(), total.get())}</p>
        </div>
    }
}
