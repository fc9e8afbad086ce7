//! Where a bank to check comes from — files dropped or picked, or an address of this site — and
//! reading it into what the checker shows.

use std::sync::Arc;

use crate::domain::bank::authoring::intake::{intake, Dropped};
use crate::domain::bank::authoring::FileProblem;
use crate::domain::bank::cues::{analyse, warnings, CueReport};
use crate::domain::bank::library::same_site_path;
use crate::domain::bank::{CheckedBank, MAX_BANK_BYTES};
use crate::domain::format::problem::{Path, Problem, ProblemKind};
use crate::platform::{fetch, files};

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
}

/// Reads the chosen files (each at most the bank size limit) as text: the files, with warnings
/// about how they were read, or why they could not be.
async fn read_all(
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

/// Checks dropped files; `read_warnings` (how they were read) come first, the answer-cue
/// analysis's warnings last.
pub fn check(dropped: &[Dropped], read_warnings: Vec<FileProblem>) -> Checked {
    let (bank, found, _) = intake(dropped);
    let cues = bank.as_ref().map(|b| Arc::new(analyse(b)));
    let file = dropped.first().map(|d| d.name.clone()).unwrap_or_default();
    let cue_warnings = cues
        .iter()
        .flat_map(|r| warnings(r))
        .map(|p| FileProblem::new(&file, p));
    let problems = read_warnings
        .into_iter()
        .chain(found)
        .chain(cue_warnings)
        .collect();
    Checked {
        cues,
        names: dropped.iter().map(|d| d.name.clone()).collect(),
        bank: bank.map(|b| Arc::new(CheckedBank::new(b))),
        problems,
    }
}

/// Nothing but problems, about `names`.
fn refused(names: Vec<String>, problems: Vec<FileProblem>) -> Checked {
    Checked {
        names,
        bank: None,
        problems,
        cues: None,
    }
}

/// Reads and checks `source`.
pub async fn load(source: Source) -> Checked {
    match source {
        Source::Files(list) => match read_all(list).await {
            Ok((dropped, warnings)) => check(&dropped, warnings),
            Err(problems) => refused(Vec::new(), problems),
        },
        Source::Url(url) if !same_site_path(&url) => {
            let p = Problem::error(Path::root(), ProblemKind::BadUrl { url: url.clone() });
            refused(vec![url.clone()], vec![FileProblem::new(&url, p)])
        }
        Source::Url(url) => match fetch::fetch_text(&url, MAX_BANK_BYTES).await {
            Ok(text) => check(
                &[Dropped {
                    name: url.clone(),
                    text,
                }],
                Vec::new(),
            ),
            Err(p) => refused(vec![url.clone()], vec![FileProblem::new(&url, p)]),
        },
    }
}
