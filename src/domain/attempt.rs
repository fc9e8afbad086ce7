//! An attempt: who is answering, which items in which order (from a stored seed), and every
//! answer with the time it was given.

use std::collections::BTreeMap;

use super::bank::{Bank, BankRef, Evidence, Item, ItemBody};
use super::rng::Rng;

/// The longest written answer kept, in characters.
pub const MAX_ANSWER_CHARS: usize = 20_000;

/// Who is answering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub name: String,
    /// A role id of the bank.
    pub role: String,
    /// A kabupaten/kota id from [`crate::domain::regions::REGIONS`].
    pub region: String,
}

/// Practice gives feedback as one goes; simulation only at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Practice,
    Simulation,
}

/// An answer to one item; its variant follows the item's kind. In JSON it is an object with one
/// key: `{"choice": "b"}`, `{"choices": ["a", "c"]}`, `{"bool": true}`, `{"scale": 4}` or
/// `{"open": {"text": "…", "ratings": {"kejelasan": 2}}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// A written answer and the candidate's own rating of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenAnswer {
    pub text: String,
    pub ratings: BTreeMap<String, u8>,
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

/// An answer and when it was given (ms since the Unix epoch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRecord {
    pub answer: Answer,
    pub at: i64,
}

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
    pub position: usize,
}

/// The items a participant in `role` answers, in the order `seed` gives: tested items first,
/// then can-do self-ratings, then open answers, each group shuffled.
pub fn draw(bank: &Bank, role: &str, seed: u32) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let group = |i: &Item| match (&i.body, i.body.evidence()) {
        (_, Evidence::Tested) => 0,
        (ItemBody::Likert { .. }, _) => 1,
        _ => 2,
    };
    let mut out = Vec::new();
    for g in 0..3 {
        let mut ids: Vec<String> = bank
            .items_for_role(role)
            .filter(|i| group(i) == g)
            .map(|i| i.common.id.clone())
            .collect();
        rng.shuffle(&mut ids);
        out.extend(ids);
    }
    out
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
        Attempt {
            items: draw(bank, &participant.role, seed),
            bank: bank_ref,
            participant,
            mode,
            seed,
            answers: BTreeMap::new(),
            started_at: now,
            finished_at: None,
            position: 0,
        }
    }

    /// Records (or replaces) the answer to `item`.
    pub fn answer(&mut self, item: &str, answer: Answer, now: i64) {
        self.answers
            .insert(item.to_owned(), AnswerRecord { answer, at: now });
    }

    /// Forgets the answer to `item`.
    pub fn clear(&mut self, item: &str) {
        self.answers.remove(item);
    }

    pub fn answer_to(&self, item: &str) -> Option<&Answer> {
        self.answers.get(item).map(|r| &r.answer)
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
