//! "Analisis petunjuk jawaban": can a bank's answers be guessed without reading the questions?
//!
//! For any bank: the expected score of blind strategies against a random pick, per kind and per
//! item (`blind`); how many keys multiple-answer items have; absolute words in true/false
//! statements against their keys; giveaway pairs (`giveaway`); and how many items each role can
//! draw per competency against `draw_per_competency`. `warnings` turns what goes beyond the
//! thresholds below into warnings with item ids and what to do. Pure: the bank checker, the
//! command line and the bundled bank's test all use it.

mod blind;
mod giveaway;
mod warn;
mod words;

use crate::domain::bank::ItemKind;
use std::collections::BTreeMap;

use crate::domain::bank::{Bank, ItemBody};

pub use blind::{ItemCues, Strategy};
pub use giveaway::Giveaway;
pub use warn::{warnings, CueWarning};
pub use words::{TellingWord, ABSOLUTE_WORDS, BAD_WORDS, GOOD_WORDS};

/// No blind strategy may beat a random pick by more than this, over a kind of item…
pub const MAX_GAIN: f64 = 0.05;
/// …of at least this many items: with fewer, some strategy always finds the keys by chance (one
/// item's key is always at some place and some length), so the figures are shown, not judged.
pub const MIN_JUDGED: usize = 8;
/// No number of keys may be shared by more than this share of multiple-answer items.
pub const MAX_KEY_COUNT_SHARE: f64 = 0.4;
/// Each role × competency pool should hold at least this many times the items drawn from it.
pub const POOL_FACTOR: f64 = 1.5;
/// An absolute word predicts the key when at least this share of its statements share a key…
pub const ABSOLUTE_SHARE: f64 = 0.8;
/// …and it appears in at least this many statements.
pub const ABSOLUTE_MIN: usize = 3;

/// What a kind of item scores on average under a random pick and each blind strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct KindCues {
    pub kind: ItemKind,
    pub items: usize,
    pub random: f64,
    /// Each strategy's mean; of the fixed positions only the best is kept.
    pub strategies: Vec<(Strategy, f64)>,
}

impl KindCues {
    /// The strategy held to the threshold that scores most, and its score.
    pub fn best(&self) -> Option<(Strategy, f64)> {
        self.strategies
            .iter()
            .copied()
            .filter(|(s, _)| s.held())
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }
    /// How much the best blind strategy beats a random pick by.
    pub fn gain(&self) -> f64 {
        self.best().map_or(0.0, |(_, s)| s - self.random)
    }
    /// Whether there are enough items of the kind to judge ([`MIN_JUDGED`]).
    pub fn judged(&self) -> bool {
        self.items >= MIN_JUDGED
    }
}

/// How often an absolute word appears in true and in false statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsoluteWord {
    pub word: &'static str,
    pub true_statements: Vec<String>,
    pub false_statements: Vec<String>,
}

impl AbsoluteWord {
    /// Whether the word tells the key: frequent enough and mostly with one key.
    pub fn predictive(&self) -> bool {
        let (t, f) = (self.true_statements.len(), self.false_statements.len());
        let n = t + f;
        n >= ABSOLUTE_MIN && t.max(f) as f64 >= ABSOLUTE_SHARE * n as f64
    }
}

/// How many items a role can draw for a competency (by each item's first competency).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    pub role: String,
    pub competency: String,
    pub items: usize,
    pub draw: usize,
}

impl Pool {
    /// Fewer than [`POOL_FACTOR`] times the draw: attempts repeat (nearly) the same items. An
    /// empty pool is not "the same items": it is a competency the role is not tested on.
    pub fn too_small(&self) -> bool {
        self.items > 0 && (self.items as f64) < POOL_FACTOR * self.draw as f64
    }
}

/// Everything the analysis found in one bank.
#[derive(Debug, Clone, PartialEq)]
pub struct CueReport {
    pub kinds: Vec<KindCues>,
    pub items: Vec<ItemCues>,
    /// How many options a test-wise candidate picks in a multiple-answer item: the bank's most
    /// common number of keys.
    pub multiple_k: usize,
    /// Multiple-answer items by their number of keys.
    pub key_counts: BTreeMap<usize, usize>,
    pub absolute: Vec<AbsoluteWord>,
    pub giveaways: Vec<Giveaway>,
    pub pools: Vec<Pool>,
    /// The words of choice options most tied to keys, and to wrong options, in this bank.
    pub key_words: Vec<TellingWord>,
    pub wrong_words: Vec<TellingWord>,
}

/// The kinds the strategies apply to, in the order they are reported.
pub const KINDS: &[ItemKind] = &[
    ItemKind::SingleChoice,
    ItemKind::Situational,
    ItemKind::MultipleChoice,
    ItemKind::TrueFalse,
];

fn key_counts(bank: &Bank) -> BTreeMap<usize, usize> {
    let mut counts = BTreeMap::new();
    for item in &bank.items {
        if let ItemBody::MultipleChoice { options } = &item.body {
            *counts
                .entry(options.iter().filter(|o| o.correct).count())
                .or_default() += 1;
        }
    }
    counts
}

/// The word model of the keys and the zero-credit options of every choice item.
fn word_model(bank: &Bank) -> words::WordModel {
    let mut model = words::WordModel::default();
    for item in &bank.items {
        learn(&mut model, &item.body, 1);
    }
    model
}

/// Counts (`sign` 1) or uncounts (−1) an item's options in `model`; partial credit is neither.
fn learn(model: &mut words::WordModel, body: &ItemBody, sign: i64) {
    match body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
            for o in options {
                model.add(&o.text, o.correct, sign);
            }
        }
        ItemBody::Situational { options, .. } => {
            for o in options
                .iter()
                .filter(|o| o.credit >= 1.0 || o.credit <= 0.0)
            {
                model.add(&o.text, o.credit >= 1.0, sign);
            }
        }
        _ => {}
    }
}

/// Each item's cues, each judged by a word model that leaves the item itself out.
fn item_cues(bank: &Bank, k: usize, model: &mut words::WordModel) -> Vec<ItemCues> {
    let mut out = Vec::new();
    for (index, item) in bank.items.iter().enumerate() {
        learn(model, &item.body, -1);
        out.extend(blind::item_cues(item, index, k, model));
        learn(model, &item.body, 1);
    }
    out
}

/// The kind-level means of `items`.
fn kind_cues(items: &[ItemCues]) -> Vec<KindCues> {
    let mut out = Vec::new();
    for kind in KINDS {
        let of_kind: Vec<&ItemCues> = items.iter().filter(|i| i.kind == *kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let mut by: BTreeMap<Strategy, Vec<f64>> = BTreeMap::new();
        for i in &of_kind {
            for (s, v) in &i.scores {
                by.entry(*s).or_default().push(*v);
            }
        }
        let random = blind::mean(of_kind.iter().map(|i| i.random));
        let mut strategies: Vec<(Strategy, f64)> = Vec::new();
        let mut best_position: Option<(Strategy, f64)> = None;
        for (s, values) in by {
            // Items without this position score as a random pick there.
            let missing = of_kind.len().saturating_sub(values.len());
            let padded = blind::mean(values.iter().copied()) * values.len() as f64
                / of_kind.len() as f64
                + random * missing as f64 / of_kind.len() as f64;
            match s {
                Strategy::Position(_) if best_position.is_some_and(|(_, b)| b >= padded) => {}
                Strategy::Position(_) => best_position = Some((s, padded)),
                _ => strategies.push((s, padded)),
            }
        }
        strategies.extend(best_position);
        out.push(KindCues {
            kind: *kind,
            items: of_kind.len(),
            random,
            strategies,
        });
    }
    out
}

fn absolute(bank: &Bank) -> Vec<AbsoluteWord> {
    ABSOLUTE_WORDS
        .iter()
        .filter_map(|&word| {
            let (mut t, mut f) = (Vec::new(), Vec::new());
            for item in &bank.items {
                if let ItemBody::TrueFalse { answer } = item.body {
                    if words::absolute_words(&item.common.prompt).contains(&word) {
                        if answer { &mut t } else { &mut f }.push(item.common.id.clone());
                    }
                }
            }
            (!t.is_empty() || !f.is_empty()).then_some(AbsoluteWord {
                word,
                true_statements: t,
                false_statements: f,
            })
        })
        .collect()
}

fn pools(bank: &Bank) -> Vec<Pool> {
    let Some(draw) = bank.draw_per_competency else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for role in &bank.roles {
        for c in &bank.competencies {
            let items = bank
                .items_for_role(&role.id)
                .filter(|i| i.first_competency_is(&c.id))
                .count();
            out.push(Pool {
                role: role.id.clone(),
                competency: c.id.clone(),
                items,
                draw: usize::try_from(draw).unwrap_or(usize::MAX),
            });
        }
    }
    out
}

/// The whole analysis of `bank`.
pub fn analyse(bank: &Bank) -> CueReport {
    let key_counts = key_counts(bank);
    let multiple_k = key_counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map_or(1, |(k, _)| *k);
    // One word model serves both: each item is judged with itself taken out, then put back.
    let mut model = word_model(bank);
    let items = item_cues(bank, multiple_k, &mut model);
    let [key_words, wrong_words] = model.telling_words(4, 12);
    CueReport {
        key_words,
        wrong_words,
        kinds: kind_cues(&items),
        items,
        multiple_k,
        key_counts,
        absolute: absolute(bank),
        giveaways: giveaway::giveaways(bank),
        pools: pools(bank),
    }
}
