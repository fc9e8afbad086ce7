//! Spaced review by Leitner boxes. Every tested item a candidate answers gets a card: a full-credit
//! answer moves it up a box (1 → 5), anything less sends it back to the first, and each box is due
//! again after its interval (1, 2, 4, 8, 16 days). Days are the device's calendar days, so an item
//! due "tomorrow" is due after local midnight wherever the phone is.
//!
//! A full-credit answer moves a card up only when the card was due (or new): answering the same item
//! right three times on one day does not skip its intervals. A wrong answer always sends it back.
//! Answers older than a card's last one (a results file imported late) leave it as it is.

use std::collections::BTreeMap;

use crate::domain::bank::{Bank, Evidence};
use crate::domain::format::problem::ProblemKind;
use crate::domain::format::time::{format_date, local_day, parse_date, parse_iso};
use crate::domain::results::ResultsFile;
use crate::domain::scoring::FULL;

/// Days until a card in box `n` (1-based) is due again.
pub const INTERVALS: [i64; 5] = [1, 2, 4, 8, 16];
/// The most items one review session asks (the most overdue first).
pub const REVIEW_SESSION: usize = 10;

crate::record! {
    /// One item's place in the spaced review.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Card {
        /// The Leitner box: 1 (due the next day) to 5 (due after 16 days).
        pub stage: u8 as "box" where box_number,
        /// The day it is due again (`YYYY-MM-DD`, the device's calendar).
        pub due: String where date_text,
        /// The day it was last answered.
        pub last: String where date_text,
    }
}

fn box_number(n: &u8) -> Option<ProblemKind> {
    (!(1..=5).contains(n)).then(|| ProblemKind::OutOfRange {
        value: f64::from(*n),
        min: 1.0,
        max: 5.0,
    })
}

#[allow(clippy::ptr_arg)]
fn date_text(s: &String) -> Option<ProblemKind> {
    parse_date(s).is_none().then(|| ProblemKind::BadTime {
        text: s.chars().take(40).collect(),
    })
}

impl Card {
    fn due_day(&self) -> i64 {
        parse_date(&self.due).unwrap_or(i64::MIN)
    }
    fn last_day(&self) -> i64 {
        parse_date(&self.last).unwrap_or(i64::MIN)
    }
}

/// The cards of every bank a candidate has answered, by bank id, then by item id (an item keeps
/// its id across versions of its bank).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    pub banks: BTreeMap<String, BTreeMap<String, Card>>,
}

impl Schedule {
    /// Files one answer to `item` of bank `bank`, given on `day`: full credit or not.
    pub fn answer(&mut self, bank: &str, item: &str, right: bool, day: i64) {
        let cards = self.banks.entry(bank.to_owned()).or_default();
        let stage = match cards.get(item) {
            Some(c) if day < c.last_day() => return,
            Some(c) if right && day < c.due_day() => c.stage,
            Some(c) if right => c.stage.saturating_add(1).min(5),
            // A new item answered right has passed its first box.
            None if right => 2,
            _ => 1,
        };
        let interval = INTERVALS
            .get(usize::from(stage).saturating_sub(1))
            .copied()
            .unwrap_or(1);
        cards.insert(
            item.to_owned(),
            Card {
                stage,
                due: format_date(day.saturating_add(interval)),
                last: format_date(day),
            },
        );
    }

    /// Files every scored tested answer of a finished attempt, each on the day (on a clock
    /// `offset_minutes` east of UTC) it was given.
    pub fn learn(&mut self, r: &ResultsFile, offset_minutes: i32) {
        let mut answers: Vec<(i64, &str, bool)> = r
            .items
            .iter()
            .filter(|i| i.evidence == Evidence::Tested)
            .filter_map(|i| {
                let at = parse_iso(i.answered_at.as_deref()?)?;
                Some((at, i.id.as_str(), i.score_bp? >= FULL))
            })
            .collect();
        answers.sort_unstable();
        for (at, item, right) in answers {
            self.answer(&r.bank.id, item, right, local_day(at, offset_minutes));
        }
    }

    /// Takes in another device's cards (a history export): for each item the card answered
    /// last wins.
    pub fn merge(&mut self, other: &Schedule) {
        for (bank, theirs) in &other.banks {
            let ours = self.banks.entry(bank.clone()).or_default();
            for (item, card) in theirs {
                let newer = ours
                    .get(item)
                    .is_none_or(|c| card.last_day() > c.last_day());
                if newer {
                    ours.insert(item.clone(), card.clone());
                }
            }
        }
    }

    /// The items of `bank` due on `today` or before, the most overdue first (then the lowest
    /// box): only tested items the bank still has.
    pub fn due(&self, bank: &Bank, today: i64) -> Vec<String> {
        let Some(cards) = self.banks.get(&bank.id) else {
            return Vec::new();
        };
        let mut due: Vec<(i64, u8, &String)> = cards
            .iter()
            .filter(|(_, c)| c.due_day() <= today)
            .filter(|(id, _)| {
                bank.item(id)
                    .is_some_and(|i| i.body.evidence() == Evidence::Tested)
            })
            .map(|(id, c)| (c.due_day(), c.stage, id))
            .collect();
        due.sort_unstable();
        due.into_iter().map(|(_, _, id)| id.clone()).collect()
    }

    /// How many items of `bank` are due on `today` (`YYYY-MM-DD`), as [`Schedule::due`] lists
    /// them: dates in this form compare as text, so the home page's count needs no date code.
    pub fn due_count(&self, bank: &Bank, today: &str) -> usize {
        self.banks.get(&bank.id).map_or(0, |cards| {
            cards
                .iter()
                .filter(|(id, c)| {
                    c.due.as_str() <= today
                        && bank
                            .item(id)
                            .is_some_and(|i| i.body.evidence() == Evidence::Tested)
                })
                .count()
        })
    }

    /// The card of `item` of bank `bank`, if it has one.
    pub fn card(&self, bank: &str, item: &str) -> Option<&Card> {
        self.banks.get(bank)?.get(item)
    }

    pub fn is_empty(&self) -> bool {
        self.banks.values().all(BTreeMap::is_empty)
    }
}
