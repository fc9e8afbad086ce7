//! The Aiken format many CBT tools and Moodle import, often typed in a word processor:
//!
//! ```text
//! Siapa yang menetapkan PSM?
//! A. Bupati
//! B) Menteri Sosial
//! c. Kepala desa
//! ANSWER: B
//! ```
//!
//! A question is its text (one line or more), then options `A.` or `A)` (either case), then the
//! `ANSWER:` line; blank lines between questions are allowed. Every question is single choice.
//! A question that cannot be read is skipped with a warning at its line and the others are
//! kept. Aiken has no categories: the items measure one competency named after the file.

use super::categories::{last_segment, Mapping};
use super::draft::{Draft, Imported};
use super::text::slug;
use crate::domain::bank::{ChoiceOption, CompetencyWeight, Item, ItemBody, ItemCommon};
use crate::domain::format::problem::ProblemKind as K;

/// A question being read: its first line, its text and its options so far.
#[derive(Default)]
struct Question {
    line: usize,
    text: Vec<String>,
    options: Vec<(char, String)>,
}

/// `A. text`, `b) text`: the option's letter (upper case) and text.
fn option(line: &str) -> Option<(char, String)> {
    let mut chars = line.chars();
    let letter = chars.next().filter(char::is_ascii_alphabetic)?;
    let mark = chars.next().filter(|c| *c == '.' || *c == ')')?;
    let rest = line.get(letter.len_utf8() + mark.len_utf8()..)?;
    let starts_with_space = rest.starts_with(|c: char| c.is_whitespace());
    (starts_with_space && !rest.trim().is_empty())
        .then(|| (letter.to_ascii_uppercase(), rest.trim().to_owned()))
}

/// The letter of an `ANSWER: B` line (`Answer : b`, `JAWABAN: B` too).
fn answer(line: &str) -> Option<String> {
    let (head, rest) = line.split_once(':')?;
    let head = head.trim().to_uppercase();
    (head == "ANSWER" || head == "JAWABAN").then(|| rest.trim().to_uppercase())
}

/// Reads a bank from Aiken text; its items measure the category named after `file` (without
/// its extension), and problems are about `file`.
pub fn import_aiken(text: &str, file: &str, mapping: &Mapping) -> Imported {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(mut draft) = Draft::new(file) else {
        return Imported::default();
    };
    let category = last_segment(file.rsplit_once('.').map_or(file, |(s, _)| s));
    let mut q = Question::default();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.replace('\u{a0}', " ");
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(letter) = answer(line) {
            let done = std::mem::take(&mut q);
            finish(done, &letter, &category, &mut draft);
        } else if let Some(o) = option(line).filter(|_| !q.text.is_empty()) {
            q.options.push(o);
        } else if q.options.is_empty() {
            if q.text.is_empty() {
                q.line = i + 1;
            }
            q.text.push(line.to_owned());
        } else {
            // Text after the options without an ANSWER line: the last question had none.
            draft.warning(q.line, 1, K::AikenNoAnswer);
            q = Question {
                line: i + 1,
                text: vec![line.to_owned()],
                options: Vec::new(),
            };
        }
    }
    if !q.text.is_empty() {
        draft.warning(q.line, 1, K::AikenNoAnswer);
    }
    draft.finish(mapping)
}

/// The item a question makes, added to `draft`, or a warning why it is skipped.
fn finish(q: Question, letter: &str, category: &str, draft: &mut Draft) {
    if q.options.len() < 2 {
        draft.warning(q.line, 1, K::AikenFewOptions);
        return;
    }
    let Some(key) = q.options.iter().position(|(l, _)| l.to_string() == letter) else {
        let found = letter.to_owned();
        draft.warning(q.line, 1, K::AikenAnswerUnknown { letter: found });
        return;
    };
    let options = q
        .options
        .into_iter()
        .enumerate()
        .map(|(i, (l, text))| ChoiceOption {
            id: l.to_ascii_lowercase().to_string(),
            text,
            correct: i == key,
        })
        .collect();
    let n = draft.bank.items.len();
    let item = Item {
        common: ItemCommon {
            id: format!("{}-{}", slug_or(category), n + 1),
            prompt: q.text.join("\n"),
            competencies: vec![CompetencyWeight {
                id: category.to_owned(),
                weight: 1.0,
            }],
            roles: Vec::new(),
            explanation: String::new(),
            source: None,
        },
        body: ItemBody::SingleChoice { options },
    };
    draft.push(item, q.line);
}

fn slug_or(category: &str) -> String {
    match slug(category) {
        s if s.is_empty() => "aiken".to_owned(),
        s => s,
    }
}

/// Whether a `.txt` file is Aiken rather than GIFT: it has an `ANSWER:` line and no braces.
pub fn looks_like_aiken(text: &str) -> bool {
    !text.contains('{') && text.lines().any(|l| answer(l.trim()).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_and_answers_in_every_spelling() {
        assert_eq!(option("A. Bupati"), Some(('A', "Bupati".into())));
        assert_eq!(option("b) Menteri"), Some(('B', "Menteri".into())));
        assert_eq!(option("A.Bupati"), None);
        assert_eq!(option("Apa itu PSM?"), None);
        assert_eq!(answer("ANSWER: b"), Some("B".into()));
        assert_eq!(answer("Answer : C"), Some("C".into()));
        assert_eq!(answer("Catatan: ini"), None);
    }
}
