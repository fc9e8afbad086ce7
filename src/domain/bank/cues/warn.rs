//! The analysis's findings beyond its thresholds, as warnings on the bank: each names the items
//! and says what to do (`crate::i18n::cues` words them).

use super::{CueReport, Strategy, MAX_GAIN, MAX_KEY_COUNT_SHARE};
use crate::domain::bank::ItemKind;
use crate::domain::format::problem::{Path, Problem, ProblemKind};

/// A cue the analysis found.
#[derive(Debug, Clone, PartialEq)]
pub enum CueWarning {
    /// Over items of `kind`, `strategy` scores `score` where a random pick scores `random`;
    /// `items` are those where it finds the key.
    BlindStrategy {
        kind: ItemKind,
        strategy: Strategy,
        score: f64,
        random: f64,
        items: Vec<String>,
    },
    /// `items` of the `of` multiple-answer items have exactly `keys` keys.
    KeyCounts {
        keys: usize,
        items: usize,
        of: usize,
    },
    /// An absolute word in true/false statements mostly goes with one key.
    AbsoluteWord {
        word: String,
        true_statements: Vec<String>,
        false_statements: Vec<String>,
    },
    /// The answer of `item` can be read in item `by`, which `role` (or every role) can draw in
    /// the same attempt; `words` are the answer's words found there.
    Giveaway {
        item: String,
        by: String,
        role: Option<String>,
        words: Vec<String>,
    },
    /// `role` has `items` items for `competency`, from which an attempt draws `draw`.
    SmallPool {
        role: String,
        competency: String,
        items: usize,
        draw: usize,
    },
}

/// Items where `strategy` finds what a random pick mostly misses.
fn found_by(report: &CueReport, kind: ItemKind, strategy: Strategy) -> Vec<String> {
    if matches!(strategy, Strategy::AlwaysTrue | Strategy::AlwaysFalse) {
        return Vec::new();
    }
    report
        .items
        .iter()
        .filter(|i| i.kind == kind)
        .filter(|i| {
            i.scores
                .iter()
                .any(|(s, v)| *s == strategy && *v - i.random >= 0.5)
        })
        .map(|i| i.id.clone())
        .collect()
}

/// The warnings `report` gives, in the order: blind strategies, key counts, absolute words,
/// giveaways, pools.
pub fn warnings(report: &CueReport) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut warn = |path: Path, w: CueWarning| {
        out.push(Problem::warning(path, ProblemKind::Cue(Box::new(w))));
    };
    for k in report.kinds.iter().filter(|k| k.judged()) {
        for (strategy, score) in &k.strategies {
            if strategy.held() && score - k.random > MAX_GAIN + 1e-9 {
                let items = found_by(report, k.kind, *strategy);
                warn(
                    Path::root(),
                    CueWarning::BlindStrategy {
                        kind: k.kind,
                        strategy: *strategy,
                        score: *score,
                        random: k.random,
                        items,
                    },
                );
            }
        }
    }
    let of: usize = report.key_counts.values().sum();
    for (&keys, &items) in &report.key_counts {
        if of >= 3 && items as f64 > MAX_KEY_COUNT_SHARE * of as f64 {
            warn(Path::root(), CueWarning::KeyCounts { keys, items, of });
        }
    }
    for a in report.absolute.iter().filter(|a| a.predictive()) {
        warn(
            Path::root(),
            CueWarning::AbsoluteWord {
                word: a.word.to_owned(),
                true_statements: a.true_statements.clone(),
                false_statements: a.false_statements.clone(),
            },
        );
    }
    for g in &report.giveaways {
        warn(
            Path::root().key("items").index(g.index),
            CueWarning::Giveaway {
                item: g.item.clone(),
                by: g.by.clone(),
                role: g.role.clone(),
                words: g.words.clone(),
            },
        );
    }
    for p in report.pools.iter().filter(|p| p.too_small()) {
        warn(
            Path::root(),
            CueWarning::SmallPool {
                role: p.role.clone(),
                competency: p.competency.clone(),
                items: p.items,
                draw: p.draw,
            },
        );
    }
    out
}
