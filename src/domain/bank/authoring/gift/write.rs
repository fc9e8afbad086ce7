//! Writing a bank as GIFT, with a list of what GIFT cannot carry.

use super::escape;
use crate::domain::bank::authoring::text::show_number;
use crate::domain::bank::{Bank, Item, ItemBody};

/// Something of the bank the GIFT file does not carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lost {
    /// A can-do (Likert) item: GIFT has no rating scale; left out.
    Likert(String),
    /// An open answer's rubric criteria (and speaking timer): GIFT essays have none.
    Rubric(String),
    /// The competencies' rubrics, the roles and the scale labels (they come back from the
    /// bundled bank when the file is read).
    BankFrame,
}

fn comments(item: &Item) -> String {
    let c = &item.common;
    let tags: Vec<String> = c
        .competencies
        .iter()
        .map(|w| {
            if w.weight == 1.0 {
                format!("[tag:{}]", w.id)
            } else {
                format!("[tag:{}:{}]", w.id, show_number(w.weight))
            }
        })
        .collect();
    let mut s = format!("// [id:{}] {}\n", c.id, tags.join(" "));
    if c.source.locator.is_empty() {
        s.push_str(&format!("// sumber: {}\n", c.source.source));
    } else {
        s.push_str(&format!(
            "// sumber: {} | {}\n",
            c.source.source, c.source.locator
        ));
    }
    if !c.roles.is_empty() {
        s.push_str(&format!("// peran: {}\n", c.roles.join(", ")));
    }
    s
}

fn general(item: &Item) -> String {
    if item.common.explanation.is_empty() {
        String::new()
    } else {
        format!("\n  ####{}", escape(&item.common.explanation))
    }
}

fn question(item: &Item, lost: &mut Vec<Lost>) -> Option<String> {
    let c = &item.common;
    let head = comments(item);
    let title = format!("::{}::", escape(&c.id));
    let text = match &item.body {
        ItemBody::SingleChoice { options } => {
            let lines: Vec<String> = options
                .iter()
                .map(|o| format!("  {}{}", if o.correct { "=" } else { "~" }, escape(&o.text)))
                .collect();
            format!(
                "{title}{} {{\n{}{}\n}}",
                escape(&c.prompt),
                lines.join("\n"),
                general(item)
            )
        }
        ItemBody::MultipleChoice { options } => {
            let right = options.iter().filter(|o| o.correct).count().max(1);
            let lines: Vec<String> = options
                .iter()
                .map(|o| {
                    let w = if o.correct {
                        100.0 / right as f64
                    } else {
                        -100.0
                    };
                    format!("  ~%{}%{}", trim_weight(w), escape(&o.text))
                })
                .collect();
            format!(
                "{title}{} {{\n{}{}\n}}",
                escape(&c.prompt),
                lines.join("\n"),
                general(item)
            )
        }
        ItemBody::TrueFalse { answer } => format!(
            "{title}{} {{{}{}}}",
            escape(&c.prompt),
            if *answer { "TRUE" } else { "FALSE" },
            general(item)
        ),
        ItemBody::Situational { scenario, options } => {
            let lines: Vec<String> = options
                .iter()
                .map(|o| {
                    let mark = if o.credit >= 1.0 {
                        "=".to_owned()
                    } else if o.credit > 0.0 {
                        format!("~%{}%", trim_weight(o.credit * 100.0))
                    } else {
                        "~".to_owned()
                    };
                    let feedback = if o.feedback.is_empty() {
                        String::new()
                    } else {
                        format!(" #{}", escape(&o.feedback))
                    };
                    format!("  {mark}{}{feedback}", escape(&o.text))
                })
                .collect();
            return Some(format!(
                "{head}// jenis: situasi\n::{}::{} {{\n{}{}\n}}",
                escape(&c.prompt),
                escape(scenario),
                lines.join("\n"),
                general(item)
            ));
        }
        ItemBody::Likert { .. } => {
            lost.push(Lost::Likert(c.id.clone()));
            return None;
        }
        ItemBody::OpenAnswer { .. } => {
            lost.push(Lost::Rubric(c.id.clone()));
            format!("{title}{} {{{}}}", escape(&c.prompt), general(item))
        }
    };
    Some(format!("{head}{text}"))
}

/// A GIFT weight: at most five decimals, no trailing zeros.
fn trim_weight(w: f64) -> String {
    let s = format!("{w:.5}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The bank as GIFT, and what it could not carry.
pub fn export_gift(bank: &Bank) -> (String, Vec<Lost>) {
    let mut lost = vec![Lost::BankFrame];
    let mut out = format!(
        "// Pilar Siap — {}\n// bank: {} | {} | {}\n",
        bank.title, bank.id, bank.title, bank.version
    );
    for s in &bank.sources {
        out.push_str(&format!("// sumber-daftar: {} | {}", s.id, s.title));
        if !s.url.is_empty() {
            out.push_str(&format!(" | {}", s.url));
        }
        out.push('\n');
    }
    out.push('\n');
    for item in &bank.items {
        if let Some(q) = question(item, &mut lost) {
            out.push_str(&q);
            out.push_str("\n\n");
        }
    }
    (out, lost)
}
