//! The attempt in progress as the quiz page reads it, and what its controls do; shared by the
//! page's parts (`Copy`, so every closure can hold it). What each control does is decided in
//! `view::quiz`; this only reads the attempt and acts on the app.

use leptos::prelude::*;

use crate::domain::attempt::{Attempt, Mode};
use crate::ui::state::{use_app, AppState};
use crate::view::quiz::{confirm, next, previous, Confirm, ItemState, Next};
use crate::view::route::Route;

/// A value read from the attempt in progress, re-computed only when it changes.
fn from_attempt<T: Clone + PartialEq + Send + Sync + 'static>(
    f: impl Fn(&Attempt) -> T + Send + Sync + 'static,
    none: T,
) -> Memo<T> {
    let app = use_app();
    Memo::new(move |_| {
        app.attempt
            .with(|a| a.as_ref().map_or_else(|| none.clone(), &f))
    })
}

/// The quiz page's view of the attempt in progress.
#[derive(Clone, Copy)]
pub struct QuizState {
    pub app: AppState,
    /// An attempt is running (started and not finished).
    pub active: Memo<bool>,
    pub position: Memo<usize>,
    pub total: Memo<usize>,
    pub answered: Memo<usize>,
    pub mode: Memo<Mode>,
    pub seed: Memo<u32>,
    pub deadline: Memo<Option<i64>>,
    /// The id of the item shown.
    pub current: Memo<Option<String>>,
}

impl QuizState {
    pub fn new() -> Self {
        QuizState {
            app: use_app(),
            active: from_attempt(|a| !a.is_finished(), false),
            position: from_attempt(|a| a.position, 0),
            total: from_attempt(|a| a.items.len(), 0),
            answered: from_attempt(Attempt::answered, 0),
            mode: from_attempt(|a| a.mode, Mode::Practice),
            seed: from_attempt(|a| a.seed, 0),
            deadline: from_attempt(|a| a.deadline, None),
            current: from_attempt(|a| a.current_item().map(str::to_owned), None),
        }
    }

    /// The answer, feedback and flag of item `id` (tracked).
    pub fn item(&self, id: &str) -> ItemState {
        self.app.attempt.with(|a| ItemState::of(a.as_ref(), id))
    }

    /// The item shown is flagged for review.
    pub fn flagged(&self) -> bool {
        self.current.get().is_some_and(|id| self.item(&id).flagged)
    }

    /// "Periksa jawaban" is offered for the item shown.
    pub fn can_check(&self) -> bool {
        let mode = self.mode.get();
        mode.gives_feedback()
            && self
                .current
                .get()
                .is_some_and(|id| self.item(&id).can_check(mode))
    }

    /// Moves to the previous item (← or "Sebelumnya").
    pub fn previous(&self) {
        self.app.go_to(previous(self.position.get_untracked()));
    }

    /// Moves to the next item, or past the last one to the review page.
    pub fn next(&self) {
        match next(self.position.get_untracked(), self.total.get_untracked()) {
            Next::Item(p) => self.app.go_to(p),
            Next::Review => self.app.navigate(Route::Review),
        }
    }

    /// Practice: Enter or "Periksa" shows the feedback; then Enter goes on.
    pub fn confirm(&self) {
        let Some(id) = self.current.get_untracked() else {
            return;
        };
        match confirm(self.mode.get_untracked(), &self.item(&id)) {
            Confirm::Check => self.app.check(&id),
            Confirm::Next => self.next(),
        }
    }

    /// Flags or unflags the item shown.
    pub fn toggle_flag(&self) {
        if let Some(id) = self.current.get_untracked() {
            self.app.toggle_flag(&id);
        }
    }
}
