//! Question categories of an imported file — Moodle's `$CATEGORY` and `<category>`, a GIFT tag,
//! an Aiken file's name — matched to the bank's competencies. A category matches a competency
//! whose id or name (Indonesian or English) is the same text, ignoring case, accents,
//! punctuation and the category's path (`$course$/top/Hukum` is `Hukum`). One that matches
//! nothing becomes a new competency with a default rubric, unless the trainer maps it to an
//! existing one; the trainers' app remembers that choice for the next import of the same file.

use std::collections::BTreeMap;

use super::text::slug;
use crate::domain::bank::{Bank, Competency, Level};

/// What a trainer chose for a category that matched no competency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// The category's items measure this competency (an id of the bank).
    Competency(String),
    /// A new competency named after the category, with a default rubric.
    New,
}

/// The trainer's choices, by category [`key`].
pub type Mapping = BTreeMap<String, Choice>;

/// A category of the file and what its items measure now.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryMatch {
    /// The category as the file writes it (last path segment).
    pub name: String,
    /// How many items are in it.
    pub items: usize,
    /// The competency it matched by id or name, if it did.
    pub matched: Option<String>,
    /// What it measures now: the match, the trainer's choice, or a new competency.
    pub choice: Choice,
}

/// The last segment of a Moodle category path: `$course$/top/Hukum` is `Hukum`; `//` is a slash
/// within a name.
pub fn last_segment(path: &str) -> String {
    let p = path.trim().replace("//", "\u{0}");
    let last = p.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    last.replace('\u{0}', "/").trim().to_owned()
}

/// The text a category or a competency is compared by: the last segment of a path, lower case,
/// accents dropped, every run of other characters one space.
pub fn key(name: &str) -> String {
    let last = last_segment(name);
    let mut out = String::new();
    for c in last.chars().flat_map(char::to_lowercase).map(fold) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// A Latin letter without its accent (`é` → `e`); other characters as they are.
fn fold(c: char) -> char {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿźżžśšşţťŕřł";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzzsssttrrl";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The competency of `bank` that `category` names, by id or name.
pub fn find(bank: &Bank, category: &str) -> Option<String> {
    let k = key(category);
    if k.is_empty() {
        return None;
    }
    bank.competencies
        .iter()
        .find(|c| [&c.id, &c.name, &c.name_en].iter().any(|n| key(n) == k))
        .map(|c| c.id.clone())
}

/// Gives every item of an imported `bank` competencies of the bank. The importers write a
/// category's name where the competency id goes; each one that is not already an id is matched
/// ([`find`]), else taken from `mapping`, else made a new competency. Competencies of the frame
/// that no item measures are then dropped. Returns the categories that were not ids, in the
/// order they first appear.
pub fn resolve(bank: &mut Bank, mapping: &Mapping) -> Vec<CategoryMatch> {
    let mut found: Vec<CategoryMatch> = Vec::new();
    let ids: Vec<String> = bank.competencies.iter().map(|c| c.id.clone()).collect();
    for item in &bank.items {
        for w in &item.common.competencies {
            if ids.contains(&w.id) {
                continue;
            }
            match found.iter_mut().find(|c| key(&c.name) == key(&w.id)) {
                Some(c) => c.items += 1,
                None => {
                    let matched = find(bank, &w.id);
                    let choice = match (&matched, mapping.get(&key(&w.id))) {
                        (Some(id), _) => Choice::Competency(id.clone()),
                        (None, Some(Choice::Competency(id))) if ids.contains(id) => {
                            Choice::Competency(id.clone())
                        }
                        _ => Choice::New,
                    };
                    found.push(CategoryMatch {
                        name: last_segment(&w.id),
                        items: 1,
                        matched,
                        choice,
                    });
                }
            }
        }
    }
    let mut target = BTreeMap::new();
    for c in &found {
        let id = match &c.choice {
            Choice::Competency(id) => id.clone(),
            Choice::New => {
                let comp = new_competency(bank, &c.name);
                let id = comp.id.clone();
                bank.competencies.push(comp);
                id
            }
        };
        target.insert(key(&c.name), id);
    }
    for item in &mut bank.items {
        for w in &mut item.common.competencies {
            if let Some(id) = target.get(&key(&w.id)).filter(|_| !ids.contains(&w.id)) {
                w.id.clone_from(id);
            }
        }
        dedupe(&mut item.common.competencies);
    }
    let items = &bank.items;
    bank.competencies
        .retain(|c| items.iter().any(|i| i.weight_for(&c.id).is_some()));
    found
}

/// One weight per competency (two categories mapped to one competency keep the first).
fn dedupe(weights: &mut Vec<crate::domain::bank::CompetencyWeight>) {
    let mut seen = Vec::new();
    weights.retain(|w| {
        let new = !seen.contains(&w.id);
        seen.push(w.id.clone());
        new
    });
}

/// A competency named after a category, with an id no other competency has.
fn new_competency(bank: &Bank, name: &str) -> Competency {
    let base = match slug(name) {
        s if s.is_empty() => "kategori".to_owned(),
        s => s,
    };
    let mut id = base.clone();
    let mut n = 2;
    while bank.competencies.iter().any(|c| c.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    Competency {
        id,
        name: name.to_owned(),
        name_en: name.to_owned(),
        description: format!("Kategori \"{name}\" dari file yang diimpor."),
        rubric: default_rubric(),
    }
}

/// The rubric a new competency gets: the bundled bank's three lower levels, said generally.
pub fn default_rubric() -> Vec<Level> {
    let level = |id: &str, label: &str, min: f64, descriptor: &str, recommendation: &str| Level {
        id: id.into(),
        label: label.into(),
        min,
        descriptor: descriptor.into(),
        recommendation: recommendation.into(),
    };
    vec![
        level(
            "perlu-belajar",
            "Perlu Belajar",
            0.0,
            "Belum menguasai sebagian besar soal kategori ini.",
            "Baca lagi bahan kategori ini, lalu ulangi latihannya dan baca penjelasan setiap soal.",
        ),
        level(
            "berkembang",
            "Berkembang",
            50.0,
            "Menguasai sebagian soal kategori ini, tetapi masih keliru pada beberapa pokok.",
            "Ulangi soal yang keliru dan catat pokok yang belum dikuasai.",
        ),
        level(
            "siap",
            "Siap",
            70.0,
            "Menguasai hampir semua soal kategori ini.",
            "Pertahankan dengan latihan berkala dan jelaskan jawaban dengan contoh sendiri.",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_accents_punctuation_and_path() {
        assert_eq!(key("$course$/top/Hukum"), "hukum");
        assert_eq!(key("Peran & Fungsi"), "peran fungsi");
        assert_eq!(key("peran-fungsi"), "peran fungsi");
        assert_eq!(key("Élan Sosial/"), "elan sosial");
        assert_eq!(key("  "), "");
        assert_eq!(last_segment("$course$/top/A//B"), "A/B");
    }
}
