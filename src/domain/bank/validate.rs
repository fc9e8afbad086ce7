//! What types cannot say: unique ids, references that resolve, weights, credits and thresholds in
//! range and in order, a key for every choice item. Every problem is collected, none stops the rest.
//! The decoded bank may be partial (items that failed to decode are absent); validation still runs
//! on what is there, so a trainer sees every problem in one pass.

use std::collections::{BTreeMap, BTreeSet};

use super::item::{ChoiceOption, ItemBody};
use super::types::Bank;
use crate::domain::format::problem::{Path, ProblemKind as K, Problems};

/// The longest text the app accepts in any field, in characters.
pub const MAX_TEXT: usize = 5_000;
/// The most items a bank may hold.
pub const MAX_ITEMS: usize = 2_000;
const MAX_OPTIONS: usize = 8;
const MAX_LEVELS: usize = 6;
const MAX_CRITERIA: usize = 8;
const LIKERT_POINTS: usize = 5;

/// Checks a decoded bank, adding every problem found to `out`.
pub fn validate(bank: &Bank, out: &mut Problems) {
    let root = Path::root();
    id(out, &root.key("id"), &bank.id);
    for (field, value) in [
        ("title", &bank.title),
        ("version", &bank.version),
        ("language", &bank.language),
    ] {
        text(out, &root.key(field), value);
    }
    if !language_tag(&bank.language) && !bank.language.trim().is_empty() {
        let tag = bank.language.chars().take(40).collect();
        out.error(root.key("language"), K::BadLanguage { tag });
    }
    long(out, &root.key("description"), &bank.description);
    long(out, &root.key("disclaimer"), &bank.disclaimer);
    for (field, value, max) in [
        ("simulation_minutes", bank.simulation_minutes, 600),
        ("draw_per_competency", bank.draw_per_competency, 2000),
    ] {
        if let Some(n) = value.filter(|n| !(1..=max).contains(n)) {
            range(out, &root.key(field), f64::from(n), 1.0, f64::from(max));
        }
    }
    anchors(
        out,
        &root.key("likert_anchors"),
        &bank.likert_anchors,
        false,
    );

    let mut ids = Ids::default();
    for (i, s) in bank.sources.iter().enumerate() {
        let p = root.key("sources").index(i);
        ids.add(out, &p, "source", &s.id);
        text(out, &p.key("title"), &s.title);
        if !s.url.is_empty() {
            url(out, &p.key("url"), &s.url);
        }
    }
    count(out, &root.key("roles"), bank.roles.len(), 1, 50);
    for (i, r) in bank.roles.iter().enumerate() {
        let p = root.key("roles").index(i);
        ids.add(out, &p, "role", &r.id);
        text(out, &p.key("short"), &r.short);
        text(out, &p.key("name"), &r.name);
    }
    count(
        out,
        &root.key("competencies"),
        bank.competencies.len(),
        1,
        50,
    );
    for (i, c) in bank.competencies.iter().enumerate() {
        let p = root.key("competencies").index(i);
        ids.add(out, &p, "competency", &c.id);
        text(out, &p.key("name"), &c.name);
        text(out, &p.key("name_en"), &c.name_en);
        text(out, &p.key("description"), &c.description);
        rubric(out, &p.key("rubric"), c);
    }
    count(out, &root.key("items"), bank.items.len(), 1, MAX_ITEMS);
    let mut questions: BTreeMap<String, String> = BTreeMap::new();
    for (i, item) in bank.items.iter().enumerate() {
        let p = root.key("items").index(i);
        let c = &item.common;
        ids.add(out, &p, "item", &c.id);
        text(out, &p.key("prompt"), &c.prompt);
        // A situational item's question may be generic ("Apa yang Anda lakukan?"): its scenario
        // is what makes it another question.
        let key = match &item.body {
            ItemBody::Situational { scenario, .. } => {
                normalise(&format!("{scenario} {}", c.prompt))
            }
            _ => normalise(&c.prompt),
        };
        match questions.get(&key) {
            Some(first) if !key.is_empty() => out.warning(
                p.key("prompt"),
                K::DuplicateQuestion {
                    first: first.clone(),
                },
            ),
            _ => {
                questions.insert(key, p.to_string());
            }
        }
        if c.explanation.trim().is_empty() {
            out.warning(p.key("explanation"), K::Empty);
        }
        long(out, &p.key("explanation"), &c.explanation);
        count(out, &p.key("competencies"), c.competencies.len(), 1, 7);
        let mut seen = BTreeSet::new();
        for (j, w) in c.competencies.iter().enumerate() {
            let wp = p.key("competencies").index(j);
            if bank.competency(&w.id).is_none() {
                out.error(wp.key("id"), K::UnknownCompetency { id: w.id.clone() });
            } else if !seen.insert(&w.id) {
                out.error(
                    wp.key("id"),
                    K::DuplicateId {
                        id: w.id.clone(),
                        first: p.key("competencies").to_string(),
                    },
                );
            }
            if !(w.weight > 0.0 && w.weight <= 1.0) {
                range(out, &wp.key("weight"), w.weight, 0.0, 1.0);
            }
        }
        for (j, r) in c.roles.iter().enumerate() {
            if bank.role(r).is_none() {
                out.error(p.key("roles").index(j), K::UnknownRole { id: r.clone() });
            }
        }
        if let Some(s) = &c.source {
            long(out, &p.key("source").key("locator"), &s.locator);
        }
        match &c.source {
            Some(s) if bank.source(&s.source).is_none() => out.error(
                p.key("source").key("ref"),
                K::UnknownSource {
                    id: s.source.clone(),
                },
            ),
            Some(_) => {}
            None => out.warning(p.key("source"), K::NoSource),
        }
        body(out, &p, &item.body);
    }
    for (i, c) in bank.competencies.iter().enumerate() {
        if !bank.items.iter().any(|it| it.weight_for(&c.id).is_some()) {
            out.warning(
                root.key("competencies").index(i),
                K::UnmeasuredCompetency { id: c.id.clone() },
            );
        }
    }
    for (i, r) in bank.roles.iter().enumerate() {
        if bank.items_for_role(&r.id).next().is_none() {
            out.warning(
                root.key("roles").index(i),
                K::NoItemsForRole { id: r.id.clone() },
            );
        }
    }
}

fn body(out: &mut Problems, p: &Path, body: &ItemBody) {
    match body {
        ItemBody::SingleChoice { options } => {
            choice_options(out, p, options);
            let n = options.iter().filter(|o| o.correct).count();
            if n != 1 {
                out.error(p.key("options"), K::CorrectCount { count: n });
            }
        }
        ItemBody::MultipleChoice { options } => {
            choice_options(out, p, options);
            if !options.iter().any(|o| o.correct) {
                out.error(p.key("options"), K::NoCorrect);
            }
        }
        ItemBody::TrueFalse { .. } => {}
        ItemBody::Likert { anchors: a } => anchors(out, &p.key("anchors"), a, true),
        ItemBody::Situational { scenario, options } => {
            text(out, &p.key("scenario"), scenario);
            count(out, &p.key("options"), options.len(), 2, MAX_OPTIONS);
            let mut ids = Ids::default();
            for (j, o) in options.iter().enumerate() {
                let op = p.key("options").index(j);
                ids.add(out, &op, "option", &o.id);
                text(out, &op.key("text"), &o.text);
                long(out, &op.key("feedback"), &o.feedback);
                if !(0.0..=1.0).contains(&o.credit) {
                    range(out, &op.key("credit"), o.credit, 0.0, 1.0);
                }
            }
            if !options.iter().any(|o| o.credit == 1.0) {
                out.error(p.key("options"), K::NoFullCredit);
            }
        }
        ItemBody::OpenAnswer {
            guidance,
            model_answer,
            criteria,
            speaking_seconds,
        } => {
            if let Some(s) = speaking_seconds.filter(|s| !(10..=3600).contains(s)) {
                range(out, &p.key("speaking_seconds"), f64::from(s), 10.0, 3600.0);
            }
            for (j, g) in guidance.iter().enumerate() {
                text(out, &p.key("guidance").index(j), g);
            }
            text(out, &p.key("model_answer"), model_answer);
            count(out, &p.key("criteria"), criteria.len(), 1, MAX_CRITERIA);
            let mut ids = Ids::default();
            for (j, c) in criteria.iter().enumerate() {
                let cp = p.key("criteria").index(j);
                ids.add(out, &cp, "criterion", &c.id);
                text(out, &cp.key("name"), &c.name);
                count(out, &cp.key("levels"), c.levels.len(), 2, MAX_LEVELS);
                for (k, l) in c.levels.iter().enumerate() {
                    text(out, &cp.key("levels").index(k), l);
                }
            }
        }
    }
}

fn choice_options(out: &mut Problems, p: &Path, options: &[ChoiceOption]) {
    count(out, &p.key("options"), options.len(), 2, MAX_OPTIONS);
    let mut ids = Ids::default();
    for (j, o) in options.iter().enumerate() {
        let op = p.key("options").index(j);
        ids.add(out, &op, "option", &o.id);
        text(out, &op.key("text"), &o.text);
    }
}

fn rubric(out: &mut Problems, p: &Path, c: &super::types::Competency) {
    count(out, p, c.rubric.len(), 2, MAX_LEVELS);
    let mut ids = Ids::default();
    let mut previous: Option<f64> = None;
    for (k, l) in c.rubric.iter().enumerate() {
        let lp = p.index(k);
        ids.add(out, &lp, "level", &l.id);
        text(out, &lp.key("label"), &l.label);
        text(out, &lp.key("descriptor"), &l.descriptor);
        text(out, &lp.key("recommendation"), &l.recommendation);
        let mp = lp.key("min");
        if !(0.0..=100.0).contains(&l.min) {
            range(out, &mp, l.min, 0.0, 100.0);
        } else if previous.is_none() && l.min != 0.0 {
            out.error(mp, K::FirstThresholdNotZero { value: l.min });
        } else if let Some(prev) = previous.filter(|&prev| l.min <= prev) {
            out.error(
                mp,
                K::ThresholdOrder {
                    previous: prev,
                    value: l.min,
                },
            );
        }
        previous = Some(l.min);
    }
}

fn anchors(out: &mut Problems, p: &Path, anchors: &[String], optional: bool) {
    if optional && anchors.is_empty() {
        return;
    }
    if anchors.len() != LIKERT_POINTS {
        out.error(
            p.clone(),
            if anchors.len() < LIKERT_POINTS {
                K::TooFew {
                    count: anchors.len(),
                    min: LIKERT_POINTS,
                }
            } else {
                K::TooMany {
                    count: anchors.len(),
                    max: LIKERT_POINTS,
                }
            },
        );
    }
    for (i, a) in anchors.iter().enumerate() {
        text(out, &p.index(i), a);
    }
}

/// Ids within one scope: each must be well-formed and used once.
#[derive(Default)]
struct Ids(BTreeMap<(&'static str, String), String>);

impl Ids {
    fn add(&mut self, out: &mut Problems, p: &Path, scope: &'static str, value: &str) {
        let path = p.key("id");
        if !id(out, &path, value) {
            return;
        }
        match self.0.get(&(scope, value.to_owned())) {
            Some(first) => out.error(
                path,
                K::DuplicateId {
                    id: value.to_owned(),
                    first: first.clone(),
                },
            ),
            None => {
                self.0.insert((scope, value.to_owned()), p.to_string());
            }
        }
    }
}

/// An id is 1–64 characters of ASCII letters, digits, '-', '_' and '.'.
fn id(out: &mut Problems, p: &Path, value: &str) -> bool {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if !ok {
        out.error(
            p.clone(),
            K::BadId {
                id: value.chars().take(80).collect(),
            },
        );
    }
    ok
}

/// A required text: not blank, not too long.
fn text(out: &mut Problems, p: &Path, value: &str) {
    if value.trim().is_empty() {
        out.error(p.clone(), K::Empty);
    } else {
        long(out, p, value);
    }
}

/// An optional text: not too long, nothing hidden in it.
fn long(out: &mut Problems, p: &Path, value: &str) {
    if let Some(c) = crate::domain::format::hidden::hidden_char(value) {
        out.error(
            p.clone(),
            K::HiddenCharacter {
                code: crate::domain::format::hidden::code_point(c),
            },
        );
    }
    let chars = value.chars().count();
    if chars > MAX_TEXT {
        out.error(
            p.clone(),
            K::TooLong {
                chars,
                max: MAX_TEXT,
            },
        );
    }
}

fn count(out: &mut Problems, p: &Path, n: usize, min: usize, max: usize) {
    if n < min {
        out.error(p.clone(), K::TooFew { count: n, min });
    } else if n > max {
        out.error(p.clone(), K::TooMany { count: n, max });
    }
}

/// A BCP 47 language tag as banks use them: `id`, `en`, `id-ID`.
fn language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn range(out: &mut Problems, p: &Path, value: f64, min: f64, max: f64) {
    out.error(p.clone(), K::OutOfRange { value, min, max });
}

fn url(out: &mut Problems, p: &Path, value: &str) {
    let lower = value.trim().to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        out.error(
            p.clone(),
            K::BadUrl {
                url: value.chars().take(200).collect(),
            },
        );
    }
}

/// Question text compared without case or spacing differences.
fn normalise(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
