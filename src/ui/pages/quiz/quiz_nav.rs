//! Moving through the attempt: "Sebelumnya", and "Periksa jawaban" (practice, an answer not yet
//! checked) or "Berikutnya" / "Tinjau & kirim".

use leptos::prelude::*;

use super::state::QuizState;
use crate::i18n::{t, Key};
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::quiz::{next_label, previous_disabled};

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn quiz_nav(quiz: QuizState) -> impl IntoView {
    let lang = use_lang();
    let QuizState {
        position, total, ..
    } = quiz;
    view! {
        <nav class="quiz-nav" aria-label=tr(Key::QuizNavigation)>
            <button
                type="button"
                class="btn secondary"
                disabled=move || previous_disabled(position.get())
                on:click=move |_| quiz.previous()
            >
                {tr(Key::Previous)}
            </button>
            <Show
                when=move || quiz.can_check()
                fallback=move || {
                    view! {
                        <button type="button" class="btn" on:click=move |_| quiz.next()>
                            {move || t(lang.get(), next_label(position.get(), total.get()))}
                        </button>
                    }
                }
            >
                <button type="button" class="btn" on:click=move |_| quiz.confirm()>
                    {tr(Key::Check)}
                </button>
            </Show>
        </nav>
    }
}
