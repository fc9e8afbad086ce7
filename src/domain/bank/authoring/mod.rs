//! Bringing banks in from what trainers already have — a spreadsheet (CSV) or Moodle (GIFT) —
//! and writing any bank back out in those formats. Problems name the file, the line and the
//! column, like the bank checker does for JSON.

pub mod csv_bank;
pub mod defaults;
pub mod gift;
pub mod intake;
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
