//! A fast path for reading many results files: serde reads a well-formed file straight into
//! typed values, about three times faster than the general reader, which builds a JSON tree
//! first so it can name every problem. Anything the fast path does not accept goes to the general
//! reader, so what a file gives (or why it is refused) is the same either way; a property test
//! holds the two to that.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use crate::domain::attempt::{Answer, Mode, OpenAnswer, Participant};
use crate::domain::bank::{BankRef, Evidence};
use crate::domain::format::problem::Problem;
use crate::domain::results::{
    parse_results, ItemResult, ResultsFile, MAX_RESULTS_BYTES, RESULTS_FORMAT,
    RESULTS_FORMAT_VERSION,
};
use crate::domain::scoring::{CompetencyScore, EvidenceScore};

type Text<'a> = Cow<'a, str>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw<'a> {
    #[serde(borrow)]
    format: Text<'a>,
    format_version: u32,
    #[serde(borrow)]
    app_version: Text<'a>,
    #[serde(borrow)]
    bank: RawBank<'a>,
    #[serde(borrow)]
    participant: RawParticipant<'a>,
    #[serde(borrow)]
    mode: Text<'a>,
    seed: u32,
    #[serde(borrow)]
    started_at: Text<'a>,
    #[serde(borrow)]
    finished_at: Text<'a>,
    #[serde(default, borrow)]
    deadline: Option<Text<'a>>,
    #[serde(default)]
    timed_out: Option<bool>,
    #[serde(borrow)]
    items: Vec<RawItem<'a>>,
    #[serde(borrow)]
    competencies: Vec<RawCompetency<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBank<'a> {
    #[serde(borrow)]
    id: Text<'a>,
    #[serde(borrow)]
    version: Text<'a>,
    #[serde(borrow)]
    sha256: Text<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParticipant<'a> {
    #[serde(borrow)]
    name: Text<'a>,
    #[serde(borrow)]
    role: Text<'a>,
    #[serde(borrow)]
    region: Text<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem<'a> {
    #[serde(borrow)]
    id: Text<'a>,
    #[serde(borrow)]
    kind: Text<'a>,
    #[serde(borrow)]
    evidence: Text<'a>,
    #[serde(default)]
    answer: Option<RawAnswer>,
    #[serde(default, borrow)]
    answered_at: Option<Text<'a>>,
    #[serde(default)]
    score_bp: Option<u32>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum RawAnswer {
    Choice(String),
    Choices(Vec<String>),
    Bool(bool),
    Scale(u8),
    Open(RawOpen),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOpen {
    text: String,
    #[serde(default)]
    ratings: BTreeMap<String, u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompetency<'a> {
    #[serde(borrow)]
    id: Text<'a>,
    #[serde(default)]
    tested: Option<RawEvidence<'a>>,
    #[serde(default)]
    self_assessed: Option<RawEvidence<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvidence<'a> {
    items: u32,
    answered: u32,
    #[serde(default)]
    percent_bp: Option<u32>,
    #[serde(default, borrow)]
    level: Option<Text<'a>>,
}

fn evidence(e: Option<RawEvidence>) -> Option<Option<EvidenceScore>> {
    match e {
        None => Some(None),
        Some(e) if e.percent_bp.is_some_and(|p| p > 10_000) => None,
        Some(e) => Some(Some(EvidenceScore {
            items: e.items,
            answered: e.answered,
            percent_bp: e.percent_bp,
            level: e.level.map(Cow::into_owned),
        })),
    }
}

/// The file read the fast way, or `None` when only the general reader can say.
fn fast(text: &str) -> Option<ResultsFile> {
    let raw: Raw = serde_json::from_str(text).ok()?;
    if raw.format != RESULTS_FORMAT || raw.format_version != RESULTS_FORMAT_VERSION {
        return None;
    }
    let mode = match raw.mode.as_ref() {
        "practice" => Mode::Practice,
        "simulation" => Mode::Simulation,
        "interview" => Mode::Interview,
        _ => return None,
    };
    let mut items = Vec::with_capacity(raw.items.len());
    for i in raw.items {
        if i.score_bp.is_some_and(|s| s > 10_000) {
            return None;
        }
        items.push(ItemResult {
            id: i.id.into_owned(),
            kind: i.kind.into_owned(),
            evidence: Evidence::from_name(&i.evidence)?,
            answer: i.answer.map(|a| match a {
                RawAnswer::Choice(c) => Answer::Choice(c),
                RawAnswer::Choices(c) => Answer::Choices(c),
                RawAnswer::Bool(b) => Answer::Bool(b),
                RawAnswer::Scale(s) => Answer::Scale(s),
                RawAnswer::Open(o) => Answer::Open(OpenAnswer {
                    text: o.text,
                    ratings: o.ratings,
                }),
            }),
            answered_at: i.answered_at.map(Cow::into_owned),
            score_bp: i.score_bp,
        });
    }
    let mut competencies = Vec::with_capacity(raw.competencies.len());
    for c in raw.competencies {
        competencies.push(CompetencyScore {
            id: c.id.into_owned(),
            tested: evidence(c.tested)?,
            self_assessed: evidence(c.self_assessed)?,
        });
    }
    Some(ResultsFile {
        format: raw.format.into_owned(),
        format_version: raw.format_version,
        app_version: raw.app_version.into_owned(),
        bank: BankRef {
            id: raw.bank.id.into_owned(),
            version: raw.bank.version.into_owned(),
            sha256: raw.bank.sha256.into_owned(),
        },
        participant: Participant {
            name: raw.participant.name.into_owned(),
            role: raw.participant.role.into_owned(),
            region: raw.participant.region.into_owned(),
        },
        mode,
        seed: raw.seed,
        started_at: raw.started_at.into_owned(),
        finished_at: raw.finished_at.into_owned(),
        deadline: raw.deadline.map(Cow::into_owned),
        timed_out: raw.timed_out.unwrap_or(false),
        items,
        competencies,
    })
}

/// Reads a results file: the fast way when it can, else the general reader (same outcome).
pub fn parse_results_fast(text: &str) -> Result<ResultsFile, Vec<Problem>> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if (body.len() as u64) <= MAX_RESULTS_BYTES {
        if let Some(r) = fast(body) {
            return Ok(r);
        }
    }
    parse_results(text)
}
