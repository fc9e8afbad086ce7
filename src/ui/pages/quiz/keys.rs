//! The quiz page's keyboard shortcuts: A–E / 1–5 choose, Enter checks or goes on, ← → move.
//! What a key does is decided in `view::quiz`; this listens and acts.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::QuizState;
use crate::domain::bank::CheckedBank;
use crate::platform::keys::{KeyListener, KeyPress};
use crate::view::quiz::{keyed_answer, shortcut, Shortcut};

/// Listens to key presses on the whole page until the calling component is cleaned up.
pub fn listen(quiz: QuizState, bank: Arc<CheckedBank>) {
    let listener = KeyListener::new(move |k| {
        let press = k.press();
        let Some(s) = shortcut(press, quiz.active.get_untracked()) else {
            return;
        };
        match s {
            Shortcut::Next => {
                k.prevent_default();
                quiz.next();
            }
            Shortcut::Previous => {
                k.prevent_default();
                quiz.previous();
            }
            Shortcut::Confirm => {
                k.prevent_default();
                quiz.confirm();
            }
            Shortcut::Answer => answer(quiz, &bank, &k),
        }
    });
    let listener = StoredValue::new_local(listener);
    on_cleanup(move || listener.set_value(None));
}

/// Answers the item shown with the option (or rating) key `k` names, if it names one.
fn answer(quiz: QuizState, bank: &CheckedBank, k: &KeyPress) {
    let Some(id) = quiz.current.get_untracked() else {
        return;
    };
    let Some(item) = bank.bank.item(&id) else {
        return;
    };
    if let Some(a) = keyed_answer(
        item,
        quiz.seed.get_untracked(),
        k.press().key,
        &quiz.item(&id),
    ) {
        k.prevent_default();
        quiz.app.answer(&id, a);
    }
}
