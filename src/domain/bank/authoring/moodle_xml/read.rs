//! Reading Moodle XML: `<quiz>` with `<question type="…">`; categories set the competency of
//! the questions after them; this app's `<!-- … -->` comments inside a question say what GIFT's
//! `//` comments say.

use roxmltree::{Document, Node, ParsingOptions};

use super::super::categories::Mapping;
use super::super::choices::{choice_body, Answer};
use super::super::defaults::essay;
use super::super::directives::{read_comment, Meta};
use super::super::draft::{Draft, Imported};
use super::super::text::{html_to_text, slug};
use crate::domain::bank::{Item, ItemBody};
use crate::domain::format::problem::ProblemKind as K;

/// At most this many XML nodes (a 2 MB bank has far fewer).
const NODES_LIMIT: u32 = 400_000;

/// The elements below `n` named `name`.
fn children<'a, 'i>(n: Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    n.children()
        .filter(move |c| c.is_element() && c.has_tag_name(name))
}

fn child<'a, 'i>(n: Node<'a, 'i>, name: &'a str) -> Option<Node<'a, 'i>> {
    children(n, name).next()
}

/// The text of `<name><text>…</text></name>` below `n`, as plain text (HTML read as text).
fn text_of(n: Node, name: &str) -> String {
    let Some(el) = child(n, name) else {
        return String::new();
    };
    let raw: String = child(el, "text")
        .map(|t| t.children().filter_map(|c| c.text()).collect())
        .unwrap_or_default();
    match el.attribute("format").unwrap_or("html") {
        "html" => html_to_text(&raw),
        _ => raw.trim().to_owned(),
    }
}

/// The line `n` starts at.
fn line_of(doc: &Document, n: Node) -> usize {
    doc.text_pos_at(n.range().start).row as usize
}

/// Reads a bank from Moodle XML text; problems are about `file`.
pub fn import_moodle_xml(text: &str, file: &str, mapping: &Mapping) -> Imported {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(mut draft) = Draft::new(file) else {
        return Imported::default();
    };
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
        ..ParsingOptions::default()
    };
    let doc = match Document::parse_with_options(text, options) {
        Ok(doc) => doc,
        Err(e) => {
            let pos = e.pos();
            let detail = e.to_string();
            draft.error(
                pos.row as usize,
                pos.col as usize,
                K::XmlUnreadable { detail },
            );
            return draft.finish(mapping);
        }
    };
    let quiz = doc.root_element();
    if !quiz.has_tag_name("quiz") {
        let found = quiz.tag_name().name().to_owned();
        draft.error(line_of(&doc, quiz), 1, K::XmlNotQuiz { found });
        return draft.finish(mapping);
    }
    let mut category: Option<String> = None;
    for n in quiz.children() {
        if n.is_comment() {
            let mut ignored = Meta::default();
            for l in n.text().unwrap_or("").lines() {
                read_comment(l, &mut ignored, &mut draft.bank);
            }
            continue;
        }
        if !n.has_tag_name("question") {
            continue;
        }
        let line = line_of(&doc, n);
        match n.attribute("type").unwrap_or("") {
            "category" => {
                let path = text_of(n, "category");
                let name = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
                category = (!name.trim().is_empty()).then(|| name.trim().to_owned());
            }
            kind @ ("multichoice" | "truefalse" | "essay") => {
                if let Some(item) = question(n, kind, category.as_deref(), &mut draft) {
                    draft.push(item, line);
                }
            }
            other => {
                let title = text_of(n, "name");
                draft.unsupported(line, other, &title);
            }
        }
    }
    draft.finish(mapping)
}

/// A multichoice, truefalse or essay question as an item.
fn question(q: Node, kind: &str, category: Option<&str>, draft: &mut Draft) -> Option<Item> {
    let mut meta = Meta::default();
    for c in q.children().filter(|c| c.is_comment()) {
        for l in c.text().unwrap_or("").lines() {
            read_comment(l, &mut meta, &mut draft.bank);
        }
    }
    let title = text_of(q, "name");
    let text = text_of(q, "questiontext");
    let general = text_of(q, "generalfeedback");
    let answers: Vec<Answer> = children(q, "answer")
        .map(|a| Answer {
            weight: a
                .attribute("fraction")
                .and_then(|f| f.trim().parse::<f64>().ok())
                .filter(|f| f.is_finite())
                .unwrap_or(0.0),
            text: {
                let raw: String = child(a, "text")
                    .map(|t| t.children().filter_map(|c| c.text()).collect())
                    .unwrap_or_default();
                match a.attribute("format").unwrap_or("plain_text") {
                    "html" => html_to_text(&raw),
                    _ => raw.trim().to_owned(),
                }
            },
            feedback: text_of(a, "feedback"),
        })
        .collect();
    let (prompt, body) = match kind {
        "truefalse" => {
            let right = answers.iter().find(|a| a.weight >= 100.0);
            let answer = right.is_some_and(|a| a.text.trim().eq_ignore_ascii_case("true"));
            (text, ItemBody::TrueFalse { answer })
        }
        "essay" => {
            let model = match text_of(q, "graderinfo") {
                m if m.is_empty() => general.clone(),
                m => m,
            };
            (text, essay(&model))
        }
        _ => {
            let single = child(q, "single")
                .and_then(|s| s.text())
                .is_none_or(|s| matches!(s.trim(), "true" | "1"));
            choice_body(text, &title, answers, single, meta.situational())
        }
    };
    let file_id = child(q, "idnumber").and_then(|i| i.text()).map(slug);
    let common = meta.common(
        &mut draft.bank,
        file_id,
        &title,
        "moodle",
        category,
        prompt,
        general,
    );
    Some(Item { common, body })
}
