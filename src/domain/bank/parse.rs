//! Reading a bank file: every problem at once, each with its path and line/column.

use serde_json::value::RawValue;

use super::item::Item;
use super::item_json::ItemJson;
use super::types::{Bank, BankDoc, Competency};
use super::{validate, BANK_FORMAT, BANK_FORMAT_VERSION, MAX_BANK_BYTES};
use crate::domain::locate::{element_positions, locate_all};
use crate::domain::problem::{Path, Problem, ProblemKind, Problems, Seg};
use crate::domain::read::{read_document, read_part};

/// The outcome of reading a bank: the bank when it has no errors, and every problem found
/// (warnings come with a usable bank too).
#[derive(Debug)]
pub struct BankReport {
    pub bank: Option<Bank>,
    pub problems: Vec<Problem>,
}

/// The most problems reported for one file; a file with more is not worth listing further.
pub const MAX_PROBLEMS: usize = 200;

/// Reads and checks a bank from its JSON text.
pub fn parse_bank(text: &str) -> BankReport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let failed = |p: Problem| BankReport {
        bank: None,
        problems: vec![p],
    };
    if text.len() as u64 > MAX_BANK_BYTES {
        return failed(Problem::error(
            Path::root(),
            ProblemKind::TooLarge {
                bytes: text.len() as u64,
                limit: MAX_BANK_BYTES,
            },
        ));
    }
    let doc: BankDoc<Box<RawValue>, Box<RawValue>> =
        match read_document(text, BANK_FORMAT, BANK_FORMAT_VERSION) {
            Ok(d) => d,
            Err(p) => return failed(p),
        };
    let mut problems = Problems::default();
    let (bank, kept) = decode(text, doc, &mut problems);
    let mut found = Problems::default();
    validate(&bank, &mut found);
    problems.0.extend(found.0.into_iter().map(|p| kept.original(p)));
    let mut problems = problems.0;
    problems.truncate(MAX_PROBLEMS);
    locate_all(text, &mut problems);
    let ok = !problems.iter().any(Problem::is_error);
    BankReport {
        bank: ok.then_some(bank),
        problems,
    }
}

/// Which competencies and items decoded, by their index in the file, so that problems found
/// on the decoded bank name the file's own indices.
#[derive(Default)]
struct Kept {
    competencies: Vec<usize>,
    items: Vec<usize>,
}

impl Kept {
    fn original(&self, mut p: Problem) -> Problem {
        if let [Seg::Key(list), Seg::Index(i), ..] = p.path.0.as_mut_slice() {
            let kept = match list.as_str() {
                "competencies" => &self.competencies,
                "items" => &self.items,
                _ => return p,
            };
            if let Some(&original) = kept.get(*i) {
                *i = original;
            }
        }
        p
    }
}

/// Decodes each competency and item on its own; those that fail are reported and left out, and
/// the rest of the bank is still validated so a trainer sees every problem in one pass.
fn decode(
    text: &str,
    doc: BankDoc<Box<RawValue>, Box<RawValue>>,
    out: &mut Problems,
) -> (Bank, Kept) {
    let mut kept = Kept::default();
    let root = Path::root();
    let list = root.key("competencies");
    let origins = element_positions(text, &list);
    let mut competencies = Vec::with_capacity(doc.competencies.len());
    for (i, raw) in doc.competencies.iter().enumerate() {
        let origin = origins.get(i).copied().unwrap_or((1, 1));
        match read_part::<Competency>(raw.get(), &list.index(i), origin) {
            Ok(c) => {
                competencies.push(c);
                kept.competencies.push(i);
            }
            Err(p) => out.0.push(p),
        }
    }
    let list = root.key("items");
    let origins = element_positions(text, &list);
    let mut items: Vec<Item> = Vec::with_capacity(doc.items.len());
    for (i, raw) in doc.items.iter().enumerate() {
        let path = list.index(i);
        let origin = origins.get(i).copied().unwrap_or((1, 1));
        let item = match read_part::<ItemJson>(raw.get(), &path, origin) {
            Ok(j) => j.into_item(&path, out),
            Err(p) => {
                out.0.push(p);
                None
            }
        };
        if let Some(item) = item {
            items.push(item);
            kept.items.push(i);
        }
    }
    let bank = Bank {
        format: doc.format,
        format_version: doc.format_version,
        id: doc.id,
        title: doc.title,
        version: doc.version,
        language: doc.language,
        description: doc.description,
        disclaimer: doc.disclaimer,
        likert_anchors: doc.likert_anchors,
        sources: doc.sources,
        roles: doc.roles,
        competencies,
        items,
    };
    (bank, kept)
}
