//! Reading a bank file: every problem at once, each with its path and line/column.

use serde_json::{Map, Value};

use super::item::{Item, COMMON_FIELDS};
use super::types::{Bank, BankDoc, Competency};
use super::{validate, BANK_FORMAT, BANK_FORMAT_VERSION, MAX_BANK_BYTES};
use crate::domain::locate::locate_all;
use crate::domain::problem::{JsonKind, Path, Problem, ProblemKind, Problems, Seg};
use crate::domain::read::{check_format, decode_at, json_kind, syntax_problem};

/// The outcome of reading a bank: the bank when it has no errors, and every problem found
/// (warnings come with a usable bank too).
#[derive(Debug)]
pub struct BankReport {
    pub bank: Option<Bank>,
    pub problems: Vec<Problem>,
}

impl BankReport {
    fn failed(problems: Vec<Problem>) -> Self {
        BankReport {
            bank: None,
            problems,
        }
    }
}

/// Reads and checks a bank from its JSON text.
pub fn parse_bank(text: &str) -> BankReport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() as u64 > MAX_BANK_BYTES {
        return BankReport::failed(vec![Problem::error(
            Path::root(),
            ProblemKind::TooLarge {
                bytes: text.len() as u64,
                limit: MAX_BANK_BYTES,
            },
        )]);
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return BankReport::failed(vec![syntax_problem(&e)]),
    };
    let mut problems = Problems::default();
    if let Err(p) = check_format(&value, BANK_FORMAT, BANK_FORMAT_VERSION) {
        let mut p = vec![p];
        locate_all(text, &mut p);
        return BankReport::failed(p);
    }
    let decoded = decode(value, &mut problems);
    let bank = decoded.map(|(bank, kept)| {
        let mut found = Problems::default();
        validate(&bank, &mut found);
        problems.0.extend(found.0.into_iter().map(|p| kept.original(p)));
        bank
    });
    let mut problems = problems.0;
    locate_all(text, &mut problems);
    let ok = !problems.iter().any(Problem::is_error);
    BankReport {
        bank: bank.filter(|_| ok),
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

fn decode(value: Value, out: &mut Problems) -> Option<(Bank, Kept)> {
    let root = Path::root();
    let doc: BankDoc<Value, Value> = decode_at(value, &root, out)?;
    let mut kept = Kept::default();
    let mut competencies = Vec::with_capacity(doc.competencies.len());
    for (i, v) in doc.competencies.into_iter().enumerate() {
        let path = root.key("competencies").index(i);
        if let Some(c) = decode_at::<Competency>(v, &path, out) {
            competencies.push(c);
            kept.competencies.push(i);
        }
    }
    let mut items = Vec::with_capacity(doc.items.len());
    for (i, v) in doc.items.into_iter().enumerate() {
        if let Some(item) = decode_item(v, &root.key("items").index(i), out) {
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
    Some((bank, kept))
}

/// Decodes one item object in two halves: the common fields and the kind's own fields.
pub fn decode_item(value: Value, path: &Path, out: &mut Problems) -> Option<Item> {
    let Value::Object(map) = value else {
        out.error(
            path.clone(),
            ProblemKind::WrongType {
                found: json_kind(&value),
                expected: JsonKind::Object,
            },
        );
        return None;
    };
    let (common, body): (Map<String, Value>, Map<String, Value>) = map
        .into_iter()
        .partition(|(k, _)| COMMON_FIELDS.contains(&k.as_str()));
    let common = decode_at(Value::Object(common), path, out);
    let before = out.0.len();
    let body = decode_at(Value::Object(body), path, out);
    // An unknown field lands in the body half: list the common fields among the known ones.
    for p in out.0.iter_mut().skip(before) {
        if let ProblemKind::UnknownField { expected, .. } = &mut p.kind {
            let common: Vec<String> = COMMON_FIELDS.iter().map(|f| f.to_string()).collect();
            *expected = format!("{}, {expected}", common.join(", "));
        }
    }
    Some(Item {
        common: common?,
        body: body?,
    })
}
