//! One GIFT question block as an item: the title, the text, the answers between braces and
//! what they make (single or multiple choice, situational, true/false, essay).

use super::read::{problem, Meta};
use super::unescape;
use crate::domain::bank::authoring::text::{number, part, slug};
use crate::domain::bank::authoring::FileProblem;
use crate::domain::bank::{
    Bank, ChoiceOption, CompetencyWeight, CreditOption, Criterion, Item, ItemBody, ItemCommon,
    Source, SourceRef,
};
use crate::domain::format::problem::ProblemKind as K;

/// One answer of a choice question: weight in percent, text, feedback.
struct Choice {
    weight: f64,
    full: bool,
    text: String,
    feedback: String,
}

/// Splits `s` at unescaped occurrences of any of `marks`, keeping each mark.
fn split_unescaped(s: &str, marks: &[char]) -> Vec<(Option<char>, String)> {
    let mut parts = vec![(None, String::new())];
    let mut escaped = false;
    for c in s.chars() {
        if escaped {
            if let Some(last) = parts.last_mut() {
                last.1.push('\\');
                last.1.push(c);
            }
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if marks.contains(&c) {
            parts.push((Some(c), String::new()));
        } else if let Some(last) = parts.last_mut() {
            last.1.push(c);
        }
    }
    parts
}

/// Position of the first unescaped `c` in `s` (byte offset).
fn find_unescaped(s: &str, c: char) -> Option<usize> {
    let mut escaped = false;
    for (i, ch) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if ch == '\\' {
            escaped = true;
        } else if ch == c {
            return Some(i);
        }
    }
    None
}

/// Drops a `[html]`/`[plain]`/`[markdown]`/`[moodle]` prefix, and HTML tags after `[html]`.
fn plain(text: &str) -> String {
    let t = text.trim();
    for prefix in ["[plain]", "[moodle]", "[markdown]"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            return rest.trim().to_owned();
        }
    }
    match t.strip_prefix("[html]") {
        Some(rest) => {
            let mut out = String::new();
            let mut in_tag = false;
            for c in rest.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => out.push(c),
                    _ => {}
                }
            }
            out.trim().to_owned()
        }
        None => t.to_owned(),
    }
}

/// One question block (which starts at `line`).
pub(super) fn question(
    block: &str,
    line: usize,
    meta: Meta,
    category: &Option<String>,
    n: usize,
    bank: &mut Bank,
    out: &mut Vec<FileProblem>,
) -> Option<Item> {
    let mut rest = block.trim();
    let mut title = String::new();
    if let Some(after) = rest.strip_prefix("::") {
        match find_unescaped(after, ':').filter(|&i| part(after, i..).starts_with("::")) {
            Some(i) => {
                title = unescape(part(after, ..i).trim());
                rest = part(after, i + 2..).trim();
            }
            None => {
                problem(out, line, 1, K::GiftTitleOpen);
                return None;
            }
        }
    }
    let Some(open) = find_unescaped(rest, '{') else {
        problem(
            out,
            line,
            1,
            K::Missing {
                field: "{ … }".into(),
            },
        );
        return None;
    };
    let Some(close) = find_unescaped(part(rest, open..), '}').map(|i| i + open) else {
        problem(out, line, 1, K::GiftAnswersOpen);
        return None;
    };
    let before = part(rest, ..open).trim();
    let after = part(rest, close + 1..).trim();
    let text = if after.is_empty() {
        unescape(&plain(before))
    } else {
        format!("{} _____ {}", unescape(&plain(before)), unescape(after))
    };
    let answers = part(rest, open + 1..close).trim();
    let (answers, general) = match answers.find("####") {
        Some(i) => (
            part(answers, ..i).trim(),
            unescape(part(answers, i + 4..).trim()),
        ),
        None => (answers, String::new()),
    };
    let competencies = if meta.tags.is_empty() {
        category
            .iter()
            .map(|c| CompetencyWeight {
                id: c.clone(),
                weight: 1.0,
            })
            .collect()
    } else {
        meta.tags
    };
    if competencies.is_empty() {
        problem(
            out,
            line,
            1,
            K::Missing {
                field: "$CATEGORY / [tag:…]".into(),
            },
        );
    }
    let Some((source, locator)) = meta.source else {
        problem(
            out,
            line,
            1,
            K::Missing {
                field: "// sumber: …".into(),
            },
        );
        return None;
    };
    let source = match bank
        .sources
        .iter()
        .find(|s| s.id == source || s.title == source)
    {
        Some(s) => s.id.clone(),
        None => {
            let id = match slug(&source) {
                s if s.is_empty() => "sumber".to_owned(),
                s => s,
            };
            bank.sources.push(Source {
                id: id.clone(),
                title: source,
                url: String::new(),
            });
            id
        }
    };
    let upper = answers.to_uppercase();
    let situational = meta.kind.as_deref().is_some_and(|k| k.starts_with("situ"));
    let (prompt, body) = if answers.is_empty() {
        let criteria = vec![Criterion {
            id: "kelengkapan".into(),
            name: "Kelengkapan jawaban".into(),
            levels: vec![
                "Belum menjawab pokok pertanyaan".into(),
                "Menjawab sebagian".into(),
                "Menjawab lengkap dengan contoh".into(),
            ],
        }];
        (
            text,
            ItemBody::OpenAnswer {
                guidance: Vec::new(),
                model_answer: general.clone(),
                criteria,
                speaking_seconds: None,
            },
        )
    } else if matches!(
        upper.split('#').next().map(str::trim),
        Some("T" | "TRUE" | "F" | "FALSE")
    ) {
        let answer = upper.trim_start().starts_with('T');
        (text, ItemBody::TrueFalse { answer })
    } else if answers.starts_with('#') || answers.contains("->") {
        problem(
            out,
            line,
            open + 1,
            K::UnknownVariant {
                found: "numerik / mencocokkan".into(),
                expected: "pilihan ganda, pilihan ganda kompleks, benar/salah, esai".into(),
            },
        );
        return None;
    } else {
        let choices = choices(answers);
        if choices.is_empty() || choices.iter().all(|c| c.full) {
            problem(
                out,
                line,
                open + 1,
                K::UnknownVariant {
                    found: "isian singkat".into(),
                    expected: "pilihan ganda, pilihan ganda kompleks, benar/salah, esai".into(),
                },
            );
            return None;
        }
        let full = choices.iter().filter(|c| c.weight >= 100.0).count();
        let partial = choices.iter().any(|c| c.weight > 0.0 && c.weight < 100.0);
        let negative = choices.iter().any(|c| c.weight < 0.0);
        let letters = ["a", "b", "c", "d", "e", "f", "g", "h"];
        let id = |i: usize| {
            letters
                .get(i)
                .map_or_else(|| format!("o{i}"), |l| (*l).to_owned())
        };
        if situational || (full == 1 && partial && !negative) {
            let options = choices
                .into_iter()
                .enumerate()
                .map(|(i, c)| CreditOption {
                    id: id(i),
                    text: c.text,
                    credit: (c.weight / 100.0).clamp(0.0, 1.0),
                    feedback: c.feedback,
                })
                .collect();
            let prompt = if title.is_empty() {
                "Pilih tindakan yang paling tepat.".to_owned()
            } else {
                title.clone()
            };
            (
                prompt,
                ItemBody::Situational {
                    scenario: text,
                    options,
                },
            )
        } else {
            let options: Vec<ChoiceOption> = choices
                .into_iter()
                .enumerate()
                .map(|(i, c)| ChoiceOption {
                    id: id(i),
                    text: c.text,
                    correct: c.weight > 0.0,
                })
                .collect();
            if full == 1 && !partial && !negative {
                (text, ItemBody::SingleChoice { options })
            } else {
                (text, ItemBody::MultipleChoice { options })
            }
        }
    };
    let id = meta.id.unwrap_or_else(|| match slug(&title) {
        s if s.is_empty() => format!("gift-{}", n + 1),
        s => s,
    });
    Some(Item {
        common: ItemCommon {
            id,
            prompt,
            competencies,
            roles: meta.roles,
            explanation: general,
            source: SourceRef { source, locator },
        },
        body,
    })
}

/// The answers of a choice question.
fn choices(answers: &str) -> Vec<Choice> {
    split_unescaped(answers, &['=', '~'])
        .into_iter()
        .filter_map(|(mark, body)| {
            let mark = mark?;
            let body = body.trim();
            let (weight, body) = match body.strip_prefix('%').and_then(|b| b.split_once('%')) {
                Some((w, rest)) => (number(w), rest),
                None => (None, body),
            };
            let (text, feedback) = match find_unescaped(body, '#') {
                Some(i) => (part(body, ..i), unescape(part(body, i + 1..).trim())),
                None => (body, String::new()),
            };
            let full = mark == '=';
            Some(Choice {
                weight: weight.unwrap_or(if full { 100.0 } else { 0.0 }),
                full,
                text: unescape(text.trim()),
                feedback,
            })
        })
        .collect()
}
