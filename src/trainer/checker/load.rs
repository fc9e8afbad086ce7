//! Where a bank to check comes from — files dropped or picked, or an address of this site — and
//! reading it into what the checker shows.

use std::sync::Arc;

use crate::domain::bank::authoring::categories::CategoryMatch;
use crate::domain::bank::authoring::intake::Dropped;
use crate::domain::bank::authoring::remembered::{files_hash, intake_with, Remembered};
use crate::domain::bank::authoring::FileProblem;
use crate::domain::bank::cues::{analyse, warnings, CueReport};
use crate::domain::bank::library::same_site_path;
use crate::domain::bank::{CheckedBank, MAX_BANK_BYTES};
use crate::domain::format::problem::{Path, Problem, ProblemKind};
use crate::platform::{fetch, files, storage};
use crate::view::storage_keys;

/// What to check.
#[derive(Clone)]
pub enum Source {
    Files(Vec<web_sys::File>),
    /// A path of this site (`?bank=` or the address field).
    Url(String),
}

/// What the checker found in the last files.
#[derive(Clone)]
pub struct Checked {
    pub names: Vec<String>,
    pub bank: Option<Arc<CheckedBank>>,
    pub problems: Vec<FileProblem>,
    /// The answer-cue analysis of the bank, when it could be read.
    pub cues: Option<Arc<CueReport>>,
    /// The files as read, and the warnings about how: to read them again with new choices.
    pub dropped: Arc<Vec<Dropped>>,
    read_warnings: Vec<FileProblem>,
    /// The categories of a question file and what each measures.
    pub categories: Vec<CategoryMatch>,
    /// The trainer's choices for these files (remembered on the device).
    pub choices: Remembered,
}

/// Reads the chosen files (each at most the bank size limit) as text: the files, with warnings
/// about how they were read, or why they could not be.
pub(in crate::trainer) async fn read_all(
    list: Vec<web_sys::File>,
) -> Result<(Vec<Dropped>, Vec<FileProblem>), Vec<FileProblem>> {
    let (mut out, mut warnings, mut problems) = (Vec::new(), Vec::new(), Vec::new());
    for file in list {
        let name = file.name();
        match files::read_bytes(&file, MAX_BANK_BYTES).await {
            Ok(bytes) => match Dropped::read(&name, bytes) {
                (Some(dropped), warning) => {
                    out.push(dropped);
                    warnings.extend(warning);
                }
                (None, problem) => problems.extend(problem),
            },
            Err(p) => problems.push(FileProblem::new(&name, p)),
        }
    }
    if problems.is_empty() {
        Ok((out, warnings))
    } else {
        Err(problems)
    }
}

/// Checks dropped files with the choices remembered for them.
pub fn check(dropped: Vec<Dropped>, read_warnings: Vec<FileProblem>) -> Checked {
    let key = storage_keys::import_choices(&files_hash(&dropped));
    let choices = storage::get(&key)
        .ok()
        .flatten()
        .map(|t| Remembered::from_storage(&t))
        .unwrap_or_default();
    check_with(Arc::new(dropped), read_warnings, choices)
}

/// The same files again with new choices, which are remembered.
pub fn recheck(c: &Checked, choices: Remembered) -> Checked {
    let key = storage_keys::import_choices(&files_hash(&c.dropped));
    let _ = storage::set(&key, &choices.to_storage());
    check_with(c.dropped.clone(), c.read_warnings.clone(), choices)
}

/// Checks dropped files; `read_warnings` (how they were read) come first, the answer-cue
/// analysis's warnings last.
fn check_with(
    dropped: Arc<Vec<Dropped>>,
    read_warnings: Vec<FileProblem>,
    choices: Remembered,
) -> Checked {
    let got = intake_with(&dropped, &choices);
    let cues = got.bank.as_ref().map(|b| Arc::new(analyse(b)));
    let file = dropped.first().map(|d| d.name.clone()).unwrap_or_default();
    let cue_warnings = cues
        .iter()
        .flat_map(|r| warnings(r))
        .map(|p| FileProblem::new(&file, p));
    let problems = read_warnings
        .iter()
        .cloned()
        .chain(got.problems)
        .chain(cue_warnings)
        .collect();
    Checked {
        cues,
        names: dropped.iter().map(|d| d.name.clone()).collect(),
        bank: got.bank.map(|b| Arc::new(CheckedBank::new(b))),
        problems,
        dropped,
        read_warnings,
        categories: got.categories,
        choices,
    }
}

/// Nothing but problems, about `names`.
fn refused(names: Vec<String>, problems: Vec<FileProblem>) -> Checked {
    Checked {
        names,
        bank: None,
        problems,
        cues: None,
        dropped: Arc::default(),
        read_warnings: Vec::new(),
        categories: Vec::new(),
        choices: Remembered::default(),
    }
}

/// Reads and checks `source`.
pub async fn load(source: Source) -> Checked {
    match source {
        Source::Files(list) => match read_all(list).await {
            Ok((dropped, warnings)) => check(dropped, warnings),
            Err(problems) => refused(Vec::new(), problems),
        },
        Source::Url(url) if !same_site_path(&url) => {
            let p = Problem::error(Path::root(), ProblemKind::BadUrl { url: url.clone() });
            refused(vec![url.clone()], vec![FileProblem::new(&url, p)])
        }
        Source::Url(url) => match fetch::fetch_text(&url, MAX_BANK_BYTES).await {
            Ok(text) => check(
                vec![Dropped {
                    name: url.clone(),
                    text,
                }],
                Vec::new(),
            ),
            Err(p) => refused(vec![url.clone()], vec![FileProblem::new(&url, p)]),
        },
    }
}
