//! Bringing results files in. Each file is checked: its format version (newer ones refused), the
//! bank it names (known on this device and the same text, else grouped apart), its scores (re-
//! computed from its answers; a file whose stored scores, item kinds or answers disagree with
//! the bank is marked edited and the re-computed scores are used), and duplicates (same
//! participant and start) are counted once — a duplicate with other answers is said to differ.
//! Nothing is dropped without a line in the log. Results read from a QR code ([`Intake::add_code`])
//! go through the same checks; their open answers carry no text, so a duplicate is compared on
//! the ratings alone.

use std::collections::HashMap;
use std::sync::Arc;

use super::fast::parse_results_fast;
use crate::domain::bank::{BankRef, CheckedBank};
use crate::domain::format::problem::{check_size, Path, Problem, ProblemKind};
use crate::domain::results::handover::{self, same_answer};
use crate::domain::results::{is_edit, rescore, verify_by, ResultsFile, MAX_RESULTS_BYTES};

/// What happened to one file.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Accepted,
    /// Accepted; its stored scores differed from its answers' and were replaced.
    Edited,
    /// The same participant and start as a file already in, with the same answers: counted once.
    Duplicate,
    /// The same participant and start as a file already in, but other answers: only the first
    /// counts, and the log says so.
    DuplicateDiffers(Problem),
    /// Made with a bank this device does not have (or another version of it): kept apart.
    UnknownBank,
    /// Not usable, and why.
    Rejected(Problem),
}

/// One file's line in the log.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub file: String,
    pub outcome: Outcome,
}

/// Results made with one bank text.
#[derive(Debug, Clone)]
pub struct Group {
    pub bank: BankRef,
    /// The bank, when this device knows it.
    pub known: Option<Arc<CheckedBank>>,
    pub results: Vec<ResultsFile>,
}

/// How many files ended how.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub accepted: usize,
    /// Older format versions brought up to date (none exist yet: v1 is the first).
    pub migrated: usize,
    pub edited: usize,
    pub duplicates: usize,
    /// Of the duplicates, those whose answers differ from the first file's.
    pub differing: usize,
    pub unknown_bank: usize,
    pub rejected: usize,
}

/// A known bank and its items by id.
#[derive(Debug, Clone)]
struct Known {
    bank: Arc<CheckedBank>,
    index: HashMap<String, usize>,
}

/// Who and when: a results file's bank (id, version and text), participant and start.
type Key = (String, String, String, String, String);

/// Where a file already in is: its group, its place in it, its file name.
type Seen = (usize, usize, String);

/// Files read so far.
#[derive(Debug, Clone, Default)]
pub struct Intake {
    banks: Vec<Known>,
    seen: HashMap<Key, Seen>,
    pub groups: Vec<Group>,
    pub log: Vec<Entry>,
}

impl Intake {
    /// An intake that knows these banks.
    pub fn new(banks: Vec<Arc<CheckedBank>>) -> Self {
        let banks = banks
            .into_iter()
            .map(|bank| {
                let index = bank
                    .bank
                    .items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| (item.common.id.clone(), i))
                    .collect();
                Known { bank, index }
            })
            .collect();
        Intake {
            banks,
            ..Intake::default()
        }
    }

    /// The bank this device has for `bank`, if any.
    fn known(&self, bank: &BankRef) -> Option<Arc<CheckedBank>> {
        self.banks
            .iter()
            .find(|k| &k.bank.reference == bank)
            .map(|k| k.bank.clone())
    }

    /// Puts results into the group of their bank text, and remembers where under `key`.
    fn push(&mut self, key: Key, file: &str, results: ResultsFile) {
        let g = match self.groups.iter().position(|g| g.bank == results.bank) {
            Some(g) => g,
            None => {
                let known = self.known(&results.bank);
                self.groups.push(Group {
                    bank: results.bank.clone(),
                    known,
                    results: Vec::new(),
                });
                self.groups.len() - 1
            }
        };
        if let Some(group) = self.groups.get_mut(g) {
            self.seen
                .insert(key, (g, group.results.len(), file.to_owned()));
            group.results.push(results);
        }
    }

    /// A file with the same participant and start as one already in: the same answers, or
    /// other ones (named with the first file).
    fn duplicate(&self, seen: &Seen, results: &ResultsFile) -> Outcome {
        let (g, i, first) = seen;
        let Some(kept) = self.groups.get(*g).and_then(|g| g.results.get(*i)) else {
            return Outcome::Duplicate;
        };
        let same =
            kept.finished_at == results.finished_at
                && kept.mode == results.mode
                && kept.items.len() == results.items.len()
                && kept.items.iter().zip(&results.items).all(|(a, b)| {
                    a.id == b.id && same_answer(a.answer.as_ref(), b.answer.as_ref())
                });
        if same {
            Outcome::Duplicate
        } else {
            let kind = ProblemKind::DuplicateDiffers {
                first: first.clone(),
            };
            Outcome::DuplicateDiffers(Problem::warning(Path::root(), kind))
        }
    }

    fn note(&mut self, file: &str, outcome: Outcome) {
        self.log.push(Entry {
            file: file.to_owned(),
            outcome,
        });
    }

    /// Logs a file that could not be read at all (too large, unreadable, not in an archive).
    pub fn reject(&mut self, file: &str, problem: Problem) {
        self.note(file, Outcome::Rejected(problem));
    }

    /// Reads one file.
    pub fn add(&mut self, file: &str, text: &str) {
        if let Err(p) = check_size(text.len() as u64, MAX_RESULTS_BYTES) {
            return self.note(file, Outcome::Rejected(p));
        }
        let results = match parse_results_fast(text) {
            Ok(r) => r,
            Err(mut problems) => {
                let p = problems
                    .drain(..)
                    .next()
                    .unwrap_or_else(|| Problem::error(Path::root(), ProblemKind::Empty));
                return self.note(file, Outcome::Rejected(p));
            }
        };
        self.add_results(file, results);
    }

    /// Takes in the payload of a results code read by the camera ([`handover`]): turned back into
    /// its results file with this device's copy of the bank, then checked like a file. Refused
    /// (with the reason in the log) when the bank is not here or the payload does not read.
    pub fn add_code(&mut self, label: &str, payload: &[u8]) -> Result<ResultsFile, Problem> {
        let banks: Vec<Arc<CheckedBank>> = self.banks.iter().map(|k| k.bank.clone()).collect();
        match handover::read(payload, &banks) {
            Ok(results) => {
                self.add_results(label, results.clone());
                Ok(results)
            }
            Err(p) => {
                self.note(label, Outcome::Rejected(p.clone()));
                Err(p)
            }
        }
    }

    /// Takes in one results file, read.
    pub fn add_results(&mut self, file: &str, results: ResultsFile) {
        let b = &results.bank;
        let key = (
            format!("{}\u{0}{}\u{0}{}", b.id, b.version, b.sha256),
            results.participant.name.clone(),
            results.participant.role.clone(),
            results.participant.region.clone(),
            results.started_at.clone(),
        );
        // Checked before it is compared with the files already in: a broken copy is refused
        // for what is wrong with it.
        let bank_ref = results.bank.clone();
        let (results, outcome) = match self.banks.iter().find(|k| k.bank.reference == bank_ref) {
            None => (results, Outcome::UnknownBank),
            Some(known) => {
                let bank = &known.bank;
                let lookup = |id: &str| known.index.get(id).and_then(|&i| bank.bank.items.get(i));
                let problems = verify_by(&results, &bank.bank, &bank_ref, &lookup);
                if let Some(p) = problems.iter().find(|p| !is_edit(&p.kind)) {
                    let p = p.clone();
                    return self.note(file, Outcome::Rejected(p));
                }
                if problems.is_empty() {
                    (results, Outcome::Accepted)
                } else {
                    (rescore(&results, &bank.bank), Outcome::Edited)
                }
            }
        };
        if let Some(seen) = self.seen.get(&key) {
            let outcome = self.duplicate(seen, &results);
            return self.note(file, outcome);
        }
        self.push(key, file, results);
        self.note(file, outcome);
    }

    /// Counts of the log.
    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            files: self.log.len(),
            ..Summary::default()
        };
        for e in &self.log {
            match e.outcome {
                Outcome::Accepted => s.accepted += 1,
                Outcome::Edited => {
                    s.accepted += 1;
                    s.edited += 1;
                }
                Outcome::Duplicate => s.duplicates += 1,
                Outcome::DuplicateDiffers(_) => {
                    s.duplicates += 1;
                    s.differing += 1;
                }
                Outcome::UnknownBank => s.unknown_bank += 1,
                Outcome::Rejected(_) => s.rejected += 1,
            }
        }
        s
    }
}
