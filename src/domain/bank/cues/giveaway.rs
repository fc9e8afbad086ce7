//! Giveaway pairs: an item whose question or key states the answer of another item that the
//! same role can draw in the same attempt (in practice mode the key is shown after answering).
//!
//! Words are weighed by how rare they are in the bank (inverse document frequency), so a
//! regulation number counts for more than "sosial". An answer is given away when the other item
//! holds at least [`COVERED`] of its weight — for a choice item, of the words its key adds to its
//! own question, and only when the other item also holds [`ON_TOPIC`] of the question's weight
//! (a one-word key such as "kesehatan" is no giveaway in an item about something else); for a
//! true/false item, all of its statement's words apart from numbers (a statement that only
//! changes a number is answered by the item that gives the right one).

use std::collections::{HashMap, HashSet};

use super::words::{content_words, is_number};
use crate::domain::bank::{Bank, Item, ItemBody};

/// The share of a choice key's weight another item must hold to give it away…
pub const COVERED: f64 = 0.8;
/// …while holding at least this share of the question's weight: it is about the same thing.
pub const ON_TOPIC: f64 = 0.5;

/// One item whose answer another item gives away.
#[derive(Debug, Clone, PartialEq)]
pub struct Giveaway {
    /// The item whose answer is given away, and its index in the bank.
    pub item: String,
    pub index: usize,
    /// The item that gives it away.
    pub by: String,
    /// A role that can draw both; `None` when both are for every role.
    pub role: Option<String>,
    /// The answer's words found in the other item.
    pub words: Vec<String>,
}

/// Every word the candidate sees in `item`'s question, plus the key it shows after answering.
fn revealed(item: &Item) -> HashSet<String> {
    let mut text = item.common.prompt.clone();
    match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
            for o in options.iter().filter(|o| o.correct) {
                text.push(' ');
                text.push_str(&o.text);
            }
        }
        ItemBody::Situational { scenario, options } => {
            text.push(' ');
            text.push_str(scenario);
            for o in options.iter().filter(|o| o.credit >= 1.0) {
                text.push(' ');
                text.push_str(&o.text);
            }
        }
        _ => {}
    }
    content_words(&text).into_iter().collect()
}

/// The answers of `item` as lists of words that would give them away, with the share of their
/// weight that must be found: a true/false statement only when every word but its numbers is.
fn answers(item: &Item) -> Vec<(Vec<String>, f64)> {
    let stem: HashSet<String> = content_words(&item.common.prompt).into_iter().collect();
    let beyond_stem = |text: &str| -> Vec<String> {
        content_words(text)
            .into_iter()
            .filter(|w| !stem.contains(w))
            .collect()
    };
    match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => options
            .iter()
            .filter(|o| o.correct)
            .map(|o| beyond_stem(&o.text))
            .filter(|w| !w.is_empty())
            .map(|w| (w, COVERED))
            .collect(),
        ItemBody::TrueFalse { .. } => {
            let words: Vec<String> = content_words(&item.common.prompt)
                .into_iter()
                .filter(|w| !is_number(w))
                .collect();
            if words.len() >= 3 {
                vec![(words, 1.0)]
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

/// The words of a choice item's question, which another item must share to be about the same
/// thing (empty for true/false: their answer words already are the statement).
fn topic(item: &Item) -> Vec<String> {
    match &item.body {
        ItemBody::SingleChoice { .. } | ItemBody::MultipleChoice { .. } => {
            content_words(&item.common.prompt)
        }
        _ => Vec::new(),
    }
}

/// A role that can draw both items, if any: `Some(None)` when both are for every role.
fn shared_role(a: &Item, b: &Item) -> Option<Option<String>> {
    match (a.common.roles.is_empty(), b.common.roles.is_empty()) {
        (true, true) => Some(None),
        (true, false) => b.common.roles.first().cloned().map(Some),
        (false, true) => a.common.roles.first().cloned().map(Some),
        (false, false) => a
            .common
            .roles
            .iter()
            .find(|r| b.common.roles.contains(r))
            .cloned()
            .map(Some),
    }
}

/// Words with their weights, and the weights' sum.
struct Weighed {
    words: Vec<(String, f64)>,
    total: f64,
}

impl Weighed {
    fn new(words: Vec<String>, idf: &impl Fn(&str) -> f64) -> Self {
        let words: Vec<(String, f64)> = words
            .into_iter()
            .map(|w| {
                let weight = idf(&w);
                (w, weight)
            })
            .collect();
        let total = words.iter().map(|(_, w)| w).sum();
        Weighed { words, total }
    }

    /// The share of the weight found in `seen` (0 when there is no weight).
    fn share(&self, seen: &HashSet<String>) -> f64 {
        let found: f64 = self
            .words
            .iter()
            .filter(|(w, _)| seen.contains(w))
            .map(|(_, weight)| weight)
            .sum();
        if self.total > 0.0 {
            found / self.total
        } else {
            0.0
        }
    }
}

/// Every giveaway pair of `bank`, each pair once. (Each word is weighed once per item; the
/// topic test, the words found and the list of pairs so far are looked at only for an answer
/// the other item covers: a bank of 200 items makes 40,000 pairs.)
pub fn giveaways(bank: &Bank) -> Vec<Giveaway> {
    let shown: Vec<HashSet<String>> = bank.items.iter().map(revealed).collect();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for words in &shown {
        for w in words {
            *df.entry(w.as_str()).or_default() += 1;
        }
    }
    let n = bank.items.len().max(1) as f64;
    let idf = |w: &str| (1.0 + n / (*df.get(w).unwrap_or(&0) as f64).max(1.0)).ln();
    let mut out: Vec<Giveaway> = Vec::new();
    for (bi, b) in bank.items.iter().enumerate() {
        let topic = Weighed::new(topic(b), &idf);
        let answers: Vec<(Weighed, f64)> = answers(b)
            .into_iter()
            .map(|(words, needed)| (Weighed::new(words, &idf), needed))
            .collect();
        if answers.is_empty() {
            continue;
        }
        for (answer, needed) in &answers {
            for (ai, a) in bank.items.iter().enumerate() {
                let Some(seen) = shown.get(ai) else { continue };
                if ai == bi || answer.share(seen) < needed - 1e-9 {
                    continue;
                }
                let Some(role) = shared_role(a, b) else {
                    continue;
                };
                let on_topic = topic.words.is_empty() || topic.share(seen) >= ON_TOPIC;
                let known = out.iter().any(|g| {
                    (g.index == bi && g.by == a.common.id) || (g.index == ai && g.by == b.common.id)
                });
                if on_topic && !known {
                    let words = answer
                        .words
                        .iter()
                        .filter(|(w, _)| seen.contains(w))
                        .map(|(w, _)| w.clone())
                        .collect();
                    out.push(Giveaway {
                        item: b.common.id.clone(),
                        index: bi,
                        by: a.common.id.clone(),
                        role,
                        words,
                    });
                }
            }
        }
    }
    out
}
