//! Blind strategies: ways to answer a choice item without reading its question — the longest
//! option, the second-longest, the shortest, the most key-like words, always the same place —
//! and what each would score on one item, next to a random pick. Scores come from
//! `scoring::score_item`, so they are what the app would give.

use super::words::{absolute_words, good_minus_bad, WordModel};
use crate::domain::attempt::Answer;
use crate::domain::bank::ItemKind;
use crate::domain::bank::{Item, ItemBody};
use crate::domain::scoring::{score_item, FULL};

/// A way to answer without reading the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strategy {
    /// The longest option (multiple answers: the k longest).
    Longest,
    /// The second-longest option.
    SecondLongest,
    /// The shortest option (multiple answers: the k shortest).
    Shortest,
    /// The option with the most words of good practice (melapor, merujuk, Dinas Sosial…) and
    /// the fewest of bad (tanpa, menunggu, langsung…).
    KeyWords,
    /// Never the longest option: a random one of the others (a cue when writers, fixing the
    /// longest key, have made it never the longest).
    AvoidLongest,
    /// Never the shortest option: a random one of the others.
    AvoidShortest,
    /// Never the option with the most good words: a random one of the others (a cue when the
    /// good words have gone into the distractors too eagerly).
    AvoidKeyWords,
    /// The option whose words look most like the keys of the bank's other items: what a
    /// candidate who has practised the whole bank may pick up. Reported, not held to the
    /// threshold (a bank's own vocabulary of good practice shows here too).
    BankWords,
    /// Always the option at this place in the bank's order (0 = A), as a projected session
    /// shows them.
    Position(u8),
    /// True/false: always "true".
    AlwaysTrue,
    /// True/false: always "false".
    AlwaysFalse,
    /// True/false: "false" when the statement holds an absolute word, else "true".
    AbsoluteFalse,
}

impl Strategy {
    /// Whether the strategy is held to the threshold (all but [`Strategy::BankWords`]).
    pub fn held(self) -> bool {
        self != Strategy::BankWords
    }
}

/// One item's expected score (0–1) under a random pick and under each blind strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemCues {
    pub id: String,
    /// Index in the bank's items.
    pub index: usize,
    pub kind: ItemKind,
    pub random: f64,
    pub scores: Vec<(Strategy, f64)>,
}

impl ItemCues {
    fn of(item: &Item, index: usize, random: f64, scores: Vec<(Strategy, f64)>) -> Self {
        ItemCues {
            id: item.common.id.clone(),
            index,
            kind: item.body.kind(),
            random,
            scores,
        }
    }
}

/// Option texts and the score each earns alone (0–1), for single-choice and situational items.
fn scored_options(item: &Item) -> Option<Vec<(&str, f64)>> {
    let options: Vec<(&str, &str)> = match &item.body {
        ItemBody::SingleChoice { options } => options
            .iter()
            .map(|o| (o.id.as_str(), o.text.as_str()))
            .collect(),
        ItemBody::Situational { options, .. } => options
            .iter()
            .map(|o| (o.id.as_str(), o.text.as_str()))
            .collect(),
        _ => return None,
    };
    let score = |id: &str| {
        score_item(&item.body, &Answer::Choice(id.to_owned()))
            .map_or(0.0, |bp| f64::from(bp) / f64::from(FULL))
    };
    Some(options.into_iter().map(|(id, t)| (t, score(id))).collect())
}

/// The mean of `values`, 0 when there are none.
pub(super) fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// The mean score of the options ranked `rank` by `key`, highest first; options that tie share
/// the place, so a tie is worth their mean.
fn by_rank(options: &[(&str, f64)], key: impl Fn(&str) -> f64, rank: usize) -> f64 {
    let mut keys: Vec<f64> = options.iter().map(|(t, _)| key(t)).collect();
    keys.sort_by(|a, b| b.total_cmp(a));
    let Some(target) = keys.get(rank.min(keys.len().saturating_sub(1))).copied() else {
        return 0.0;
    };
    mean(
        options
            .iter()
            .filter(|(t, _)| key(t) == target)
            .map(|(_, s)| *s),
    )
}

fn chars(text: &str) -> f64 {
    text.chars().count() as f64
}

/// The cues of a single-choice or situational item.
fn choice_cues(item: &Item, index: usize, words: &WordModel) -> Option<ItemCues> {
    let options = scored_options(item)?;
    let random = mean(options.iter().map(|(_, s)| *s));
    let mut scores = vec![
        (Strategy::Longest, by_rank(&options, chars, 0)),
        (Strategy::SecondLongest, by_rank(&options, chars, 1)),
        (Strategy::Shortest, by_rank(&options, |t| -chars(t), 0)),
        (Strategy::KeyWords, by_rank(&options, good_minus_bad, 0)),
        (
            Strategy::BankWords,
            by_rank(&options, |t| words.keyness(t), 0),
        ),
    ];
    // Avoiding a pick leaves a random one of the other options: by linearity, the sum of the
    // options' scores less the pick's expected score, over the others.
    let total: f64 = options.iter().map(|(_, s)| *s).sum();
    let others = options.len().saturating_sub(1).max(1) as f64;
    let avoid = |of: Strategy| {
        let picked = scores
            .iter()
            .find(|(s, _)| *s == of)
            .map_or(0.0, |(_, v)| *v);
        (total - picked) / others
    };
    let avoided = [
        (Strategy::AvoidLongest, avoid(Strategy::Longest)),
        (Strategy::AvoidShortest, avoid(Strategy::Shortest)),
        (Strategy::AvoidKeyWords, avoid(Strategy::KeyWords)),
    ];
    scores.extend(avoided);
    for (p, (_, s)) in options.iter().enumerate().take(usize::from(u8::MAX)) {
        scores.push((Strategy::Position(p as u8), *s));
    }
    Some(ItemCues::of(item, index, random, scores))
}

/// The score of choosing the options in `mask` (bit i = option i).
fn subset_score(item: &Item, ids: &[&str], mask: u32) -> f64 {
    let chosen = ids
        .iter()
        .enumerate()
        .filter(|(i, _)| mask >> i & 1 == 1)
        .map(|(_, id)| (*id).to_owned())
        .collect();
    score_item(&item.body, &Answer::Choices(chosen))
        .map_or(0.0, |bp| f64::from(bp) / f64::from(FULL))
}

/// The mask of the `k` options ranked highest by `key` (ties: the earlier option).
fn top_k(values: &[f64], k: usize) -> u32 {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| {
        let (va, vb) = (values.get(a), values.get(b));
        vb.partial_cmp(&va).unwrap_or(std::cmp::Ordering::Equal)
    });
    order.iter().take(k).fold(0, |m, &i| m | 1 << i)
}

/// The cues of a multiple-answer item when a candidate picks `k` options: random `k` options,
/// the `k` longest, the `k` shortest, the `k` most key-like.
fn multiple_cues(item: &Item, index: usize, k: usize, words: &WordModel) -> Option<ItemCues> {
    let ItemBody::MultipleChoice { options } = &item.body else {
        return None;
    };
    let n = options.len().min(16);
    let k = k.clamp(1, n.max(1));
    let ids: Vec<&str> = options.iter().take(n).map(|o| o.id.as_str()).collect();
    let masks = (0u32..1 << n).filter(|m| m.count_ones() as usize == k);
    let random = mean(masks.map(|m| subset_score(item, &ids, m)));
    let lengths: Vec<f64> = options.iter().take(n).map(|o| chars(&o.text)).collect();
    let shortness: Vec<f64> = lengths.iter().map(|l| -l).collect();
    let keyness: Vec<f64> = options
        .iter()
        .take(n)
        .map(|o| words.keyness(&o.text))
        .collect();
    let good: Vec<f64> = options
        .iter()
        .take(n)
        .map(|o| good_minus_bad(&o.text))
        .collect();
    let scores = vec![
        (
            Strategy::Longest,
            subset_score(item, &ids, top_k(&lengths, k)),
        ),
        (
            Strategy::Shortest,
            subset_score(item, &ids, top_k(&shortness, k)),
        ),
        (
            Strategy::KeyWords,
            subset_score(item, &ids, top_k(&good, k)),
        ),
        (
            Strategy::BankWords,
            subset_score(item, &ids, top_k(&keyness, k)),
        ),
    ];
    Some(ItemCues::of(item, index, random, scores))
}

/// The cues of a true/false item.
fn true_false_cues(item: &Item, index: usize) -> Option<ItemCues> {
    let ItemBody::TrueFalse { answer } = item.body else {
        return None;
    };
    let hit = |guess: bool| if guess == answer { 1.0 } else { 0.0 };
    let absolute = !absolute_words(&item.common.prompt).is_empty();
    Some(ItemCues::of(
        item,
        index,
        0.5,
        vec![
            (Strategy::AlwaysTrue, hit(true)),
            (Strategy::AlwaysFalse, hit(false)),
            (Strategy::AbsoluteFalse, hit(!absolute)),
        ],
    ))
}

/// The cues of any tested item with a key; `k` is how many options a test-wise candidate picks
/// in a multiple-answer item, `words` the word model of the bank's other items.
pub fn item_cues(item: &Item, index: usize, k: usize, words: &WordModel) -> Option<ItemCues> {
    match &item.body {
        ItemBody::SingleChoice { .. } | ItemBody::Situational { .. } => {
            choice_cues(item, index, words)
        }
        ItemBody::MultipleChoice { .. } => multiple_cues(item, index, k, words),
        ItemBody::TrueFalse { .. } => true_false_cues(item, index),
        _ => None,
    }
}
