//! An attempt: who is answering, which items in which order (from a stored seed), and every
//! answer with the time it was given.

pub mod codec;
pub mod draw;
pub mod rng;

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::attempt::draw::draw;
use crate::domain::bank::{Bank, BankRef, ItemBody};

/// The longest written answer kept, in characters.
pub const MAX_ANSWER_CHARS: usize = 20_000;

crate::record! {
    /// Who is answering.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Participant {
        pub name: String,
        /// A role id of the bank.
        pub role: String,
        /// A kabupaten/kota id from [`crate::view::regions::REGIONS`].
        pub region: String,
    }
}

crate::names! {
    /// Practice gives feedback after each item; simulation runs against the clock with feedback
    /// only at the end; interview practice is the guided open answers about one's own activities.
    /// The learning loop's short attempts (results format v2) are practice on a chosen set: one
    /// competency's items (`focus`), the items answered wrong before (`retry`), the items whose
    /// spaced review is due (`review`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Mode {
        Practice = "practice",
        Simulation = "simulation",
        Interview = "interview",
        Focus = "focus",
        Retry = "retry",
        Review = "review",
    }
}

impl Mode {
    /// Whether each item's feedback can be shown as soon as it is answered.
    pub fn gives_feedback(self) -> bool {
        !matches!(self, Mode::Simulation | Mode::Interview)
    }

    /// A whole attempt (practice, simulation, interview), not a short one of the learning loop:
    /// only these are compared across attempts and, unless a trainer asks, read into a group.
    pub fn is_full(self) -> bool {
        matches!(self, Mode::Practice | Mode::Simulation | Mode::Interview)
    }
}

/// An answer to one item; its variant follows the item's kind. In JSON it is an object with one
/// key: `{"choice": "b"}`, `{"choices": ["a", "c"]}`, `{"bool": true}`, `{"scale": 4}` or
/// `{"open": {"text": "…", "ratings": {"kejelasan": 2}}}` (read and written in `codec`; serde
/// reads the same shape on the group view's fast path).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Single choice or situational: the chosen option id.
    Choice(String),
    /// Multiple choice: the chosen option ids.
    Choices(Vec<String>),
    /// True/false.
    Bool(bool),
    /// Likert: 1–5.
    Scale(u8),
    /// Open answer: the text and the level (0-based) the candidate gave each criterion.
    Open(OpenAnswer),
}

crate::record! {
    /// A written answer and the candidate's own rating of it.
    #[derive(Debug, Clone, Default, PartialEq, Eq)]
    pub struct OpenAnswer {
        pub text: String,
        pub ratings: BTreeMap<String, u8> = or_default,
    }
}

impl Answer {
    /// Whether this answer fits the item (right type, options and criteria that exist).
    pub fn fits(&self, body: &ItemBody) -> bool {
        match (self, body) {
            (Answer::Choice(option), ItemBody::SingleChoice { options }) => {
                options.iter().any(|o| &o.id == option)
            }
            (Answer::Choice(option), ItemBody::Situational { options, .. }) => {
                options.iter().any(|o| &o.id == option)
            }
            (Answer::Choices(chosen), ItemBody::MultipleChoice { options }) => {
                let mut seen = std::collections::BTreeSet::new();
                chosen
                    .iter()
                    .all(|c| seen.insert(c) && options.iter().any(|o| &o.id == c))
            }
            (Answer::Bool(_), ItemBody::TrueFalse { .. }) => true,
            (Answer::Scale(value), ItemBody::Likert { .. }) => (1..=5).contains(value),
            (Answer::Open(open), ItemBody::OpenAnswer { criteria, .. }) => {
                open.text.chars().count() <= MAX_ANSWER_CHARS
                    && open.ratings.iter().all(|(id, level)| {
                        criteria
                            .iter()
                            .any(|c| &c.id == id && usize::from(*level) < c.levels.len())
                    })
            }
            _ => false,
        }
    }
}

crate::record! {
    /// An answer and when it was given (ms since the Unix epoch).
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct AnswerRecord {
        pub answer: Answer,
        pub at: i64,
    }
}

crate::record! {
    /// One person's pass through a bank.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Attempt {
        pub bank: BankRef,
        pub participant: Participant,
        pub mode: Mode,
        pub seed: u32,
        /// Item ids in the order they are shown.
        pub items: Vec<String>,
        pub answers: BTreeMap<String, AnswerRecord>,
        pub started_at: i64,
        pub finished_at: Option<i64>,
        /// The index (into `items`) the candidate is looking at.
        pub position: usize = or_default,
        /// Simulation: when time is up (ms since the epoch). Stored as a deadline, not a counter,
        /// so it survives reloads and closed tabs.
        pub deadline: Option<i64>,
        /// Simulation: the attempt was submitted because time ran out.
        pub timed_out: bool = or_default,
        /// Items the candidate flagged for review.
        pub flags: BTreeSet<String> = or_default,
        /// Practice: items whose feedback was shown; their answers are then fixed.
        pub checked: BTreeSet<String> = or_default,
    }
}

impl Attempt {
    pub fn new(
        bank: &Bank,
        bank_ref: BankRef,
        participant: Participant,
        mode: Mode,
        seed: u32,
        now: i64,
    ) -> Self {
        let items = draw(bank, &participant.role, mode, seed);
        let deadline = (mode == Mode::Simulation).then(|| {
            let minutes = bank
                .simulation_minutes
                .unwrap_or_else(|| u32::try_from(items.len()).unwrap_or(u32::MAX));
            now.saturating_add(i64::from(minutes.max(1)) * 60_000)
        });
        Attempt {
            deadline,
            ..Attempt::with_items(bank_ref, participant, mode, seed, items, now)
        }
    }

    /// An attempt of exactly `items` (in this order), for the learning loop's short attempts.
    pub fn with_items(
        bank_ref: BankRef,
        participant: Participant,
        mode: Mode,
        seed: u32,
        items: Vec<String>,
        now: i64,
    ) -> Self {
        Attempt {
            items,
            bank: bank_ref,
            participant,
            mode,
            seed,
            answers: BTreeMap::new(),
            started_at: now,
            finished_at: None,
            position: 0,
            deadline: None,
            timed_out: false,
            flags: BTreeSet::new(),
            checked: BTreeSet::new(),
        }
    }

    /// Records (or replaces) the answer to `item`, unless the attempt is over or the item's
    /// feedback was already shown.
    pub fn answer(&mut self, item: &str, answer: Answer, now: i64) {
        if self.is_finished() || self.checked.contains(item) {
            return;
        }
        self.answers
            .insert(item.to_owned(), AnswerRecord { answer, at: now });
    }

    /// Practice: shows the item's feedback, which fixes its answer.
    pub fn check(&mut self, item: &str) {
        if self.mode.gives_feedback() && self.answers.contains_key(item) {
            self.checked.insert(item.to_owned());
        }
    }

    pub fn is_checked(&self, item: &str) -> bool {
        self.checked.contains(item)
    }

    /// Flags or unflags `item` for review.
    pub fn toggle_flag(&mut self, item: &str) {
        if !self.flags.remove(item) {
            self.flags.insert(item.to_owned());
        }
    }

    /// Milliseconds left before the deadline (0 when past), if there is one.
    pub fn remaining_ms(&self, now: i64) -> Option<i64> {
        self.deadline.map(|d| (d - now).max(0))
    }

    /// Ends the attempt if its deadline has passed; true if it did so now.
    pub fn expire(&mut self, now: i64) -> bool {
        match self.deadline {
            Some(d) if now >= d && !self.is_finished() => {
                self.finished_at = Some(d);
                self.timed_out = true;
                true
            }
            _ => false,
        }
    }

    /// Forgets the answer to `item` (not once its feedback was shown).
    pub fn clear(&mut self, item: &str) {
        if !self.checked.contains(item) && !self.is_finished() {
            self.answers.remove(item);
        }
    }

    pub fn answer_to(&self, item: &str) -> Option<&Answer> {
        self.answers.get(item).map(|r| &r.answer)
    }

    /// Indices of items without an answer, in order.
    pub fn unanswered(&self) -> Vec<usize> {
        self.items
            .iter()
            .enumerate()
            .filter(|(_, id)| !self.answers.contains_key(*id))
            .map(|(i, _)| i)
            .collect()
    }

    /// How many of the attempt's items have an answer.
    pub fn answered(&self) -> usize {
        self.items
            .iter()
            .filter(|i| self.answers.contains_key(*i))
            .count()
    }

    pub fn current_item(&self) -> Option<&str> {
        self.items.get(self.position).map(String::as_str)
    }

    /// Moves to item index `to`, kept within the attempt.
    pub fn go_to(&mut self, to: usize) {
        self.position = to.min(self.items.len().saturating_sub(1));
    }

    pub fn finish(&mut self, now: i64) {
        if self.finished_at.is_none() {
            self.finished_at = Some(now);
        }
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// The answers alone, keyed by item id (what scoring needs).
    pub fn answer_map(&self) -> BTreeMap<String, Answer> {
        self.answers
            .iter()
            .map(|(k, r)| (k.clone(), r.answer.clone()))
            .collect()
    }
}
