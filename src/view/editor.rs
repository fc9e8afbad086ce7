//! What Sunting Bank's pages compute: which part of the bank a path is in, the item list with
//! its filters, how a field's value is shown and read back from what the trainer typed, ids of
//! fields (to jump to a problem), and the next version of a bank already in use.

use crate::domain::bank::editing::check::is_under;
use crate::domain::bank::editing::Findings;
use crate::domain::bank::{BankRef, ItemKind};
use crate::domain::format::json::{number, Value};
use crate::domain::format::number::plain;
use crate::domain::format::problem::{Path, Seg};

/// A part of the bank, each with its own form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Info,
    Sources,
    Roles,
    Competency(usize),
    Item(usize),
}

impl Part {
    /// The part `path` is in (the bank's own fields: its details).
    pub fn of(path: &Path) -> Part {
        match path.0.as_slice() {
            [Seg::Key(k), rest @ ..] => match (k.as_str(), rest.first()) {
                ("sources", _) => Part::Sources,
                ("roles", _) => Part::Roles,
                ("competencies", Some(Seg::Index(i))) => Part::Competency(*i),
                ("items", Some(Seg::Index(i))) => Part::Item(*i),
                _ => Part::Info,
            },
            _ => Part::Info,
        }
    }

    /// Where the part is in the document.
    pub fn path(self) -> Path {
        let root = Path::root();
        match self {
            Part::Info => root,
            Part::Sources => root.key("sources"),
            Part::Roles => root.key("roles"),
            Part::Competency(i) => root.key("competencies").index(i),
            Part::Item(i) => root.key("items").index(i),
        }
    }
}

/// The id of the input of the field at `path`.
pub fn field_id(path: &Path) -> String {
    format!("f-{path}")
}

/// The ids to try, nearest first, to show the field at `path`: the field, then what holds it.
pub fn field_ids_towards(path: &Path) -> Vec<String> {
    (0..=path.0.len())
        .rev()
        .map(|n| field_id(&Path(path.0.get(..n).unwrap_or_default().to_vec())))
        .collect()
}

/// A text field's value as shown.
pub fn text_of(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => other.to_string(),
    }
}

/// What a number field holds after the trainer typed `text`: nothing when empty, a number
/// (a decimal comma is read as a point), or the text itself — which the checker then names
/// beside the field, so nothing typed is lost.
pub fn number_from(text: &str) -> Option<Value> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let n = t
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite());
    Some(n.map_or_else(|| Value::from(text), number))
}

/// A number field's value as shown (a text that is not a number yet stays as typed).
pub fn number_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::Number(n)) => n.as_f64().map(plain).unwrap_or_default(),
        other => text_of(other),
    }
}

/// A list of texts as lines.
pub fn lines_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::Array(l)) => l
            .iter()
            .map(|x| text_of(Some(x)))
            .collect::<Vec<_>>()
            .join("\n"),
        other => text_of(other),
    }
}

/// Lines back into a list of texts (empty lines left out; nothing typed: no list).
pub fn lines_from(text: &str) -> Option<Value> {
    let lines: Vec<Value> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(Value::from)
        .collect();
    (!lines.is_empty()).then_some(Value::Array(lines))
}

/// How the item list filters items.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemFilter {
    pub text: String,
    pub competency: String,
    pub role: String,
    pub kind: Option<ItemKind>,
    pub only_problems: bool,
}

/// One line of the item list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ItemRow {
    pub index: usize,
    pub id: String,
    pub kind: Option<ItemKind>,
    /// The prompt's first words.
    pub excerpt: String,
    /// `Some(true)` when the item has an error, `Some(false)` when only warnings.
    pub problem: Option<bool>,
}

fn str_at<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// The items of `doc` that pass `filter`, in the bank's order.
pub fn item_rows(doc: &Value, findings: &Findings, filter: &ItemFilter) -> Vec<ItemRow> {
    let with_problems = findings.items_with_problems();
    let needle = filter.text.trim().to_lowercase();
    let items = doc.get("items").and_then(Value::as_array);
    items
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(index, item)| {
            let kind = ItemKind::from_name(str_at(item, "kind"));
            let problem = with_problems
                .iter()
                .find(|(i, _)| *i == index)
                .map(|(_, e)| *e);
            let listed = |key: &str, want: &str| {
                want.is_empty()
                    || item.get(key).and_then(Value::as_array).is_some_and(|l| {
                        l.iter()
                            .any(|x| x.as_str() == Some(want) || str_at(x, "id") == want)
                    })
            };
            let every_role = item
                .get("roles")
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty);
            let keep = listed("competencies", &filter.competency)
                && (every_role || listed("roles", &filter.role))
                && filter.kind.is_none_or(|k| Some(k) == kind)
                && (!filter.only_problems || problem.is_some())
                && (needle.is_empty() || item.to_string().to_lowercase().contains(&needle));
            keep.then(|| ItemRow {
                index,
                id: str_at(item, "id").to_owned(),
                kind,
                excerpt: str_at(item, "prompt").chars().take(70).collect(),
                problem,
            })
        })
        .collect()
}

/// Whether the problems under `path` include an error.
pub fn has_error_under(findings: &Findings, path: &Path) -> bool {
    findings.under(path).any(|p| p.is_error())
}

/// Whether a bank with this id and version but other contents is known on this device (so
/// results may already refer to it, and a change needs a new version).
pub fn in_use(known: &[BankRef], mine: &BankRef) -> bool {
    known
        .iter()
        .any(|k| k.id == mine.id && k.version == mine.version && k.sha256 != mine.sha256)
}

/// The version after `v`: its last number one up (`2026.1` → `2026.2`, `1` → `2`), or `-2`
/// added when it has no number at the end.
pub fn next_version(v: &str) -> String {
    let digits = v.chars().rev().take_while(char::is_ascii_digit).count();
    let (head, tail) = v.split_at(v.len() - digits);
    match tail.parse::<u64>() {
        Ok(n) => format!("{head}{}", n + 1),
        Err(_) => format!("{v}-2"),
    }
}

/// Whether `path` is inside the part `part`.
pub fn in_part(path: &Path, part: Part) -> bool {
    is_under(path, &part.path())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::editing::check;
    use crate::domain::format::json::parse_value;

    const MINI: &str = include_str!("../../public/banks/examples/contoh-mini.json");

    #[test]
    fn a_path_names_its_part() {
        let root = Path::root();
        assert_eq!(Part::of(&root.key("title")), Part::Info);
        assert_eq!(
            Part::of(&root.key("sources").index(2).key("url")),
            Part::Sources
        );
        assert_eq!(
            Part::of(&root.key("items").index(4).key("options").index(1)),
            Part::Item(4)
        );
        assert_eq!(
            Part::of(&root.key("competencies").index(1)),
            Part::Competency(1)
        );
        assert_eq!(Part::of(&root.key("items")), Part::Info);
        for part in [Part::Info, Part::Roles, Part::Item(3), Part::Competency(0)] {
            assert_eq!(Part::of(&part.path()), part);
        }
    }

    #[test]
    fn numbers_typed_with_a_comma_are_numbers_and_other_text_is_kept() {
        assert_eq!(number_from("0,5"), Some(number(0.5)));
        assert_eq!(number_from(" 70 "), Some(number(70.0)));
        assert_eq!(number_from(""), None);
        assert_eq!(number_from("setengah"), Some(Value::from("setengah")));
        assert_eq!(number_text(number_from("0,5").as_ref()), "0.5");
        assert_eq!(number_text(Some(&Value::from("setengah"))), "setengah");
    }

    #[test]
    fn lines_round_trip_without_empty_lines() {
        let v = lines_from("Satu\n\n  Dua  \n");
        assert_eq!(lines_of(v.as_ref()), "Satu\nDua");
        assert_eq!(lines_from("\n \n"), None);
    }

    #[test]
    fn the_item_list_filters_by_every_criterion() {
        let doc = parse_value(MINI).unwrap_or_default();
        let f = check(&doc);
        let all = item_rows(&doc, &f, &ItemFilter::default());
        let n = doc["items"].as_array().map_or(0, Vec::len);
        assert_eq!(all.len(), n);
        let kind = all.first().and_then(|r| r.kind);
        let by_kind = item_rows(
            &doc,
            &f,
            &ItemFilter {
                kind,
                ..Default::default()
            },
        );
        assert!(!by_kind.is_empty() && by_kind.iter().all(|r| r.kind == kind));
        assert!(by_kind.len() < n);
        let word = all
            .first()
            .map(|r| r.excerpt.split(' ').next().unwrap_or("").to_owned())
            .unwrap_or_default();
        let by_text = item_rows(
            &doc,
            &f,
            &ItemFilter {
                text: word.to_uppercase(),
                ..Default::default()
            },
        );
        assert!(by_text.iter().any(|r| r.index == 0));
        let comp = doc["items"][0]["competencies"][0]["id"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        let by_comp = item_rows(
            &doc,
            &f,
            &ItemFilter {
                competency: comp,
                ..Default::default()
            },
        );
        assert!(by_comp.iter().any(|r| r.index == 0));
        let none = item_rows(
            &doc,
            &f,
            &ItemFilter {
                competency: "tidak-ada".into(),
                ..Default::default()
            },
        );
        assert!(none.is_empty());
        let mut broken = doc.clone();
        broken["items"][1]["prompt"] = Value::from("");
        let f = check(&broken);
        let only = item_rows(
            &broken,
            &f,
            &ItemFilter {
                only_problems: true,
                ..Default::default()
            },
        );
        assert!(
            only.iter().any(|r| r.index == 1 && r.problem == Some(true)),
            "{only:?}"
        );
    }

    #[test]
    fn a_bank_in_use_needs_a_new_version() {
        let r = |v: &str, sha: &str| BankRef {
            id: "b".into(),
            version: v.into(),
            sha256: sha.into(),
        };
        assert!(in_use(&[r("1", "aa")], &r("1", "bb")));
        assert!(!in_use(&[r("1", "aa")], &r("1", "aa")));
        assert!(!in_use(&[r("1", "aa")], &r("2", "bb")));
        assert_eq!(next_version("2026.1"), "2026.2");
        assert_eq!(next_version("9"), "10");
        assert_eq!(next_version("v"), "v-2");
        assert_eq!(next_version(""), "-2");
    }

    #[test]
    fn a_field_is_found_through_what_holds_it() {
        let p = Path::root().key("items").index(2).key("prompt");
        assert_eq!(field_id(&p), "f-items[2].prompt");
        assert_eq!(
            field_ids_towards(&p),
            vec!["f-items[2].prompt", "f-items[2]", "f-items", "f-"]
        );
    }
}
