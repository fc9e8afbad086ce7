//! What types cannot say: unique ids, references that resolve, weights, credits and thresholds in
//! range and in order, a key for every choice item. Every problem is collected, none stops the rest.
//! The decoded bank may be partial (items that failed to decode are absent); validation still runs
//! on what is there, so a trainer sees every problem in one pass.

mod fields;

use std::collections::{BTreeMap, BTreeSet};

use super::item::{ChoiceOption, Item, ItemBody};
use super::types::Bank;
use crate::domain::format::problem::{Path, ProblemKind as K, Problems};
use fields::{anchors, count, id, language_tag, long, normalise, range, text, url, Ids};

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
    header(out, bank);
    let mut ids = Ids::default();
    parts(out, bank, &mut ids);
    count(out, &root.key("items"), bank.items.len(), 1, MAX_ITEMS);
    let mut questions: BTreeMap<String, String> = BTreeMap::new();
    for (i, item) in bank.items.iter().enumerate() {
        let p = root.key("items").index(i);
        ids.add(out, &p, "item", &item.common.id);
        question(out, &p, item, &mut questions);
        common(out, bank, &p, item);
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

/// The bank's own fields: id, title, version, language, texts, limits, the scale's labels.
fn header(out: &mut Problems, bank: &Bank) {
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
}

/// Sources, roles and competencies (with their rubrics).
fn parts(out: &mut Problems, bank: &Bank, ids: &mut Ids) {
    let root = Path::root();
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
    let n = bank.competencies.len();
    count(out, &root.key("competencies"), n, 1, 50);
    for (i, c) in bank.competencies.iter().enumerate() {
        let p = root.key("competencies").index(i);
        ids.add(out, &p, "competency", &c.id);
        text(out, &p.key("name"), &c.name);
        text(out, &p.key("name_en"), &c.name_en);
        text(out, &p.key("description"), &c.description);
        rubric(out, &p.key("rubric"), c);
    }
}

/// The item's question: not blank, and not the same as an earlier one (a warning).
fn question(out: &mut Problems, p: &Path, item: &Item, questions: &mut BTreeMap<String, String>) {
    let c = &item.common;
    text(out, &p.key("prompt"), &c.prompt);
    // A situational item's question may be generic ("Apa yang Anda lakukan?"): its scenario
    // is what makes it another question.
    let key = match &item.body {
        ItemBody::Situational { scenario, .. } => normalise(&format!("{scenario} {}", c.prompt)),
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
}

/// What every item has: its explanation, competencies with weights, roles and source.
fn common(out: &mut Problems, bank: &Bank, p: &Path, item: &Item) {
    let c = &item.common;
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
            let first = p.key("competencies").to_string();
            out.error(
                wp.key("id"),
                K::DuplicateId {
                    id: w.id.clone(),
                    first,
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
    match &c.source {
        Some(s) if bank.source(&s.source).is_none() => {
            let id = s.source.clone();
            out.error(p.key("source").key("ref"), K::UnknownSource { id });
        }
        Some(s) => long(out, &p.key("source").key("locator"), &s.locator),
        None => out.warning(p.key("source"), K::NoSource),
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
