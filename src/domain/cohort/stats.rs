//! The group profile and the item analysis, computed from re-scored results of one bank.

use crate::domain::attempt::{Answer, Mode};
use crate::domain::bank::ItemKind;
use crate::domain::bank::{Bank, Evidence, ItemBody};
use crate::domain::results::ResultsFile;

/// One participant's line in the group table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index into the group's results.
    pub index: usize,
    pub name: String,
    pub role: String,
    pub region: String,
    pub mode: Mode,
    /// ISO date and time the attempt ended.
    pub finished_at: String,
    /// Mean of the competencies' headline percentages (basis points).
    pub overall_bp: Option<u32>,
    /// The overall level, when every competency shares one rubric.
    pub overall_level: Option<String>,
    /// Per competency (bank order): headline percentage, level id and the evidence it rests on.
    pub competencies: Vec<Option<(u32, String, Evidence)>>,
}

/// The competencies' shared rubric, if they all have the same levels.
pub fn shared_rubric(bank: &Bank) -> Option<&crate::domain::bank::Competency> {
    let first = bank.competencies.first()?;
    let same = bank.competencies.iter().all(|c| {
        c.rubric.len() == first.rubric.len()
            && c.rubric
                .iter()
                .zip(&first.rubric)
                .all(|(a, b)| a.id == b.id && a.min == b.min)
    });
    same.then_some(first)
}

/// The group table.
pub fn rows(bank: &Bank, results: &[ResultsFile]) -> Vec<Row> {
    let shared = shared_rubric(bank);
    results
        .iter()
        .enumerate()
        .map(|(index, r)| {
            let competencies: Vec<Option<(u32, String, Evidence)>> = bank
                .competencies
                .iter()
                .map(|c| {
                    let s = r.competencies.iter().find(|s| s.id == c.id)?;
                    let (evidence, e) = s.headline()?;
                    let bp = e.percent_bp?;
                    Some((bp, c.level_for(bp)?.id.clone(), evidence))
                })
                .collect();
            let scored: Vec<u32> = competencies
                .iter()
                .flatten()
                .map(|(bp, _, _)| *bp)
                .collect();
            let overall_bp = (!scored.is_empty()).then(|| {
                let sum: u64 = scored.iter().map(|&b| u64::from(b)).sum();
                u32::try_from((sum + scored.len() as u64 / 2) / scored.len() as u64).unwrap_or(0)
            });
            Row {
                index,
                name: r.participant.name.clone(),
                role: r.participant.role.clone(),
                region: r.participant.region.clone(),
                mode: r.mode,
                finished_at: r.finished_at.clone(),
                overall_bp,
                overall_level: overall_bp
                    .and_then(|bp| shared?.level_for(bp))
                    .map(|l| l.id.clone()),
                competencies,
            }
        })
        .collect()
}

/// How the group's scores on one competency spread.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    /// Participants with a score.
    pub n: u32,
    /// Counts in ten bins: 0–9 %, 10–19 %, …, 90–100 %.
    pub bins: [u32; 10],
    /// Count per rubric level, in rubric order.
    pub levels: Vec<(String, u32)>,
    pub mean_bp: Option<u32>,
}

/// Per competency (bank order), the distribution of headline percentages.
pub fn distributions(bank: &Bank, rows: &[Row]) -> Vec<Distribution> {
    bank.competencies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let scores: Vec<u32> = rows
                .iter()
                .filter_map(|r| r.competencies.get(i).cloned().flatten())
                .map(|(bp, _, _)| bp)
                .collect();
            let mut bins = [0u32; 10];
            for &bp in &scores {
                let b = (bp / 1000).min(9) as usize;
                if let Some(slot) = bins.get_mut(b) {
                    *slot += 1;
                }
            }
            let levels = c
                .rubric
                .iter()
                .map(|l| {
                    let n = scores
                        .iter()
                        .filter(|&&bp| c.level_for(bp).is_some_and(|x| x.id == l.id))
                        .count();
                    (l.id.clone(), u32::try_from(n).unwrap_or(u32::MAX))
                })
                .collect();
            let n = u32::try_from(scores.len()).unwrap_or(u32::MAX);
            let mean_bp = (n > 0).then(|| {
                let sum: u64 = scores.iter().map(|&b| u64::from(b)).sum();
                u32::try_from((sum + u64::from(n) / 2) / u64::from(n)).unwrap_or(0)
            });
            Distribution {
                n,
                bins,
                levels,
                mean_bp,
            }
        })
        .collect()
}

/// Why an item deserves a look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemFlag {
    /// Nearly everyone gets it right (p ≥ 0.9).
    TooEasy,
    /// Nearly no one gets it right (p ≤ 0.2).
    TooHard,
    /// Those who do well overall do worse on it (discrimination < 0): check the key.
    Negative,
}

/// One tested item across the group.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    pub id: String,
    pub kind: ItemKind,
    /// Participants shown the item.
    pub presented: u32,
    pub answered: u32,
    /// Mean score, 0 to 1 (the share correct for right/wrong items); unanswered count as 0.
    pub difficulty: Option<f64>,
    /// Point-biserial correlation of the item score with the rest of the tested score.
    pub discrimination: Option<f64>,
    /// Mean item score of the top 27 % minus that of the bottom 27 % (by rest score).
    pub upper_lower: Option<f64>,
    /// How often each option was chosen (bank order).
    pub options: Vec<(String, u32)>,
    pub flags: Vec<ItemFlag>,
}

/// Fewer answers than this and an item is not flagged (too few to say).
pub const MIN_FOR_FLAGS: u32 = 5;

/// Pearson correlation of two equally long series; `None` when either does not vary.
pub fn correlation(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len().min(y.len());
    if n < 2 {
        return None;
    }
    let (mx, my) = (
        x.iter().take(n).sum::<f64>() / n as f64,
        y.iter().take(n).sum::<f64>() / n as f64,
    );
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y).take(n) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    (sxx > 1e-12 && syy > 1e-12).then(|| sxy / (sxx * syy).sqrt())
}

/// Upper–lower index: mean item score of the top 27 % minus that of the bottom 27 %, ranked by
/// `total`.
pub fn upper_lower(item: &[f64], total: &[f64]) -> Option<f64> {
    let n = item.len().min(total.len());
    if n < 2 {
        return None;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (ta, tb) = (
            total.get(a).copied().unwrap_or(0.0),
            total.get(b).copied().unwrap_or(0.0),
        );
        tb.total_cmp(&ta)
    });
    let k = ((n as f64 * 0.27).round() as usize).max(1);
    let mean = |idx: &[usize]| {
        idx.iter().filter_map(|&i| item.get(i)).sum::<f64>() / idx.len().max(1) as f64
    };
    let upper = order.get(..k)?;
    let lower = order.get(n - k..)?;
    Some(mean(upper) - mean(lower))
}

/// One item's answers across the group, as they are gathered.
#[derive(Default)]
struct Acc {
    scores: Vec<f64>,
    rest: Vec<f64>,
    answered: u32,
    counts: Vec<u32>,
}

/// The option ids an item's answers are counted by.
fn option_ids(body: &ItemBody) -> Vec<String> {
    match body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
            options.iter().map(|o| o.id.clone()).collect()
        }
        ItemBody::Situational { options, .. } => options.iter().map(|o| o.id.clone()).collect(),
        ItemBody::TrueFalse { .. } => vec!["true".into(), "false".into()],
        _ => Vec::new(),
    }
}

/// The item analysis of the tested items, in bank order. One pass over every answer.
pub fn item_analysis(bank: &Bank, results: &[ResultsFile]) -> Vec<ItemStats> {
    let tested: Vec<&crate::domain::bank::Item> = bank
        .items
        .iter()
        .filter(|item| item.body.evidence() == Evidence::Tested)
        .collect();
    let index: std::collections::HashMap<&str, usize> = tested
        .iter()
        .enumerate()
        .map(|(i, item)| (item.common.id.as_str(), i))
        .collect();
    let ids: Vec<Vec<String>> = tested.iter().map(|i| option_ids(&i.body)).collect();
    let mut acc: Vec<Acc> = ids
        .iter()
        .map(|o| Acc {
            counts: vec![0; o.len()],
            ..Acc::default()
        })
        .collect();
    for r in results {
        let items: Vec<(usize, f64, Option<&Answer>)> = r
            .items
            .iter()
            .filter(|i| i.evidence == Evidence::Tested)
            .filter_map(|i| {
                let k = *index.get(i.id.as_str())?;
                Some((
                    k,
                    f64::from(i.score_bp.unwrap_or(0)) / 10_000.0,
                    i.answer.as_ref(),
                ))
            })
            .collect();
        let sum: f64 = items.iter().map(|(_, s, _)| s).sum();
        let others = items.len() as f64 - 1.0;
        for (k, s, answer) in items {
            let (Some(a), Some(options)) = (acc.get_mut(k), ids.get(k)) else {
                continue;
            };
            a.scores.push(s);
            // The rest score leaves the item itself out (corrected item-total).
            a.rest.push(if others > 0.0 {
                (sum - s) / others
            } else {
                0.0
            });
            let Some(answer) = answer else { continue };
            a.answered += 1;
            let mut count = |c: &str| {
                if let Some(slot) = options
                    .iter()
                    .position(|o| o == c)
                    .and_then(|p| a.counts.get_mut(p))
                {
                    *slot += 1;
                }
            };
            match answer {
                Answer::Choice(c) => count(c),
                Answer::Choices(cs) => cs.iter().for_each(|c| count(c)),
                Answer::Bool(b) => count(if *b { "true" } else { "false" }),
                _ => {}
            }
        }
    }
    tested
        .iter()
        .zip(acc)
        .zip(ids)
        .map(|((item, a), option_ids)| {
            let presented = u32::try_from(a.scores.len()).unwrap_or(u32::MAX);
            let difficulty =
                (presented > 0).then(|| a.scores.iter().sum::<f64>() / f64::from(presented));
            let discrimination = correlation(&a.scores, &a.rest);
            let mut flags = Vec::new();
            if presented >= MIN_FOR_FLAGS {
                match difficulty {
                    Some(p) if p >= 0.9 => flags.push(ItemFlag::TooEasy),
                    Some(p) if p <= 0.2 => flags.push(ItemFlag::TooHard),
                    _ => {}
                }
                if discrimination.is_some_and(|d| d < 0.0) {
                    flags.push(ItemFlag::Negative);
                }
            }
            ItemStats {
                id: item.common.id.clone(),
                kind: item.body.kind(),
                presented,
                answered: a.answered,
                difficulty,
                discrimination,
                upper_lower: upper_lower(&a.scores, &a.rest),
                options: option_ids.into_iter().zip(a.counts).collect(),
                flags,
            }
        })
        .collect()
}
