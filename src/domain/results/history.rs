//! Finished attempts kept on the device, so a candidate sees how they changed; and the files
//! that move them between devices (one results file, or a whole history export).

use crate::domain::format::envelope::{set_version, Format};
use crate::domain::learning::{Card, Schedule};
use std::collections::BTreeMap;

use crate::domain::format::json::{to_pretty, to_text, Value};
use crate::domain::format::problem::{check_size, Path, Problem, ProblemKind, Problems, Seg};
use crate::domain::format::record::Json;
use crate::domain::results::{check_own, ResultsFile, RESULTS_FORMAT};

/// The `format` and `format_version` of a history (on the device, and as exported). Version 2
/// added the spaced review's cards (`review`); a version 1 history reads as one without cards.
pub const HISTORY_FORMAT: Format = Format {
    name: "pilar-siap/history",
    version: 2,
    upgrades: &[|v| set_version(v, 2)],
};
/// The largest history file the app imports, in bytes.
pub const MAX_HISTORY_BYTES: u64 = 20 * 1024 * 1024;

/// Finished attempts, oldest first, and the spaced review's cards their answers made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub entries: Vec<ResultsFile>,
    pub review: Schedule,
}

/// Two results are the same attempt when the same person started it at the same moment on the
/// same bank (a file imported twice, or from two devices).
fn same_attempt(a: &ResultsFile, b: &ResultsFile) -> bool {
    a.bank.id == b.bank.id && a.started_at == b.started_at && a.participant == b.participant
}

impl History {
    /// Adds a finished attempt, keeping the list in order of finishing; false if it was there.
    pub fn add(&mut self, r: ResultsFile) -> bool {
        if self.entries.iter().any(|e| same_attempt(e, &r)) {
            return false;
        }
        let at = self
            .entries
            .iter()
            .position(|e| e.finished_at > r.finished_at)
            .unwrap_or(self.entries.len());
        self.entries.insert(at, r);
        true
    }

    /// Adds a finished attempt of this device and files its answers in the spaced review (on a
    /// clock `offset_minutes` east of UTC); false if it was there.
    pub fn file(&mut self, r: ResultsFile, offset_minutes: i32) -> bool {
        self.review.learn(&r, offset_minutes);
        self.add(r)
    }

    /// Takes in an imported history (or one results file): its new attempts, filed in the review
    /// like this device's own, then its cards where they were answered later; how many attempts
    /// were new.
    pub fn take_in(&mut self, other: History, offset_minutes: i32) -> usize {
        let mut added = 0;
        for r in other.entries {
            if !self.entries.iter().any(|e| same_attempt(e, &r)) {
                added += usize::from(self.file(r, offset_minutes));
            }
        }
        self.review.merge(&other.review);
        added
    }

    /// The whole attempt on the same bank finished just before `r`, to compare with (the
    /// learning loop's short attempts are not compared).
    pub fn previous(&self, r: &ResultsFile) -> Option<&ResultsFile> {
        self.entries.iter().rev().find(|e| {
            e.mode.is_full()
                && e.bank.id == r.bank.id
                && e.finished_at < r.finished_at
                && !same_attempt(e, r)
        })
    }

    pub fn latest(&self) -> Option<&ResultsFile> {
        self.entries.last()
    }

    fn encode(&self) -> Value {
        let e = HISTORY_FORMAT
            .start()
            .list("results", &self.entries, ResultsFile::write);
        if self.review.is_empty() {
            return e.done();
        }
        e.val("review", self.review.banks.write()).done()
    }

    /// Compact text for the device.
    pub fn to_storage(&self) -> String {
        to_text(&self.encode())
    }

    /// Indented text for an export file.
    pub fn to_export(&self) -> String {
        to_pretty(&self.encode())
    }

    /// Reads a saved history.
    pub fn from_storage(text: &str) -> Result<History, Vec<Problem>> {
        let (h, problems) = HISTORY_FORMAT.read(text, |out, o| {
            let entries = o.list(out, "results", entry);
            let review = o.opt_with(
                out,
                "review",
                BTreeMap::<String, BTreeMap<String, Card>>::read,
            );
            Some(History {
                entries: entries?,
                review: Schedule {
                    banks: review.unwrap_or_default(),
                },
            })
        });
        h.ok_or(problems)
    }

    /// The results in a file a candidate imports: one results file, or a history export (with
    /// its review cards), each with the checks that need no bank (`check_own`).
    pub fn import(text: &str) -> Result<History, Vec<Problem>> {
        let History { entries, review } = Self::read_import(text)?;
        let many = entries.len() > 1;
        let problems: Vec<Problem> = entries
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                check_own(r).into_iter().map(move |mut p| {
                    if many {
                        p.path = Path(
                            [Seg::Key("results".into()), Seg::Index(i)]
                                .into_iter()
                                .chain(p.path.0)
                                .collect(),
                        );
                    }
                    p
                })
            })
            .collect();
        if problems.iter().any(Problem::is_error) {
            Err(problems)
        } else {
            Ok(History { entries, review })
        }
    }

    fn read_import(text: &str) -> Result<History, Vec<Problem>> {
        check_size(text.len() as u64, MAX_HISTORY_BYTES).map_err(|p| vec![p])?;
        let is_history = crate::domain::format::json::parse_value(text)
            .ok()
            .and_then(|v| v.get("format").and_then(Value::as_str).map(str::to_owned))
            .is_some_and(|f| f == HISTORY_FORMAT.name);
        if is_history {
            History::from_storage(text)
        } else {
            crate::domain::results::parse_results(text)
                .map(|r| History {
                    entries: vec![r],
                    review: Schedule::default(),
                })
                .map_err(|mut p| {
                    // A file that is neither: say both formats would do.
                    for p in &mut p {
                        if let ProblemKind::WrongFormat { expected, .. } = &mut p.kind {
                            *expected =
                                format!("{}\" / \"{}", RESULTS_FORMAT.name, HISTORY_FORMAT.name);
                        }
                    }
                    p
                })
        }
    }
}

/// One results file of a history: a results file's header, then its fields (an earlier
/// version brought up to date).
fn entry(out: &mut Problems, v: &Value, p: &Path) -> Option<ResultsFile> {
    match RESULTS_FORMAT.check_header(v) {
        Err(mut problem) => {
            problem.path = Path(p.0.iter().cloned().chain(problem.path.0).collect());
            out.0.push(problem);
            None
        }
        Ok(found) if found < RESULTS_FORMAT.version => {
            let mut v = v.clone();
            RESULTS_FORMAT.upgrade(&mut v, found);
            ResultsFile::read(out, &v, p)
        }
        Ok(_) => ResultsFile::read(out, v, p),
    }
}

/// Per competency, how far the headline percentage moved since `before` (basis points).
pub fn change(before: &ResultsFile, now: &ResultsFile) -> BTreeMap<String, i64> {
    let headline = |r: &ResultsFile| -> BTreeMap<String, i64> {
        r.competencies
            .iter()
            .filter_map(|c| Some((c.id.clone(), i64::from(c.headline()?.1.percent_bp?))))
            .collect()
    };
    let (b, n) = (headline(before), headline(now));
    n.into_iter()
        .filter_map(|(id, p)| Some((id.clone(), p - b.get(&id)?)))
        .collect()
}
