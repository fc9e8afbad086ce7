//! Checking the bank being edited: the checker's own reading, validation and answer-cue analysis
//! of the document, every problem at the path of the field it is about.

use crate::domain::bank::cues::{analyse, warnings};
use crate::domain::bank::{read_and_validate, Bank, BANK_FORMAT};
use crate::domain::format::json::Value;
use crate::domain::format::problem::{Path, Problem, ProblemKind, Problems, Seg};

/// What checking the document found.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// The bank, when it has no error (usable: kept, downloaded, previewed).
    pub bank: Option<Bank>,
    /// The bank as far as it could be read, errors or not (for previews of the parts that read).
    pub read: Option<Bank>,
    /// Every problem, errors first in the order of the document, then warnings.
    pub problems: Vec<Problem>,
    /// The field each problem is about ([`field_of`]), in the same order.
    pub fields: Vec<Path>,
}

/// Checks `doc` as the bank checker checks a file: reading, validation, and the answer-cue
/// analysis when there is no error.
pub fn check(doc: &Value) -> Findings {
    let mut found = check_fields(doc);
    found.add_cues();
    found
}

/// Reading and validation only: what the editor shows at each keystroke (the cue analysis of a
/// bank of 200 items takes tens of milliseconds; it follows when typing pauses).
pub fn check_fields(doc: &Value) -> Findings {
    let mut out = Problems::default();
    let read = match BANK_FORMAT.check_header(doc) {
        Ok(_) => read_and_validate(&mut out, doc),
        Err(p) => {
            out.0.push(p);
            None
        }
    };
    let bank = read.clone().filter(|_| !out.has_errors());
    let mut found = Findings {
        bank,
        read,
        problems: out.0,
        fields: Vec::new(),
    };
    found.order();
    found
}

impl Findings {
    /// Adds the answer-cue analysis's warnings, when the bank has no error.
    pub fn add_cues(&mut self) {
        if let Some(b) = &self.bank {
            self.problems.extend(warnings(&analyse(b)));
            self.order();
        }
    }

    /// Errors first, and the field of each problem.
    fn order(&mut self) {
        self.problems.sort_by_key(|p| !p.is_error());
        self.fields = self.problems.iter().map(field_of).collect();
    }
}

/// The field a problem is about: for a missing field, the field rather than its object.
pub fn field_of(p: &Problem) -> Path {
    match &p.kind {
        ProblemKind::Missing { field } => p.path.key(field),
        _ => p.path.clone(),
    }
}

/// Whether `path` is `prefix` or below it.
pub fn is_under(path: &Path, prefix: &Path) -> bool {
    path.0.starts_with(&prefix.0)
}

impl Findings {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }

    /// The problems about the field at `path` exactly.
    pub fn at<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = &'a Problem> + 'a {
        self.with_fields()
            .filter(move |(f, _)| *f == path)
            .map(|(_, p)| p)
    }

    fn with_fields(&self) -> impl Iterator<Item = (&Path, &Problem)> {
        self.fields.iter().zip(&self.problems)
    }

    /// The problems about `path` or anything in it (an item and its options, say).
    pub fn under<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = &'a Problem> + 'a {
        self.with_fields()
            .filter(move |(f, _)| is_under(f, path))
            .map(|(_, p)| p)
    }

    /// Which items (by index, in order) have a problem, and whether one is an error.
    pub fn items_with_problems(&self) -> Vec<(usize, bool)> {
        let mut out: Vec<(usize, bool)> = Vec::new();
        for p in &self.problems {
            if let [Seg::Key(k), Seg::Index(i), ..] = p.path.0.as_slice() {
                if k != "items" {
                    continue;
                }
                match out.iter_mut().find(|(j, _)| j == i) {
                    Some((_, error)) => *error |= p.is_error(),
                    None => out.push((*i, p.is_error())),
                }
            }
        }
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::canonical_json;
    use crate::domain::format::json::parse_value;

    const MINI: &str = include_str!("../../../../public/banks/examples/contoh-mini.json");

    fn mini() -> Value {
        parse_value(MINI).unwrap_or_default()
    }

    fn item(i: usize) -> Path {
        Path::root().key("items").index(i)
    }

    #[test]
    fn a_good_bank_reads_and_its_problems_are_warnings_at_most() {
        let f = check(&mini());
        assert_eq!(f.errors(), 0, "{:#?}", f.problems);
        let bank = f.bank.expect("bank");
        assert_eq!(
            canonical_json(&bank),
            canonical_json(&parse_bank_text(MINI))
        );
    }

    fn parse_bank_text(t: &str) -> Bank {
        crate::domain::bank::parse_bank(t).bank.expect("bank")
    }

    #[test]
    fn problems_sit_at_the_field_they_are_about() {
        let mut doc = mini();
        let prompt = item(1).key("prompt");
        let weight = item(0).key("competencies").index(0).key("weight");
        assert!(super::super::edit::Op::Set {
            path: prompt.clone(),
            old: None,
            new: Some(Value::from(" "))
        }
        .apply(&mut doc));
        assert!(super::super::edit::Op::Set {
            path: weight.clone(),
            old: None,
            new: Some(Value::from("0,5"))
        }
        .apply(&mut doc));
        assert!(super::super::edit::Op::Set {
            path: item(2).key("explanation"),
            old: None,
            new: None
        }
        .apply(&mut doc));
        if let Some(o) = doc
            .get_mut("items")
            .and_then(|l| l.get_mut(3))
            .and_then(Value::as_object_mut)
        {
            o.shift_remove("prompt");
        }
        let f = check(&doc);
        assert!(f.bank.is_none());
        assert!(f.read.is_some(), "what reads is still there");
        assert_eq!(f.at(&prompt).count(), 1, "{:#?}", f.problems);
        assert_eq!(f.at(&weight).count(), 1, "{:#?}", f.problems);
        assert_eq!(
            f.at(&item(3).key("prompt")).count(),
            1,
            "missing: at the field"
        );
        assert!(f.under(&item(2)).all(|p| !p.is_error()));
        let with: Vec<usize> = f
            .items_with_problems()
            .iter()
            .filter(|(_, e)| *e)
            .map(|(i, _)| *i)
            .collect();
        assert_eq!(with, vec![0, 1, 3]);
        assert!(
            f.problems.first().is_some_and(Problem::is_error),
            "errors first"
        );
    }

    #[test]
    fn a_problem_found_after_reading_names_the_item_in_the_document() {
        // Item 0 fails to read (so the bank's items shift); item 2's empty prompt must still be
        // reported at items[2], not items[1].
        let mut doc = mini();
        let bad = Value::from(7);
        assert!(super::super::edit::Op::Set {
            path: item(0).key("kind"),
            old: None,
            new: Some(bad)
        }
        .apply(&mut doc));
        assert!(super::super::edit::Op::Set {
            path: item(2).key("prompt"),
            old: None,
            new: Some(Value::from(""))
        }
        .apply(&mut doc));
        let f = check(&doc);
        assert_eq!(f.at(&item(2).key("prompt")).count(), 1, "{:#?}", f.problems);
    }

    #[test]
    fn a_document_of_another_format_is_one_problem_at_the_top() {
        let f = check(&serde_json::json!({"format": "pilar-siap/results", "format_version": 1}));
        assert!(f.bank.is_none() && f.read.is_none());
        assert_eq!(f.errors(), 1);
    }
}
