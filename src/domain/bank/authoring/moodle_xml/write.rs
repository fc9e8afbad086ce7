//! Writing a bank as Moodle XML, for a trainer who takes a Pilar Siap bank into Moodle: one
//! category per competency, this app's metadata in `<!-- … -->` comments Moodle ignores (so the
//! file reads back here as it went out), and a list of what Moodle XML cannot carry.

use super::super::choices::multiple_weights;
use super::super::directives::comment_lines;
use super::super::Lost;
use crate::domain::bank::{Bank, Item, ItemBody};
use crate::domain::format::number::fixed;

/// Text with `&`, `<`, `>` and `"` written as XML entities.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// `<name format="plain_text"><text>…</text></name>` (without a format when `format` is empty).
fn text_el(name: &str, text: &str, format: &str) -> String {
    let format = if format.is_empty() {
        String::new()
    } else {
        format!(" format=\"{format}\"")
    };
    format!("<{name}{format}><text>{}</text></{name}>", escape(text))
}

/// One `<answer>` with its fraction (percent) and feedback.
fn answer(fraction: f64, text: &str, feedback: &str) -> String {
    format!(
        "    <answer fraction=\"{}\" format=\"plain_text\"><text>{}</text>{}</answer>\n",
        weight(fraction),
        escape(text),
        if feedback.is_empty() {
            String::new()
        } else {
            text_el("feedback", feedback, "plain_text")
        }
    )
}

/// A fraction as Moodle writes it: at most seven decimals, no trailing zeros.
fn weight(w: f64) -> String {
    let s = fixed(w, 7);
    match s.contains('.') {
        true => s.trim_end_matches('0').trim_end_matches('.').to_owned(),
        false => s,
    }
}

fn question(item: &Item, lost: &mut Vec<Lost>) -> Option<String> {
    let c = &item.common;
    let (kind, name, text, rest) = match &item.body {
        ItemBody::SingleChoice { options } => {
            let answers: String = options
                .iter()
                .map(|o| answer(if o.correct { 100.0 } else { 0.0 }, &o.text, ""))
                .collect();
            ("multichoice", &c.id, &c.prompt, choice_tail(true, answers))
        }
        ItemBody::MultipleChoice { options } => {
            let answers: String = options
                .iter()
                .zip(multiple_weights(options))
                .map(|(o, w)| answer(w, &o.text, ""))
                .collect();
            ("multichoice", &c.id, &c.prompt, choice_tail(false, answers))
        }
        ItemBody::Situational { scenario, options } => {
            let answers: String = options
                .iter()
                .map(|o| answer(o.credit * 100.0, &o.text, &o.feedback))
                .collect();
            (
                "multichoice",
                &c.prompt,
                scenario,
                choice_tail(true, answers),
            )
        }
        ItemBody::TrueFalse { answer: right } => {
            let tf = |v: bool| answer(if v == *right { 100.0 } else { 0.0 }, &v.to_string(), "");
            (
                "truefalse",
                &c.id,
                &c.prompt,
                format!("{}{}", tf(true), tf(false)),
            )
        }
        ItemBody::OpenAnswer { model_answer, .. } => {
            lost.push(Lost::Rubric(c.id.clone()));
            let grader = text_el("graderinfo", model_answer, "plain_text");
            let tail = format!("    <responseformat>editor</responseformat>\n    {grader}\n");
            ("essay", &c.id, &c.prompt, tail)
        }
        ItemBody::Likert { .. } => {
            lost.push(Lost::Likert(c.id.clone()));
            return None;
        }
    };
    let comments: String = comment_lines(item)
        .iter()
        .map(|l| format!("    <!-- {} -->\n", l.replace("--", "- -")))
        .collect();
    Some(format!(
        "  <question type=\"{kind}\">\n{comments}    {}\n    {}\n    {}\n    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n    <idnumber>{}</idnumber>\n{rest}  </question>\n",
        text_el("name", name, ""),
        text_el("questiontext", text, "plain_text"),
        text_el("generalfeedback", &c.explanation, "plain_text"),
        escape(&c.id),
    ))
}

fn choice_tail(single: bool, answers: String) -> String {
    format!("    <single>{single}</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n{answers}")
}

/// The bank as Moodle XML, and what it could not carry.
pub fn export_moodle_xml(bank: &Bank) -> (String, Vec<Lost>) {
    let mut lost = vec![Lost::BankFrame];
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    for l in super::super::directives::bank_lines(bank) {
        out.push_str(&format!("  <!-- {} -->\n", l.replace("--", "- -")));
    }
    let mut current = None;
    for item in &bank.items {
        let first = item.common.competencies.first().map(|w| w.id.as_str());
        if first != current {
            current = first;
            let name = first
                .and_then(|id| bank.competencies.iter().find(|c| c.id == id))
                .map_or("Pilar Siap", |c| c.name.as_str());
            out.push_str(&format!(
                "  <question type=\"category\">\n    <category><text>$course$/top/{}</text></category>\n  </question>\n",
                escape(name)
            ));
        }
        if let Some(q) = question(item, &mut lost) {
            out.push_str(&q);
        }
    }
    out.push_str("</quiz>\n");
    (out, lost)
}
