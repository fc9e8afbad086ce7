//! Reading a bank file: every problem at once, each with its path and line/column.

use super::types::Bank;
use super::{validate, BANK_FORMAT, MAX_BANK_BYTES};
use crate::domain::bank::codec::Kept;
use crate::domain::format::json::Value;
use crate::domain::format::problem::{check_size, Path, Problem, Problems, Seg};

/// The outcome of reading a bank: the bank when it has no errors, and every problem found
/// (warnings come with a usable bank too).
#[derive(Debug)]
pub struct BankReport {
    pub bank: Option<Bank>,
    pub problems: Vec<Problem>,
}

/// Reads and checks a bank from its JSON text.
pub fn parse_bank(text: &str) -> BankReport {
    if let Err(p) = check_size(text.len() as u64, MAX_BANK_BYTES) {
        return BankReport {
            bank: None,
            problems: vec![p],
        };
    }
    let (bank, problems) = BANK_FORMAT.read_value(text, read_and_validate);
    BankReport { bank, problems }
}

/// Reads a bank from its parsed JSON and validates it: every problem goes to `out` at its path
/// in the document. The bank comes back whenever it could be read, even with errors.
pub fn read_and_validate(out: &mut Problems, v: &Value) -> Option<Bank> {
    let (bank, kept) = Bank::decode_parts(out, v, &Path::root())?;
    let mut found = Problems::default();
    validate(&bank, &mut found);
    out.0
        .extend(found.0.into_iter().map(|p| original_index(&kept, p)));
    Some(bank)
}

/// Moves a problem's `items[i]` / `competencies[i]` to the index in the file.
fn original_index(kept: &Kept, mut p: Problem) -> Problem {
    if let [Seg::Key(list), Seg::Index(i), ..] = p.path.0.as_mut_slice() {
        let kept = match list.as_str() {
            "competencies" => &kept.competencies,
            "items" => &kept.items,
            _ => return p,
        };
        if let Some(&original) = kept.get(*i) {
            *i = original;
        }
    }
    p
}
