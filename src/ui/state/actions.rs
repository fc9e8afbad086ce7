//! What the candidate does: start, answer, check, flag, move, submit; import and clear history.

use leptos::prelude::*;

use super::AppState;
use crate::domain::attempt::{Answer, Attempt, Mode, Participant};
use crate::domain::results::history::History;
use crate::domain::results::ResultsFile;
use crate::platform::clock;
use crate::view::route::Route;

impl AppState {
    /// Changes the attempt and saves it in the same step.
    pub fn update_attempt(&self, f: impl FnOnce(&mut Attempt)) {
        self.attempt.update(|a| {
            if let Some(a) = a {
                f(a);
            }
        });
        self.save_attempt();
    }

    /// Starts a new attempt for `participant` and opens the first item. The same `code` gives
    /// the same items in the same order (a random one when there is none).
    pub fn start(&self, participant: Participant, mode: Mode, code: Option<u32>) {
        let Some(b) = self.loaded() else { return };
        let now = clock::now_ms();
        self.now.set(now);
        let attempt = Attempt::new(
            &b.bank,
            b.reference.clone(),
            participant,
            mode,
            code.unwrap_or_else(clock::random_seed),
            now,
        );
        self.attempt.set(Some(attempt));
        self.save_attempt();
        self.navigate(Route::Quiz);
    }

    pub fn answer(&self, item: &str, answer: Answer) {
        let now = clock::now_ms();
        self.update_attempt(|a| a.answer(item, answer, now));
    }

    pub fn check(&self, item: &str) {
        self.update_attempt(|a| a.check(item));
    }

    pub fn toggle_flag(&self, item: &str) {
        self.update_attempt(|a| a.toggle_flag(item));
    }

    pub fn go_to(&self, position: usize) {
        self.update_attempt(|a| a.go_to(position));
    }

    /// Submits the attempt: its results join the history and the report opens.
    pub fn finish(&self) {
        let now = clock::now_ms();
        self.update_attempt(|a| a.finish(now));
        self.file_finished();
    }

    /// Whether the attempt in progress has a deadline that has passed.
    pub(super) fn is_due(&self, now: i64) -> bool {
        self.attempt.with_untracked(|a| {
            a.as_ref()
                .is_some_and(|a| a.deadline.is_some_and(|d| now >= d) && !a.is_finished())
        })
    }

    /// Submits an attempt whose deadline has passed (from the clock or at start-up).
    pub(super) fn expire_if_due(&self, now: i64) {
        if self.is_due(now) {
            self.update_attempt(|a| {
                a.expire(now);
            });
            self.file_finished();
        }
    }

    /// Moves a finished attempt into the history and shows its report.
    fn file_finished(&self) {
        let Some(b) = self.loaded() else { return };
        let Some(a) = self.attempt.get_untracked().filter(Attempt::is_finished) else {
            return;
        };
        let file = ResultsFile::from_attempt(&b.bank, &a, crate::APP_VERSION, clock::now_ms());
        let offset = clock::offset_minutes();
        self.history.update(|h| {
            h.file(file, offset);
        });
        self.save_history();
        self.remove_attempt(&a.bank);
        self.attempt.set(None);
        self.navigate(Route::Results(None));
    }

    /// Forgets the attempt in progress (on this device too).
    pub fn discard(&self) {
        if let Some(a) = self.attempt.get_untracked() {
            self.remove_attempt(&a.bank);
        }
        self.attempt.set(None);
    }

    /// Takes imported results (and review cards) into the history; how many attempts were new.
    pub fn import_history(&self, imported: History) -> usize {
        let mut added = 0;
        let offset = clock::offset_minutes();
        self.history.update(|h| added = h.take_in(imported, offset));
        self.save_history();
        added
    }

    /// Uses a kept bank (or the bundled one with `None`) from now on.
    pub fn choose_bank(&self, sha256: Option<String>) {
        self.save_choice(sha256.as_deref());
        self.source.set(match sha256 {
            Some(s) => super::BankSource::Kept(s),
            None => super::BankSource::Bundled,
        });
        self.load_bank();
    }

    /// Forgets a kept bank; if it was in use, the bundled bank takes its place.
    pub fn forget_bank(&self, sha256: &str) {
        self.device.remove_kept(sha256);
        if self.source.get_untracked() == super::BankSource::Kept(sha256.to_owned()) {
            self.choose_bank(None);
        }
    }

    pub fn clear_history(&self) {
        self.history.set(History::default());
        self.save_history();
    }
}
