//! A bank being read from a question file (GIFT, Moodle XML, Aiken): the bundled bank's frame,
//! the items read so far with the line each starts at, and the problems found. Finishing it
//! matches the file's categories to competencies, checks the bank and puts every problem of an
//! item at that item's line.

use super::categories::{resolve, CategoryMatch, Mapping};
use super::{defaults, FileProblem};
use crate::domain::bank::{validate, Bank, Item};
use crate::domain::format::problem::{Path, Problem, ProblemKind as K, Problems, Seg};

/// What reading a question file gave: the bank if it has no errors, every problem, and the
/// file's categories with the competency each measures now.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub bank: Option<Bank>,
    /// The bank as far as it was read, errors or not (to be fixed in the bank editor).
    pub as_read: Option<Bank>,
    pub problems: Vec<FileProblem>,
    pub categories: Vec<CategoryMatch>,
}

/// A bank being read from `file`.
pub struct Draft {
    pub bank: Bank,
    file: String,
    lines: Vec<usize>,
    pub problems: Vec<FileProblem>,
}

impl Draft {
    /// An empty bank on the bundled bank's frame; `None` only if the bundled bank is broken.
    pub fn new(file: &str) -> Option<Draft> {
        Some(Draft {
            bank: defaults::frame()?,
            file: file.to_owned(),
            lines: Vec::new(),
            problems: Vec::new(),
        })
    }

    /// Adds an item read at `line`. An id already taken (Moodle titles repeat) gets `-2`, `-3`…
    pub fn push(&mut self, mut item: Item, line: usize) {
        let taken = |id: &str, items: &[Item]| items.iter().any(|i| i.id() == id);
        if taken(item.id(), &self.bank.items) {
            let base = item.common.id.clone();
            let mut n = 2;
            while taken(&format!("{base}-{n}"), &self.bank.items) {
                n += 1;
            }
            item.common.id = format!("{base}-{n}");
        }
        self.bank.items.push(item);
        self.lines.push(line);
    }

    /// An error at `line`, `column` of the file.
    pub fn error(&mut self, line: usize, column: usize, kind: K) {
        let p = Problem::error(Path::root(), kind).at(line, column);
        self.problems.push(FileProblem::new(&self.file, p));
    }

    /// A warning at `line`, `column` of the file.
    pub fn warning(&mut self, line: usize, column: usize, kind: K) {
        let p = Problem::warning(Path::root(), kind).at(line, column);
        self.problems.push(FileProblem::new(&self.file, p));
    }

    /// A question of a kind no item kind can hold: said, and the others kept.
    pub fn unsupported(&mut self, line: usize, kind: &str, title: &str) {
        let (kind, title) = (kind.to_owned(), title.to_owned());
        self.warning(line, 1, K::UnsupportedQuestion { kind, title });
    }

    /// Matches categories (`mapping` holds the trainer's choices), checks the bank, and gives it
    /// back unless something is an error.
    pub fn finish(mut self, mapping: &Mapping) -> Imported {
        let categories = resolve(&mut self.bank, mapping);
        if self.bank.items.is_empty() {
            let field = "soal".to_owned();
            self.problems.push(FileProblem::new(
                &self.file,
                Problem::error(Path::root(), K::Missing { field }),
            ));
        }
        let mut found = Problems::default();
        validate(&self.bank, &mut found);
        for mut p in found.0 {
            if let [Seg::Key(k), Seg::Index(i), ..] = p.path.0.as_slice() {
                if let Some(&l) = self.lines.get(*i).filter(|_| k == "items") {
                    p = p.at(l, 1);
                }
            }
            self.problems.push(FileProblem::new(&self.file, p));
        }
        let ok = !self.problems.iter().any(|p| p.problem.is_error());
        Imported {
            bank: ok.then(|| self.bank.clone()),
            as_read: Some(self.bank),
            problems: self.problems,
            categories,
        }
    }
}
