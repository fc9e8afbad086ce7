//! Bringing banks in from what trainers already have — a spreadsheet (CSV), Moodle (GIFT,
//! Moodle XML) or Aiken text — and writing any bank back out in those formats. Problems name the
//! file, the line and the column, like the bank checker does for JSON. Nothing is refused that
//! could be kept: questions no item kind holds are listed and skipped, items without a source are
//! a warning, and categories that match no competency become new ones until a trainer maps them.

pub mod aiken;
pub mod categories;
pub mod choices;
pub mod csv_bank;
pub mod defaults;
pub mod directives;
pub mod draft;
pub mod gift;
pub mod intake;
pub mod moodle_xml;
pub mod remembered;
pub(crate) mod text;

use crate::domain::format::problem::Problem;

/// A problem in one of the files a bank was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblem {
    pub file: String,
    pub problem: Problem,
}

impl FileProblem {
    pub fn new(file: &str, problem: Problem) -> Self {
        FileProblem {
            file: file.to_owned(),
            problem,
        }
    }
}

/// Something of the bank an export does not carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lost {
    /// A can-do (Likert) item: GIFT and Moodle have no rating scale; left out.
    Likert(String),
    /// An open answer's rubric criteria (and speaking timer): Moodle essays have none.
    Rubric(String),
    /// The competencies' rubrics, the roles and the scale labels (they come back from the
    /// bundled bank when the file is read).
    BankFrame,
}
