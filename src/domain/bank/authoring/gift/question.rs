//! One GIFT question block as an item: the title, the text, the answers between braces and
//! what they make (single or multiple choice, situational, true/false, essay). Moodle's other
//! kinds (numerical, matching, short answer, description) are listed and skipped.

use super::unescape;
use crate::domain::bank::authoring::choices::{choice_body, Answer};
use crate::domain::bank::authoring::defaults::essay;
use crate::domain::bank::authoring::directives::Meta;
use crate::domain::bank::authoring::draft::Draft;
use crate::domain::bank::authoring::text::{html_to_text, number, part};
use crate::domain::bank::{Item, ItemBody};
use crate::domain::format::problem::ProblemKind as K;

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

/// GIFT text as plain text: escapes resolved, and HTML (a question marked `[html]`, its
/// answers and feedback too) read as text.
#[derive(Clone, Copy)]
struct Plain {
    html: bool,
}

impl Plain {
    /// The question text's format prefix, dropped; `[html]` makes the whole question HTML.
    fn of(text: &str) -> (Plain, &str) {
        let t = text.trim();
        for prefix in ["[plain]", "[moodle]", "[markdown]"] {
            if let Some(rest) = t.strip_prefix(prefix) {
                return (Plain { html: false }, rest);
            }
        }
        match t.strip_prefix("[html]") {
            Some(rest) => (Plain { html: true }, rest),
            None => (Plain { html: false }, t),
        }
    }

    fn text(self, s: &str) -> String {
        let s = unescape(s.trim());
        if self.html {
            html_to_text(&s)
        } else {
            s.trim().to_owned()
        }
    }
}

/// `::title::rest` as the title and the rest; `Err` when the title is not closed.
fn title(block: &str) -> Result<(String, &str), ()> {
    let Some(after) = block.strip_prefix("::") else {
        return Ok((String::new(), block));
    };
    match find_unescaped(after, ':').filter(|&i| part(after, i..).starts_with("::")) {
        Some(i) => Ok((
            unescape(part(after, ..i).trim()),
            part(after, i + 2..).trim(),
        )),
        None => Err(()),
    }
}

/// One question block (which starts at `line`): an item, or problems in `draft`.
pub(super) fn question(
    block: &str,
    line: usize,
    meta: Meta,
    category: &str,
    draft: &mut Draft,
) -> Option<Item> {
    let Ok((title, rest)) = title(block.trim()) else {
        draft.error(line, 1, K::GiftTitleOpen);
        return None;
    };
    let Some(open) = find_unescaped(rest, '{') else {
        // No answers: Moodle's description, which asks nothing.
        let (plain, text) = Plain::of(rest);
        let name = if title.is_empty() {
            plain.text(text)
        } else {
            title
        };
        draft.unsupported(line, "description", &name);
        return None;
    };
    let Some(close) = find_unescaped(part(rest, open..), '}').map(|i| i + open) else {
        draft.error(line, 1, K::GiftAnswersOpen);
        return None;
    };
    let (plain, before) = Plain::of(part(rest, ..open));
    let after = part(rest, close + 1..).trim();
    let text = match after.is_empty() {
        true => plain.text(before),
        false => format!("{} _____ {}", plain.text(before), plain.text(after)),
    };
    let answers = part(rest, open + 1..close).trim();
    let (answers, general) = match answers.find("####") {
        Some(i) => (
            part(answers, ..i).trim(),
            plain.text(part(answers, i + 4..)),
        ),
        None => (answers, String::new()),
    };
    let named = if title.is_empty() {
        text.clone()
    } else {
        title.clone()
    };
    let made = body(answers, text, &title, plain, meta.situational(), &general);
    let (prompt, body) = match made {
        Ok(made) => made,
        Err(kind) => {
            draft.unsupported(line, kind, &named);
            return None;
        }
    };
    let common = meta.common(
        &mut draft.bank,
        None,
        &title,
        "gift",
        Some(category),
        prompt,
        general,
    );
    Some(Item { common, body })
}

/// What the answers between the braces make, with the prompt; or Moodle's name of a kind no
/// item kind holds. An essay's model answer is the general feedback.
fn body(
    answers: &str,
    text: String,
    title: &str,
    plain: Plain,
    situational: bool,
    general: &str,
) -> Result<(String, ItemBody), &'static str> {
    let upper = answers.to_uppercase();
    if answers.is_empty() {
        return Ok((text, essay(general)));
    }
    if matches!(
        upper.split('#').next().map(str::trim),
        Some("T" | "TRUE" | "F" | "FALSE")
    ) {
        let answer = upper.trim_start().starts_with('T');
        return Ok((text, ItemBody::TrueFalse { answer }));
    }
    if answers.starts_with('#') {
        return Err("numerical");
    }
    if answers.contains("->") {
        return Err("matching");
    }
    let choices = choices(answers, plain);
    if choices.is_empty() || choices.iter().all(|(full, _)| *full) {
        return Err("shortanswer");
    }
    // Moodle writes a one-answer question's right answer with `=`, a many-answer one's with `~%…%`.
    let single = choices.iter().any(|(full, _)| *full);
    let answers = choices.into_iter().map(|(_, a)| a).collect();
    Ok(choice_body(text, title, answers, single, situational))
}

/// The answers of a choice question: whether each was marked `=`, and the answer.
fn choices(answers: &str, plain: Plain) -> Vec<(bool, Answer)> {
    split_unescaped(answers, &['=', '~'])
        .into_iter()
        .filter_map(|(mark, body)| {
            let full = mark? == '=';
            let body = body.trim();
            let (weight, body) = match body.strip_prefix('%').and_then(|b| b.split_once('%')) {
                Some((w, rest)) => (number(w), rest),
                None => (None, body),
            };
            let (text, feedback) = match find_unescaped(body, '#') {
                Some(i) => (part(body, ..i), plain.text(part(body, i + 1..))),
                None => (body, String::new()),
            };
            let answer = Answer {
                weight: weight.unwrap_or(if full { 100.0 } else { 0.0 }),
                text: plain.text(text),
                feedback,
            };
            Some((full, answer))
        })
        .collect()
}
