//! Writing a bank as GIFT, with a list of what GIFT cannot carry.

use super::escape;
use crate::domain::bank::authoring::choices::multiple_weights;
use crate::domain::bank::authoring::directives::{bank_lines, comment_lines};
use crate::domain::bank::{Bank, Item, ItemBody};
use crate::domain::format::number::fixed;

use crate::domain::bank::authoring::Lost;

fn comments(item: &Item) -> String {
    comment_lines(item)
        .iter()
        .map(|l| format!("// {l}\n"))
        .collect()
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
            let lines: Vec<String> = options
                .iter()
                .zip(multiple_weights(options))
                .map(|(o, w)| format!("  ~%{}%{}", trim_weight(w), escape(&o.text)))
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
                "{head}::{}::{} {{\n{}{}\n}}",
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
    let s = fixed(w, 5);
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The bank as GIFT, and what it could not carry.
pub fn export_gift(bank: &Bank) -> (String, Vec<Lost>) {
    let mut lost = vec![Lost::BankFrame];
    let mut out = format!("// Pilar Siap — {}\n", bank.title);
    for l in bank_lines(bank) {
        out.push_str(&format!("// {l}\n"));
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
