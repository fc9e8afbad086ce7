//! Answers, keys and sources in words, for feedback and the item review.

use crate::domain::attempt::Answer;
use crate::domain::bank::{Bank, Item, ItemBody};
use crate::i18n::{t, Key, Lang};

/// What the candidate answered, in words.
pub fn answer_text(item: &Item, answer: &Answer, anchors: &[String], lang: Lang) -> String {
    let option = |id: &str| -> String {
        match &item.body {
            ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
                options.iter().find(|o| o.id == id).map(|o| o.text.clone())
            }
            ItemBody::Situational { options, .. } => {
                options.iter().find(|o| o.id == id).map(|o| o.text.clone())
            }
            _ => None,
        }
        .unwrap_or_else(|| id.to_owned())
    };
    match answer {
        Answer::Choice(id) => option(id),
        Answer::Choices(ids) if ids.is_empty() => "–".to_owned(),
        Answer::Choices(ids) => ids.iter().map(|i| option(i)).collect::<Vec<_>>().join("; "),
        Answer::Bool(b) => t(lang, if *b { Key::TrueLabel } else { Key::FalseLabel }).to_owned(),
        Answer::Scale(n) => {
            let own = match &item.body {
                ItemBody::Likert { anchors } if !anchors.is_empty() => anchors.as_slice(),
                _ => anchors,
            };
            let label = own
                .get(usize::from(*n).saturating_sub(1))
                .cloned()
                .unwrap_or_default();
            format!("{n} — {label}")
        }
        Answer::Open(open) => open.text.clone(),
    }
}

/// The right answer in words; empty for self-assessed items, which have none.
pub fn key_text(item: &Item, lang: Lang) -> String {
    match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => options
            .iter()
            .filter(|o| o.correct)
            .map(|o| o.text.clone())
            .collect::<Vec<_>>()
            .join("; "),
        ItemBody::TrueFalse { answer } => t(
            lang,
            if *answer {
                Key::TrueLabel
            } else {
                Key::FalseLabel
            },
        )
        .to_owned(),
        ItemBody::Situational { options, .. } => options
            .iter()
            .filter(|o| o.credit >= 1.0)
            .map(|o| o.text.clone())
            .collect::<Vec<_>>()
            .join("; "),
        ItemBody::Likert { .. } | ItemBody::OpenAnswer { .. } => String::new(),
    }
}

/// A source's link, only when it is http(s): validation allows no other, and it is checked again
/// here, where links are rendered.
pub fn safe_link(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| url.to_owned())
}

/// The item's source: its title (and where in it), and a link when the bank gives one; `None`
/// for an item without a source.
pub fn source_of(bank: &Bank, item: &Item) -> Option<(String, Option<String>)> {
    let s = item.common.source.as_ref()?;
    Some(match bank.source(&s.source) {
        Some(src) => {
            let title = if s.locator.is_empty() {
                src.title.clone()
            } else {
                format!("{}, {}", src.title, s.locator)
            };
            (title, safe_link(&src.url))
        }
        None => (s.source.clone(), None),
    })
}

/// A short text of a results file for chat apps: who, when, each competency's level.
pub fn share_text(bank: &Bank, r: &crate::domain::results::ResultsFile, lang: Lang) -> String {
    let role = bank
        .role(&r.participant.role)
        .map_or(r.participant.role.as_str(), |x| x.short.as_str());
    let region = crate::view::regions::region_name(&r.participant.region).unwrap_or("");
    let mut lines = vec![format!(
        "{} — {} ({role}, {region}), {}, {}:",
        t(lang, Key::ShareHeading),
        r.participant.name,
        r.finished_at.get(..10).unwrap_or(""),
        crate::i18n::mode_name(lang, r.mode)
    )];
    for c in &bank.competencies {
        let Some(s) = r.competencies.iter().find(|s| s.id == c.id) else {
            continue;
        };
        let name = if lang == Lang::En {
            &c.name_en
        } else {
            &c.name
        };
        match s.headline().and_then(|(_, e)| e.percent_bp) {
            Some(bp) => {
                let level = c.level_for(bp).map_or("", |l| l.label.as_str());
                lines.push(format!("• {name}: {level} {}", crate::i18n::percent(bp)));
            }
            None => lines.push(format!("• {name}: –")),
        }
    }
    lines.push(t(lang, Key::SharePracticeGuide).to_owned());
    lines.join("\n")
}
