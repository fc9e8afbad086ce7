//! What a trainer chose for an imported file — a competency for each category that matched
//! none, one source for every item without one — kept on the device under the file's hash, so
//! the next import of the same file needs no choosing again.

use super::categories::{Choice, Mapping};
use super::intake::{Dropped, Intake};
use crate::domain::bank::canonical::sha256_hex;
use crate::domain::bank::SourceRef;
use crate::domain::format::json::{parse_value, to_text, Map, Value};
use crate::domain::format::problem::ProblemKind;

/// A trainer's choices for one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Remembered {
    /// By category key: the competency chosen (absent: a new one).
    pub categories: Mapping,
    /// The title (or id) of the source every item without one gets.
    pub source: Option<String>,
}

/// The hash the choices for `files` are kept under: of their names and texts.
pub fn files_hash(files: &[Dropped]) -> String {
    let mut all = String::new();
    for f in files {
        all.push_str(&f.name);
        all.push('\0');
        all.push_str(&f.text);
        all.push('\0');
    }
    sha256_hex(all.as_bytes())
}

impl Remembered {
    /// As stored: `{"categories": {"peran dan fungsi": "peran"}, "source": "PP 39/2012"}`.
    pub fn to_storage(&self) -> String {
        let mut categories = Map::new();
        for (k, c) in &self.categories {
            if let Choice::Competency(id) = c {
                categories.insert(k.clone(), Value::String(id.clone()));
            }
        }
        let mut o = Map::new();
        o.insert("categories".into(), Value::Object(categories));
        if let Some(s) = &self.source {
            o.insert("source".into(), Value::String(s.clone()));
        }
        to_text(&Value::Object(o))
    }

    /// Reads what [`Remembered::to_storage`] wrote; anything else is nothing remembered.
    pub fn from_storage(text: &str) -> Remembered {
        let Ok(v) = parse_value(text) else {
            return Remembered::default();
        };
        let categories = v
            .get("categories")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, id)| {
                        Some((k.clone(), Choice::Competency(id.as_str()?.to_owned())))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let source = v.get("source").and_then(Value::as_str).map(str::to_owned);
        Remembered { categories, source }
    }

    /// Gives every item of the bank without a source the chosen one (a source of the bank
    /// named by id or title, else a new one with that title); their warnings go.
    pub fn fill_sources(&self, got: &mut Intake) {
        let (Some(title), Some(bank)) = (self.source.as_deref(), got.bank.as_mut()) else {
            return;
        };
        let Some(id) = super::directives::source_id(bank, title.trim()) else {
            return;
        };
        for item in &mut bank.items {
            if item.common.source.is_none() {
                item.common.source = Some(SourceRef {
                    source: id.clone(),
                    locator: String::new(),
                });
            }
        }
        got.problems
            .retain(|p| !matches!(p.problem.kind, ProblemKind::NoSource));
    }
}

/// Reads `files` with the trainer's `choices`.
pub fn intake_with(files: &[Dropped], choices: &Remembered) -> Intake {
    let mut got = super::intake::intake(files, &choices.categories);
    choices.fill_sources(&mut got);
    got
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_kept_and_read_back() {
        let mut r = Remembered::default();
        r.categories.insert(
            "peran dan fungsi".into(),
            Choice::Competency("peran".into()),
        );
        r.categories.insert("sejarah".into(), Choice::New);
        r.source = Some("PP 39/2012".into());
        let back = Remembered::from_storage(&r.to_storage());
        assert_eq!(back.source, r.source);
        assert_eq!(back.categories.len(), 1, "a new competency is the default");
        assert_eq!(Remembered::from_storage("{rusak"), Remembered::default());
    }
}
