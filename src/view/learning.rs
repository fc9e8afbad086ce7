//! What the learning loop's screens compute: the report's next steps, the history's progress per
//! competency, the study materials and the candidate's results on the items citing them.

use std::collections::BTreeMap;

use crate::domain::attempt::Mode;
use crate::domain::bank::{Bank, Evidence, Level};
use crate::domain::cohort::stats::shared_rubric;
use crate::domain::results::ResultsFile;
use crate::domain::scoring::FULL;

/// A competency's tested score in one attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    /// The competency's index in the bank.
    pub index: usize,
    pub percent_bp: u32,
    /// The rubric level reached.
    pub level: Option<Level>,
}

/// Readiness by tested evidence: the mean of the competencies' tested percentages, with the
/// level it reaches when every competency shares one rubric.
pub fn readiness(bank: &Bank, r: &ResultsFile) -> Option<(u32, Option<Level>)> {
    let tested: Vec<u32> = tested(bank, r).map(|s| s.percent_bp).collect();
    if tested.is_empty() {
        return None;
    }
    let sum: u64 = tested.iter().map(|&b| u64::from(b)).sum();
    let n = tested.len() as u64;
    let bp = u32::try_from((sum + n / 2) / n).unwrap_or(FULL);
    let level = shared_rubric(bank).and_then(|c| c.level_for(bp)).cloned();
    Some((bp, level))
}

/// The `n` competencies with the lowest tested percentage (ties in the bank's order).
pub fn weakest(bank: &Bank, r: &ResultsFile, n: usize) -> Vec<Standing> {
    let mut all: Vec<Standing> = tested(bank, r).collect();
    all.sort_by_key(|s| (s.percent_bp, s.index));
    all.truncate(n);
    all
}

fn tested<'a>(bank: &'a Bank, r: &'a ResultsFile) -> impl Iterator<Item = Standing> + 'a {
    bank.competencies
        .iter()
        .enumerate()
        .filter_map(move |(index, c)| {
            let s = r.competencies.iter().find(|s| s.id == c.id)?;
            let percent_bp = s.tested.as_ref()?.percent_bp?;
            let level = c.level_for(percent_bp).cloned();
            Some(Standing {
                index,
                percent_bp,
                level,
            })
        })
}

/// Of an attempt's tested items: how many earned full credit, and how many there were.
pub fn tally(r: &ResultsFile) -> (usize, usize) {
    let tested = r.items.iter().filter(|i| i.evidence == Evidence::Tested);
    let right = tested.clone().filter(|i| i.score_bp == Some(FULL)).count();
    (right, tested.count())
}

/// One attempt on a competency's progress chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The attempt's index in the history.
    pub entry: usize,
    pub percent_bp: u32,
    pub mode: Mode,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// A competency's headline percentage in every attempt on bank `bank_id` that scored it,
/// oldest first.
pub fn progress(entries: &[ResultsFile], bank_id: &str, competency: &str) -> Vec<Step> {
    entries
        .iter()
        .enumerate()
        .filter(|(_, r)| r.bank.id == bank_id)
        .filter_map(|(entry, r)| {
            let s = r.competencies.iter().find(|s| s.id == competency)?;
            Some(Step {
                entry,
                percent_bp: s.headline()?.1.percent_bp?,
                mode: r.mode,
                date: r.finished_at.get(..10).unwrap_or("").to_owned(),
            })
        })
        .collect()
}

/// Where the steps of a progress chart lie in a `width` × `height` box with `pad` around the
/// plot: evenly spaced left to right, 0 % at the bottom and 100 % at the top.
pub fn chart_points(steps: &[Step], width: f64, height: f64, pad: f64) -> Vec<(f64, f64)> {
    let n = steps.len();
    let span = (width - 2.0 * pad).max(0.0);
    steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let x = if n <= 1 {
                pad + span / 2.0
            } else {
                pad + span * i as f64 / (n - 1) as f64
            };
            let share = f64::from(s.percent_bp.min(FULL)) / f64::from(FULL);
            (x, height - pad - share * (height - 2.0 * pad))
        })
        .collect()
}

/// How the candidate last did on an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Right,
    Partial,
    Wrong,
    /// Not answered yet, or not scored right or wrong (a self-rating, an open answer).
    None,
}

/// An item citing a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub item: String,
    /// Where in the source, e.g. `Pasal 3`.
    pub locator: String,
    pub prompt: String,
    pub outcome: Outcome,
}

/// A source of the bank with the items citing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    /// The source's index in the bank.
    pub source: usize,
    pub citations: Vec<Citation>,
}

impl Material {
    /// Items citing it whose last answer earned less than full credit.
    pub fn to_study(&self) -> usize {
        let missed = |c: &&Citation| matches!(c.outcome, Outcome::Wrong | Outcome::Partial);
        self.citations.iter().filter(missed).count()
    }
}

/// The bank's sources with the items citing them (of `competency` only, when given) and the
/// candidate's last result on each, from `entries` on this bank: the sources with the most items
/// to study first, then in the bank's order. Sources no such item cites are listed last.
pub fn materials(bank: &Bank, entries: &[ResultsFile], competency: Option<&str>) -> Vec<Material> {
    let mut last: BTreeMap<&str, u32> = BTreeMap::new();
    for r in entries.iter().filter(|r| r.bank.id == bank.id) {
        for i in r.items.iter().filter(|i| i.evidence == Evidence::Tested) {
            if let Some(bp) = i.score_bp {
                last.insert(&i.id, bp);
            }
        }
    }
    let outcome = |id: &str| match last.get(id) {
        Some(&bp) if bp >= FULL => Outcome::Right,
        Some(0) => Outcome::Wrong,
        Some(_) => Outcome::Partial,
        None => Outcome::None,
    };
    let mut out: Vec<Material> = bank
        .sources
        .iter()
        .enumerate()
        .map(|(source, s)| Material {
            source,
            citations: bank
                .items
                .iter()
                .filter(|i| competency.is_none_or(|c| i.weight_for(c).is_some()))
                .filter_map(|i| {
                    let r = i.common.source.as_ref().filter(|r| r.source == s.id)?;
                    Some(Citation {
                        item: i.common.id.clone(),
                        locator: r.locator.clone(),
                        prompt: i.common.prompt.clone(),
                        outcome: outcome(&i.common.id),
                    })
                })
                .collect(),
        })
        .collect();
    out.sort_by_key(|m| {
        (
            m.citations.is_empty(),
            std::cmp::Reverse(m.to_study()),
            m.source,
        )
    });
    if competency.is_some() {
        out.retain(|m| !m.citations.is_empty());
    }
    out
}
