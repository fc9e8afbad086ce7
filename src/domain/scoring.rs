//! Scoring: each answered item scores in [0, 10000] basis points; each competency gets a weighted
//! percentage (also in basis points) and a rubric level, kept apart for knowledge-tested and
//! self-assessed evidence. Deterministic: the same bank and answers always give the same numbers.

use std::collections::BTreeMap;

use super::attempt::Answer;
use super::bank::{Bank, Competency, Evidence, ItemBody, ItemKind};
use super::format::problem::ProblemKind;

/// 100 % in basis points.
pub const FULL: u32 = 10_000;

/// The score of `answer` to an item, or `None` when it does not fit the item or is incomplete
/// (an open answer with a criterion not yet rated).
pub fn score_item(body: &ItemBody, answer: &Answer) -> Option<u32> {
    if !answer.fits(body) {
        return None;
    }
    let bp = |x: f64| (x.clamp(0.0, 1.0) * f64::from(FULL)).round() as u32;
    match (body, answer) {
        (ItemBody::SingleChoice { options }, Answer::Choice(option)) => {
            let right = options.iter().any(|o| o.correct && &o.id == option);
            Some(if right { FULL } else { 0 })
        }
        (ItemBody::MultipleChoice { options }, Answer::Choices(chosen)) => {
            let correct = options.iter().filter(|o| o.correct).count();
            let hits = options
                .iter()
                .filter(|o| o.correct && chosen.contains(&o.id))
                .count();
            let misses = chosen.len().saturating_sub(hits);
            if correct == 0 {
                return None;
            }
            Some(bp((hits as f64 - misses as f64) / correct as f64))
        }
        (ItemBody::TrueFalse { answer }, Answer::Bool(value)) => {
            Some(if answer == value { FULL } else { 0 })
        }
        (ItemBody::Likert { .. }, Answer::Scale(value)) => {
            Some(u32::from(value.saturating_sub(1)) * FULL / 4)
        }
        (ItemBody::Situational { options, .. }, Answer::Choice(option)) => options
            .iter()
            .find(|o| &o.id == option)
            .map(|o| bp(o.credit)),
        (ItemBody::OpenAnswer { criteria, .. }, Answer::Open(open)) => {
            let mut sum = 0.0;
            for c in criteria {
                let level = f64::from(*open.ratings.get(&c.id)?);
                let top = c.levels.len().saturating_sub(1).max(1) as f64;
                sum += level / top;
            }
            Some(bp(sum / criteria.len().max(1) as f64))
        }
        _ => None,
    }
}

/// The answer that earns full credit (the key), for items that have one.
pub fn key_answer(body: &ItemBody) -> Option<Answer> {
    match body {
        ItemBody::SingleChoice { options } => options
            .iter()
            .find(|o| o.correct)
            .map(|o| Answer::Choice(o.id.clone())),
        ItemBody::MultipleChoice { options } => Some(Answer::Choices(
            options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.clone())
                .collect(),
        )),
        ItemBody::TrueFalse { answer } => Some(Answer::Bool(*answer)),
        ItemBody::Situational { options, .. } => options
            .iter()
            .find(|o| o.credit >= 1.0)
            .map(|o| Answer::Choice(o.id.clone())),
        ItemBody::Likert { .. } | ItemBody::OpenAnswer { .. } => None,
    }
}

/// One item's outcome in an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemScore {
    pub id: String,
    pub kind: ItemKind,
    pub evidence: Evidence,
    /// `None` when unanswered (or the answer does not fit).
    pub score_bp: Option<u32>,
}

/// Basis points run from 0 to 10,000 (full credit): the check of every `_bp` field read.
pub fn basis_points(bp: &Option<u32>) -> Option<ProblemKind> {
    bp.filter(|&b| b > 10_000).map(|b| ProblemKind::OutOfRange {
        value: f64::from(b),
        min: 0.0,
        max: 10_000.0,
    })
}

crate::record! {
    /// A competency's score from one kind of evidence.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct EvidenceScore {
        /// Items of this evidence in the attempt that measure the competency.
        pub items: u32,
        /// How many of them were answered.
        pub answered: u32,
        /// Weighted percentage in basis points. Tested: unanswered count as 0. Self-assessed: only
        /// answered items count, so it is absent when none was answered.
        pub percent_bp: Option<u32> where basis_points,
        /// The rubric level id the percentage reaches.
        pub level: Option<String>,
    }
}

crate::record! {
    /// A competency's profile: tested and self-assessed evidence, apart.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CompetencyScore {
        pub id: String,
        pub tested: Option<EvidenceScore>,
        pub self_assessed: Option<EvidenceScore>,
    }
}

impl CompetencyScore {
    /// The evidence the headline level rests on: tested when there is any, else self-assessed.
    pub fn headline(&self) -> Option<(Evidence, &EvidenceScore)> {
        let scored = |e: &&EvidenceScore| e.percent_bp.is_some();
        self.tested
            .as_ref()
            .filter(scored)
            .map(|e| (Evidence::Tested, e))
            .or_else(|| {
                self.self_assessed
                    .as_ref()
                    .filter(scored)
                    .map(|e| (Evidence::SelfAssessed, e))
            })
    }
}

/// A whole attempt's scores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub items: Vec<ItemScore>,
    pub competencies: Vec<CompetencyScore>,
}

impl Profile {
    pub fn unanswered(&self) -> usize {
        self.items.iter().filter(|i| i.score_bp.is_none()).count()
    }
}

/// Scores the attempt's `items` (ids, in order) with `answers`. Ids the bank lacks are skipped.
pub fn score_attempt(bank: &Bank, items: &[String], answers: &BTreeMap<String, Answer>) -> Profile {
    score_items(
        bank,
        items
            .iter()
            .filter_map(|id| Some((bank.item(id)?, answers.get(id)))),
    )
}

/// Scores items given with their answers (in the order shown). The one place scores are made:
/// [`score_attempt`] and re-checking a results file both come here.
pub fn score_items<'a>(
    bank: &Bank,
    items: impl Iterator<Item = (&'a super::bank::Item, Option<&'a Answer>)>,
) -> Profile {
    let scored: Vec<(&super::bank::Item, ItemScore)> = items
        .map(|(item, answer)| {
            let s = ItemScore {
                id: item.common.id.clone(),
                kind: item.body.kind(),
                evidence: item.body.evidence(),
                score_bp: answer.and_then(|a| score_item(&item.body, a)),
            };
            (item, s)
        })
        .collect();
    let competencies = bank
        .competencies
        .iter()
        .map(|c| CompetencyScore {
            id: c.id.clone(),
            tested: evidence_score(c, &scored, Evidence::Tested),
            self_assessed: evidence_score(c, &scored, Evidence::SelfAssessed),
        })
        .collect();
    Profile {
        items: scored.into_iter().map(|(_, s)| s).collect(),
        competencies,
    }
}

fn evidence_score(
    c: &Competency,
    scored: &[(&super::bank::Item, ItemScore)],
    evidence: Evidence,
) -> Option<EvidenceScore> {
    let (mut items, mut answered, mut num, mut den) = (0u32, 0u32, 0.0f64, 0.0f64);
    for (item, s) in scored.iter().filter(|(_, s)| s.evidence == evidence) {
        let Some(w) = item.weight_for(&c.id) else {
            continue;
        };
        items += 1;
        match s.score_bp {
            Some(bp) => {
                answered += 1;
                num += w * f64::from(bp);
                den += w;
            }
            // Tested items left unanswered count as 0; self-ratings left out do not count.
            None if evidence == Evidence::Tested => den += w,
            None => {}
        }
    }
    if items == 0 {
        return None;
    }
    let percent_bp = (den > 0.0).then(|| (num / den).round().clamp(0.0, f64::from(FULL)) as u32);
    Some(EvidenceScore {
        items,
        answered,
        percent_bp,
        level: percent_bp
            .and_then(|p| c.level_for(p))
            .map(|l| l.id.clone()),
    })
}
