//! The learning loop's short attempts, started in one tap from a report, the history or the
//! home page: one competency's items, the items answered wrong, the spaced review due today.
//! They are practice (feedback after each item) on a chosen set, for the person of the latest
//! attempt on this bank, and they are saved and filed like any attempt.

use leptos::prelude::*;

use super::AppState;
use crate::domain::attempt::{Attempt, Mode, Participant};
use crate::domain::learning::{focus_items, missed_items, FOCUS_SIZE, REVIEW_SESSION};
use crate::i18n::{t, Key, Lang};
use crate::platform::clock;
use crate::ui::pages::split::{split_point, NotLoaded};
use crate::view::route::Route;

/// Which short attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drill {
    /// The items of one competency (its index in the bank).
    Focus(usize),
    /// The items answered wrong or with partial credit in one history entry (by index), or,
    /// with `None`, those whose last answer in the whole history was.
    Missed(Option<usize>),
    /// The items whose spaced review is due today (at most a session's worth).
    Review,
}

impl Drill {
    pub fn mode(self) -> Mode {
        match self {
            Drill::Focus(_) => Mode::Focus,
            Drill::Missed(_) => Mode::Retry,
            Drill::Review => Mode::Review,
        }
    }
}

impl AppState {
    /// Who the short attempts are for: the person of the latest attempt on the bank in use.
    pub fn learner(&self) -> Option<Participant> {
        let bank = self.loaded()?;
        self.history.with(|h| {
            h.entries
                .iter()
                .rev()
                .find(|e| e.bank.id == bank.bank.id)
                .map(|e| e.participant.clone())
        })
    }

    /// The items `drill` asks now, in the order `seed` gives (empty when there are none or the
    /// bank is not here).
    pub fn drill_items(&self, drill: Drill, seed: u32) -> Vec<String> {
        let Some(b) = self.loaded() else {
            return Vec::new();
        };
        self.history.with(|h| match drill {
            Drill::Focus(i) => {
                let (Some(c), Some(who)) = (b.bank.competencies.get(i), self.learner()) else {
                    return Vec::new();
                };
                focus_items(&b.bank, &who.role, &c.id, seed, FOCUS_SIZE)
            }
            Drill::Missed(Some(i)) => missed_items(&b.bank, h.entries.get(i), seed),
            Drill::Missed(None) => missed_items(&b.bank, &h.entries, seed),
            Drill::Review => {
                let mut due = h.review.due(&b.bank, clock::today());
                due.truncate(REVIEW_SESSION);
                due
            }
        })
    }

    /// Starts `drill` and opens its first item. An attempt still in progress is given up only
    /// when the candidate agrees; with no earlier attempt the profile form comes first.
    pub fn start_drill(&self, drill: Drill, lang: Lang) {
        let Some(b) = self.loaded() else { return };
        let Some(participant) = self.learner() else {
            self.navigate(Route::Start(Mode::Practice));
            return;
        };
        if self.attempt.with_untracked(Option::is_some) && !confirm_discard(lang) {
            return;
        }
        let seed = clock::random_seed();
        let items = self.drill_items(drill, seed);
        if items.is_empty() {
            return;
        }
        self.discard();
        let now = clock::now_ms();
        self.now.set(now);
        let attempt = Attempt::with_items(
            b.reference.clone(),
            participant,
            drill.mode(),
            seed,
            items,
            now,
        );
        self.attempt.set(Some(attempt));
        self.save_attempt();
        self.navigate(Route::Quiz);
    }
}

fn confirm_discard(lang: Lang) -> bool {
    crate::platform::window()
        .and_then(|w| {
            w.confirm_with_message(t(lang, Key::ResumeDiscardConfirm))
                .ok()
        })
        .unwrap_or(false)
}

split_point!(
    answering,
    /// Starts `drill` (see [`AppState::start_drill`]) from any page: the home page's button
    /// must not pull the attempt's code into the main wasm.
    pub fn begin_drill(app: AppState, drill: Drill, lang: Lang) -> Result<(), NotLoaded> {
        app.start_drill(drill, lang);
        Ok(())
    }
);
