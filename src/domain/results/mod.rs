//! Results file v1: everything needed to see, share and re-check one finished attempt.
//! Re-scoring its answers with the same bank gives exactly its stored scores ([`verify`]).

pub mod handover;
pub mod history;
pub mod xapi;

use crate::domain::attempt::{Answer, Attempt, Mode, Participant};
use crate::domain::bank::{Bank, BankRef, Evidence, Item, ItemKind};
use crate::domain::format::envelope::{set_version, Format};
use crate::domain::format::json::to_pretty;
use crate::domain::format::problem::{check_size, Path, Problem, ProblemKind, Problems};
use crate::domain::format::record::Json;
use crate::domain::format::time::{format_iso, parse_iso};
use crate::domain::scoring::{basis_points, score_attempt, score_items, CompetencyScore};

/// The `format` and `format_version` every results file carries. Version 2 added the learning
/// loop's modes (`focus`, `retry`, `review`); a version 1 file reads unchanged.
pub const RESULTS_FORMAT: Format = Format {
    name: "pilar-siap/results",
    version: 2,
    upgrades: &[|v| set_version(v, 2)],
};
/// The largest results file the app reads, in bytes.
pub const MAX_RESULTS_BYTES: u64 = 2 * 1024 * 1024;

crate::record! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ResultsFile {
        pub format: String,
        pub format_version: u32,
        /// The app version that wrote the file.
        pub app_version: String,
        pub bank: BankRef,
        pub participant: Participant,
        pub mode: Mode,
        /// The seed that drew and ordered the items.
        pub seed: u32,
        /// ISO 8601 UTC.
        pub started_at: String,
        pub finished_at: String,
        /// Simulation: when time was up (ISO 8601 UTC).
        pub deadline: Option<String>,
        /// Simulation: submitted because time ran out.
        pub timed_out: bool = omit_default,
        /// Every item of the attempt, in the order shown.
        pub items: Vec<ItemResult>,
        pub competencies: Vec<CompetencyScore>,
    }
}

crate::record! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ItemResult {
        pub id: String,
        /// The item's kind, e.g. `single_choice`.
        pub kind: ItemKind,
        pub evidence: Evidence,
        pub answer: Option<Answer> where answer_shape,
        pub answered_at: Option<String>,
        /// Basis points (10000 = full credit); absent when unanswered.
        pub score_bp: Option<u32> where basis_points,
    }
}

/// The most characters of a written answer.
pub const MAX_ANSWER_CHARS: usize = 20_000;

/// What an answer may hold whatever its item: each option ticked once, a written answer of at
/// most [`MAX_ANSWER_CHARS`].
fn answer_shape(answer: &Option<Answer>) -> Option<ProblemKind> {
    match answer.as_ref()? {
        Answer::Choices(c) => c.iter().enumerate().find_map(|(i, id)| {
            let first = c.iter().position(|x| x == id).filter(|&f| f < i)?;
            Some(ProblemKind::DuplicateId {
                id: id.chars().take(80).collect(),
                first: format!("choices[{first}]"),
            })
        }),
        Answer::Open(o) => {
            let chars = o.text.chars().count();
            (chars > MAX_ANSWER_CHARS).then_some(ProblemKind::TooLong {
                chars,
                max: MAX_ANSWER_CHARS,
            })
        }
        _ => None,
    }
}

impl ResultsFile {
    /// The results file of a (finished or not) attempt.
    pub fn from_attempt(bank: &Bank, attempt: &Attempt, app_version: &str, now: i64) -> Self {
        let profile = score_attempt(bank, &attempt.items, &attempt.answer_map());
        let items = profile
            .items
            .iter()
            .map(|s| {
                let record = attempt.answers.get(&s.id);
                ItemResult {
                    id: s.id.clone(),
                    kind: s.kind,
                    evidence: s.evidence,
                    answer: record.map(|r| r.answer.clone()),
                    answered_at: record.map(|r| format_iso(r.at)),
                    score_bp: s.score_bp,
                }
            })
            .collect();
        ResultsFile {
            format: RESULTS_FORMAT.name.to_owned(),
            format_version: RESULTS_FORMAT.version,
            app_version: app_version.to_owned(),
            bank: attempt.bank.clone(),
            participant: attempt.participant.clone(),
            mode: attempt.mode,
            seed: attempt.seed,
            started_at: format_iso(attempt.started_at),
            finished_at: format_iso(attempt.finished_at.unwrap_or(now)),
            deadline: attempt.deadline.map(format_iso),
            timed_out: attempt.timed_out,
            items,
            competencies: profile.competencies,
        }
    }

    /// Pretty JSON, as downloaded.
    pub fn to_json(&self) -> String {
        to_pretty(&self.write())
    }

    /// A file name such as `hasil-pilar-siap-2026-11-27-budi.json`.
    pub fn file_name(&self) -> String {
        let date = self.finished_at.get(..10).unwrap_or("tanpa-tanggal");
        let name: String = self
            .participant
            .name
            .chars()
            .filter_map(|c| {
                if c.is_ascii_alphanumeric() {
                    Some(c.to_ascii_lowercase())
                } else if c.is_whitespace() || c == '-' {
                    Some('-')
                } else {
                    None
                }
            })
            .take(40)
            .collect();
        let name = name.trim_matches('-');
        if name.is_empty() {
            format!("hasil-pilar-siap-{date}.json")
        } else {
            format!("hasil-pilar-siap-{date}-{name}.json")
        }
    }
}

/// Reads a results file (format and version first, then structure); every problem is given.
pub fn parse_results(text: &str) -> Result<ResultsFile, Vec<Problem>> {
    check_size(text.len() as u64, MAX_RESULTS_BYTES).map_err(|p| vec![p])?;
    match RESULTS_FORMAT.read_value(text, |out, v| ResultsFile::read(out, v, &Path::root())) {
        (Some(r), _) => Ok(r),
        (None, problems) => Err(problems),
    }
}

/// Checks a results file against the bank it names: the same bank text, answers that fit their
/// items, valid times, and stored scores equal to the ones its answers give.
pub fn verify(results: &ResultsFile, bank: &Bank, bank_ref: &BankRef) -> Vec<Problem> {
    verify_by(results, bank, bank_ref, &|id| bank.item(id))
}

/// What a results file can be checked for without its bank: valid times, a finish not before the
/// start, no hidden characters in the name.
pub fn check_own(results: &ResultsFile) -> Vec<Problem> {
    let mut out = Problems::default();
    let times = [
        ("started_at", Some(&results.started_at)),
        ("finished_at", Some(&results.finished_at)),
        ("deadline", results.deadline.as_ref()),
    ];
    for (field, value) in times.into_iter().filter_map(|(f, v)| Some((f, v?))) {
        if parse_iso(value).is_none() {
            out.error(
                Path::root().key(field),
                ProblemKind::BadTime {
                    text: value.chars().take(40).collect(),
                },
            );
        }
    }
    for (i, item) in results.items.iter().enumerate() {
        let at = item
            .answered_at
            .as_deref()
            .filter(|t| parse_iso(t).is_none());
        if let Some(t) = at {
            out.error(
                Path::root().key("items").index(i).key("answered_at"),
                ProblemKind::BadTime {
                    text: t.chars().take(40).collect(),
                },
            );
        }
    }
    if results.app_version.trim().is_empty() {
        out.error(Path::root().key("app_version"), ProblemKind::Empty);
    }
    if let Some(c) = crate::domain::format::hidden::hidden_char(&results.participant.name) {
        out.error(
            Path::root().key("participant").key("name"),
            ProblemKind::HiddenCharacter {
                code: crate::domain::format::hidden::code_point(c),
            },
        );
    }
    if let (Some(start), Some(end)) = (
        parse_iso(&results.started_at),
        parse_iso(&results.finished_at),
    ) {
        if end < start {
            out.error(
                Path::root().key("finished_at"),
                ProblemKind::FinishedBeforeStart {
                    started: results.started_at.clone(),
                    finished: results.finished_at.clone(),
                },
            );
        }
    }
    out.0
}

/// Finds a bank's item by id (a linear search, or an index when many files are checked).
pub type Lookup<'a> = dyn Fn(&str) -> Option<&'a Item> + 'a;

/// [`verify`] with items found by `lookup`.
pub fn verify_by<'a>(
    results: &ResultsFile,
    bank: &'a Bank,
    bank_ref: &BankRef,
    lookup: &Lookup<'a>,
) -> Vec<Problem> {
    let mut out = Problems::default();
    let root = Path::root();
    if &results.bank != bank_ref {
        // Same id and version but another text: name the texts by their hashes.
        let same_name = results.bank.id == bank_ref.id && results.bank.version == bank_ref.version;
        let name = |b: &BankRef| {
            let hash = b.sha256.get(..12).unwrap_or(&b.sha256);
            if same_name {
                format!("{} {} (sha256 {hash}…)", b.id, b.version)
            } else {
                format!("{} {}", b.id, b.version)
            }
        };
        out.error(
            root.key("bank"),
            ProblemKind::OtherBank {
                expected: name(bank_ref),
                found: name(&results.bank),
            },
        );
        return out.0;
    }
    out.0.extend(check_own(results));
    let Some(pairs) = items_of(results, lookup, &mut out) else {
        return out.0;
    };
    let profile = score_items(bank, pairs.into_iter());
    for (i, (stored, computed)) in results.items.iter().zip(&profile.items).enumerate() {
        if stored.score_bp != computed.score_bp || stored.evidence != computed.evidence {
            out.error(
                root.key("items").index(i).key("score_bp"),
                ProblemKind::ScoreMismatch {
                    stored: show(&stored.score_bp),
                    computed: show(&computed.score_bp),
                },
            );
        }
    }
    if results.competencies != profile.competencies {
        out.error(
            root.key("competencies"),
            ProblemKind::ScoreMismatch {
                stored: summary(&results.competencies),
                computed: summary(&profile.competencies),
            },
        );
    }
    out.0
}

/// Each item of the file with the bank's item, checked against it: an item answered twice or
/// one the bank lacks stops the check (`None`); a kind or an answer that differs is an edit.
fn items_of<'a, 'r>(
    results: &'r ResultsFile,
    lookup: &Lookup<'a>,
    out: &mut Problems,
) -> Option<Vec<(&'a Item, Option<&'r Answer>)>> {
    let root = Path::root();
    let mut pairs = Vec::with_capacity(results.items.len());
    let mut seen = std::collections::HashMap::with_capacity(results.items.len());
    for (i, r) in results.items.iter().enumerate() {
        let p = root.key("items").index(i);
        if let Some(first) = seen.insert(r.id.as_str(), i) {
            // An item answered twice: no attempt gives that.
            let first = root.key("items").index(first).to_string();
            let id = r.id.chars().take(80).collect();
            out.error(p.key("id"), ProblemKind::DuplicateId { id, first });
            return None;
        }
        let Some(item) = lookup(&r.id) else {
            let id = r.id.chars().take(80).collect();
            out.error(p.key("id"), ProblemKind::UnknownItem { id });
            return None;
        };
        if r.kind != item.body.kind() {
            let stored = r.kind.name().to_owned();
            let bank = item.body.kind().name().to_owned();
            out.error(p.key("kind"), ProblemKind::KindMismatch { stored, bank });
        }
        if r.answer.as_ref().is_some_and(|a| !a.fits(&item.body)) {
            out.error(p.key("answer"), ProblemKind::AnswerMismatch);
        }
        pairs.push((item, r.answer.as_ref()));
    }
    Some(pairs)
}

/// Whether a problem [`verify`] finds means the file was changed by hand — scores, an item's
/// kind or an answer that disagree with the bank — rather than made with another bank: such a
/// file is read with its scores re-computed ([`rescore`]) and marked edited.
pub fn is_edit(kind: &ProblemKind) -> bool {
    matches!(
        kind,
        ProblemKind::ScoreMismatch { .. }
            | ProblemKind::KindMismatch { .. }
            | ProblemKind::AnswerMismatch
    )
}

/// The file with its scores re-computed from its answers (what an edited file is read as).
pub fn rescore(results: &ResultsFile, bank: &Bank) -> ResultsFile {
    let profile = score_items(
        bank,
        results
            .items
            .iter()
            .filter_map(|r| Some((bank.item(&r.id)?, r.answer.as_ref()))),
    );
    let mut out = results.clone();
    for (item, s) in out.items.iter_mut().zip(&profile.items) {
        item.kind = s.kind;
        item.score_bp = s.score_bp;
        item.evidence = s.evidence;
    }
    out.competencies = profile.competencies;
    out
}

fn show(v: &Option<u32>) -> String {
    v.map_or_else(|| "-".to_owned(), |n| n.to_string())
}

fn summary(c: &[CompetencyScore]) -> String {
    c.iter()
        .map(|c| {
            let p = c.headline().and_then(|(_, e)| e.percent_bp);
            format!("{}={}", c.id, show(&p))
        })
        .collect::<Vec<_>>()
        .join(", ")
}
