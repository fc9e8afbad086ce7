//! The item shown: the competencies it measures, the item itself (each answer saved the moment
//! it is given) and, once checked in practice, its feedback.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::QuizState;
use crate::domain::bank::CheckedBank;
use crate::i18n::Key;
use crate::ui::components::{Feedback, ItemView};
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::quiz::{measures, measures_text};

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn current_item(bank: Arc<CheckedBank>, quiz: QuizState) -> impl IntoView {
    let lang = use_lang();
    let QuizState {
        app, seed, current, ..
    } = quiz;
    move || {
        let id = current.get()?;
        let item = bank.bank.item(&id)?.clone();
        let names = measures(&bank.bank, &item);
        let tags = move || measures_text(&names, lang.get());
        let (answer_id, locked_id, fb_id) = (id.clone(), id.clone(), id.clone());
        let answer = Signal::derive(move || quiz.item(&answer_id).answer);
        let locked = Signal::derive(move || quiz.item(&locked_id).checked);
        let on_answer = Callback::new(move |a| app.answer(&id, a));
        let anchors = bank.bank.likert_anchors.clone();
        let fb_bank = bank.clone();
        let fb_item = item.clone();
        let feedback = move || {
            let answer = quiz.item(&fb_id).feedback()?;
            Some(view! { <Feedback bank=fb_bank.clone() item=fb_item.clone() answer/> })
        };
        Some(view! {
            <p class="tags">{tr(Key::Measures)} ": " {tags}</p>
            <ItemView item anchors seed=seed.get_untracked() answer locked on_answer/>
            {feedback}
        })
    }
}
