//! Handover: a results file carried from a candidate's phone to the trainer's laptop in QR codes,
//! with no network. The payload holds what the group view needs to re-score the attempt exactly —
//! the bank (id, version, the first 12 hex digits of its hash), the participant, mode, seed,
//! start, finish and every item by its position in the bank with its answer — and leaves out the
//! written text of open answers (their ratings travel; `text_left_out` says so) and the time of
//! each answer. [`read`] turns a payload back into a [`ResultsFile`] with the reader's copy of the
//! bank, so the group view takes it in exactly as a dropped file ([`code`] has the code texts).

pub mod bytes;
pub mod code;
pub mod image;

use std::collections::BTreeMap;
use std::sync::Arc;

use self::bytes::{Reader, Writer};
use crate::domain::attempt::{Answer, AnswerRecord, Attempt, Mode, OpenAnswer, Participant};
use crate::domain::bank::{CheckedBank, Item, ItemBody};
use crate::domain::format::problem::{Path, Problem, ProblemKind};
use crate::domain::format::time::parse_iso;
use crate::domain::results::ResultsFile;

/// The payload layout version.
pub const PAYLOAD_VERSION: u64 = 1;
/// How many hex digits of the bank's hash a payload carries.
const HASH_DIGITS: usize = 12;
/// The most options a multiple-choice item may have to be carried (a 64-bit mask).
const MAX_OPTIONS: usize = 64;

/// A results file ready to show as codes, and what they hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    pub codes: Vec<String>,
    pub items: usize,
    pub answered: usize,
    /// Some open answer had written text, which the codes do not carry.
    pub text_left_out: bool,
}

/// A problem of a whole code or payload (neither has paths inside).
fn problem(kind: ProblemKind) -> Problem {
    Problem::error(Path::root(), kind)
}

/// The option ids of a choice item, in the bank's order.
fn option_ids(body: &ItemBody) -> Vec<&str> {
    match body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
            options.iter().map(|o| o.id.as_str()).collect()
        }
        ItemBody::Situational { options, .. } => options.iter().map(|o| o.id.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// The codes of a results file made with `bank`.
pub fn encode(bank: &CheckedBank, results: &ResultsFile) -> Result<Handover, Problem> {
    let payload = payload(bank, results)?;
    let open_text = |a: &Option<Answer>| matches!(a, Some(Answer::Open(o)) if !o.text.is_empty());
    Ok(Handover {
        codes: code::codes(&payload),
        items: results.items.len(),
        answered: results.items.iter().filter(|i| i.answer.is_some()).count(),
        text_left_out: results.items.iter().any(|i| open_text(&i.answer)),
    })
}

/// The payload bytes of a results file made with `bank`.
pub fn payload(bank: &CheckedBank, results: &ResultsFile) -> Result<Vec<u8>, Problem> {
    let reference = &bank.reference;
    if results.bank != *reference {
        let name = |b: &crate::domain::bank::BankRef| format!("{} {}", b.id, b.version);
        let (expected, found) = (name(reference), name(&results.bank));
        return Err(problem(ProblemKind::OtherBank { expected, found }));
    }
    let time =
        |s: &str| parse_iso(s).ok_or_else(|| problem(ProblemKind::BadTime { text: s.to_owned() }));
    let started = time(&results.started_at)?;
    let mut w = Writer::default();
    w.uint(PAYLOAD_VERSION);
    w.text(&reference.id);
    w.text(&reference.version);
    w.text(
        reference
            .sha256
            .get(..HASH_DIGITS)
            .unwrap_or(&reference.sha256),
    );
    w.text(&results.app_version);
    w.text(&results.participant.name);
    w.text(&results.participant.role);
    w.text(&results.participant.region);
    // The mode's place in `Mode::ALL` (never reordered, only added to).
    w.uint(
        Mode::ALL
            .iter()
            .position(|m| *m == results.mode)
            .unwrap_or(0) as u64,
    );
    w.uint(u64::from(results.seed));
    w.int(started);
    w.int(time(&results.finished_at)? - started);
    w.uint(u64::from(results.timed_out));
    match &results.deadline {
        Some(d) => {
            w.uint(1);
            w.int(time(d)? - started);
        }
        None => w.uint(0),
    }
    w.uint(results.items.len() as u64);
    for item in &results.items {
        let position = bank.bank.items.iter().position(|i| i.common.id == item.id);
        let position = position.ok_or_else(|| {
            problem(ProblemKind::UnknownItem {
                id: item.id.chars().take(80).collect(),
            })
        })?;
        let found = bank
            .bank
            .items
            .get(position)
            .ok_or_else(|| problem(ProblemKind::QrDamaged))?;
        w.uint(position as u64);
        write_answer(&mut w, found, item.answer.as_ref())
            .ok_or_else(|| problem(ProblemKind::AnswerMismatch))?;
    }
    Ok(w.0)
}

/// One answer: 0 for none, else 1 + the option's index, the options' bit mask, 0/1 for
/// false/true, the scale value; an open answer is 1 then each criterion's level + 1 (0: not rated).
fn write_answer(w: &mut Writer, item: &Item, answer: Option<&Answer>) -> Option<()> {
    let Some(answer) = answer else {
        w.uint(0);
        return Some(());
    };
    let options = option_ids(&item.body);
    let index = |id: &str| options.iter().position(|o| *o == id);
    let code = match (answer, &item.body) {
        (Answer::Choice(id), _) => index(id)? as u64,
        (Answer::Choices(ids), _) if options.len() <= MAX_OPTIONS => ids
            .iter()
            .try_fold(0u64, |mask, id| Some(mask | 1u64 << index(id)?))?,
        (Answer::Bool(b), _) => u64::from(*b),
        (Answer::Scale(v), _) => u64::from(*v),
        (Answer::Open(open), ItemBody::OpenAnswer { criteria, .. }) => {
            w.uint(1);
            for c in criteria {
                w.uint(open.ratings.get(&c.id).map_or(0, |l| u64::from(*l) + 1));
            }
            return Some(());
        }
        _ => return None,
    };
    w.uint(code + 1);
    Some(())
}

/// An answer as [`write_answer`] wrote it, for `item`.
fn read_answer(r: &mut Reader, item: &Item) -> Option<Option<Answer>> {
    let code = r.uint()?;
    let Some(value) = code.checked_sub(1) else {
        return Some(None);
    };
    let options = option_ids(&item.body);
    let option = |i: u64| {
        options
            .get(usize::try_from(i).ok()?)
            .map(|s| (*s).to_owned())
    };
    let answer = match &item.body {
        ItemBody::SingleChoice { .. } | ItemBody::Situational { .. } => {
            Answer::Choice(option(value)?)
        }
        ItemBody::MultipleChoice { .. } => Answer::Choices(
            (0..64u64)
                .filter(|b| value & (1 << b) != 0)
                .map(option)
                .collect::<Option<_>>()?,
        ),
        ItemBody::TrueFalse { .. } => Answer::Bool(match value {
            0 => false,
            1 => true,
            _ => return None,
        }),
        ItemBody::Likert { .. } => Answer::Scale(u8::try_from(value).ok()?),
        ItemBody::OpenAnswer { criteria, .. } => {
            let mut ratings = BTreeMap::new();
            for c in criteria {
                if let Some(level) = r.uint()?.checked_sub(1) {
                    ratings.insert(c.id.clone(), u8::try_from(level).ok()?);
                }
            }
            Answer::Open(OpenAnswer {
                text: String::new(),
                ratings,
            })
        }
    };
    answer.fits(&item.body).then_some(Some(answer))
}

/// The results file of a payload, re-scored with the reader's copy of its bank (one of
/// `banks`). Refused: another layout version, a bank this device lacks, another text of it, a
/// payload that does not read.
pub fn read(payload: &[u8], banks: &[Arc<CheckedBank>]) -> Result<ResultsFile, Problem> {
    let damaged = || problem(ProblemKind::QrDamaged);
    let mut r = Reader(payload);
    let version = r.uint().ok_or_else(damaged)?;
    if version != PAYLOAD_VERSION {
        let supported = PAYLOAD_VERSION as u32;
        return Err(problem(ProblemKind::NewerVersion {
            found: version,
            supported,
        }));
    }
    let (id, bank_version, hash) = (r.text(), r.text(), r.text());
    let (Some(id), Some(bank_version), Some(hash)) = (id, bank_version, hash) else {
        return Err(damaged());
    };
    let named: Vec<&Arc<CheckedBank>> = banks
        .iter()
        .filter(|b| b.reference.id == id && b.reference.version == bank_version)
        .collect();
    let Some(bank) = named.iter().find(|b| b.reference.sha256.starts_with(&hash)) else {
        let bank = format!("{id} {bank_version}");
        return Err(problem(match named.first() {
            None => ProblemKind::QrUnknownBank { bank },
            Some(b) => ProblemKind::OtherBank {
                expected: format!(
                    "{bank} (sha256 {}…)",
                    b.reference.sha256.get(..HASH_DIGITS).unwrap_or("")
                ),
                found: format!("{bank} (sha256 {hash}…)"),
            },
        }));
    };
    attempt_of(&mut r, bank)
        .filter(|_| r.is_empty())
        .ok_or_else(damaged)
}

/// The rest of a payload after its bank, as the results file it stands for.
fn attempt_of(r: &mut Reader, bank: &CheckedBank) -> Option<ResultsFile> {
    let app_version = r.text()?;
    let participant = Participant {
        name: r.text()?,
        role: r.text()?,
        region: r.text()?,
    };
    let mode = *Mode::ALL.get(r.small::<usize>()?)?;
    let seed = r.small::<u32>()?;
    let started = r.int()?;
    let finished = started.checked_add(r.int()?)?;
    let timed_out = match r.uint()? {
        0 => false,
        1 => true,
        _ => return None,
    };
    let deadline = match r.uint()? {
        0 => None,
        1 => Some(started.checked_add(r.int()?)?),
        _ => return None,
    };
    let count = r.small::<usize>()?;
    let mut items = Vec::with_capacity(count.min(bank.bank.items.len()));
    let mut answers = BTreeMap::new();
    for _ in 0..count {
        let item = bank.bank.items.get(r.small::<usize>()?)?;
        items.push(item.common.id.clone());
        if let Some(answer) = read_answer(r, item)? {
            answers.insert(
                item.common.id.clone(),
                AnswerRecord {
                    answer,
                    at: finished,
                },
            );
        }
    }
    let mut attempt = Attempt::with_items(
        bank.reference.clone(),
        participant,
        mode,
        seed,
        items,
        started,
    );
    attempt.answers = answers;
    attempt.finished_at = Some(finished);
    attempt.deadline = deadline;
    attempt.timed_out = timed_out;
    let mut results = ResultsFile::from_attempt(&bank.bank, &attempt, &app_version, finished);
    for item in &mut results.items {
        item.answered_at = None;
    }
    Some(results)
}

/// Whether two answers are the same but for a written text one of them does not carry (an open
/// answer read from a code beside the same answer read from its file).
pub fn same_answer(a: Option<&Answer>, b: Option<&Answer>) -> bool {
    match (a, b) {
        (Some(Answer::Open(x)), Some(Answer::Open(y))) => {
            x.ratings == y.ratings && (x.text == y.text || x.text.is_empty() || y.text.is_empty())
        }
        (Some(Answer::Choices(x)), Some(Answer::Choices(y))) => {
            use std::collections::BTreeSet;
            x.iter().collect::<BTreeSet<_>>() == y.iter().collect::<BTreeSet<_>>()
        }
        _ => a == b,
    }
}
