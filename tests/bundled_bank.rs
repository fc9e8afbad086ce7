//! The bundled bank is a real preparation tool: enough items of every kind for every competency
//! and role, each explained and sourced, no question twice, and nothing unverified as a key.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use pilar_siap::domain::bank::{Evidence, ItemBody};

#[test]
fn every_item_is_explained_and_sourced() {
    let b = bundled();
    for item in &b.items {
        let c = &item.common;
        assert!(
            c.explanation.trim().len() >= 20,
            "{}: explanation too short",
            c.id
        );
        // The bundled bank cites a source for every item (imported banks may lack one).
        let source = c.source.as_ref().map_or("", |s| s.source.as_str());
        assert!(b.source(source).is_some(), "{}: source", c.id);
        assert!(!c.prompt.trim().is_empty());
    }
    // Every listed source is used by some item.
    for s in &b.sources {
        assert!(
            b.items
                .iter()
                .any(|i| i.common.source.as_ref().is_some_and(|r| r.source == s.id)),
            "{} unused",
            s.id
        );
    }
}

#[test]
fn no_question_appears_twice() {
    let b = bundled();
    let mut seen = BTreeSet::new();
    for item in &b.items {
        // A situational item's question may be generic; its scenario makes it another question.
        let text = match &item.body {
            ItemBody::Situational { scenario, .. } => format!("{scenario} {}", item.common.prompt),
            _ => item.common.prompt.clone(),
        };
        let key: String = text.to_lowercase().split_whitespace().collect();
        assert!(
            seen.insert(key),
            "duplicate question: {}",
            item.common.prompt
        );
    }
}

#[test]
fn counts_per_competency_role_and_kind() {
    let b = bundled();
    assert!(b.items.len() >= 90, "{} items", b.items.len());
    assert_eq!(b.competencies.len(), 7);
    for c in &b.competencies {
        let n = b
            .items
            .iter()
            .filter(|i| i.weight_for(&c.id).is_some())
            .count();
        assert!(n >= 10, "{}: {n} items", c.id);
        let can_do = b
            .items
            .iter()
            .filter(|i| {
                matches!(i.body, ItemBody::Likert { .. }) && i.weight_for(&c.id) == Some(1.0)
            })
            .count();
        assert!(can_do >= 2, "{}: {can_do} can-do statements", c.id);
        assert_eq!(c.rubric.len(), 4, "{}: four levels", c.id);
    }
    // Items of each role's own: tests/bundled_cues.rs.
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for i in &b.items {
        *kinds.entry(i.body.kind_name()).or_default() += 1;
    }
    assert!(kinds["situational"] >= 12, "{kinds:?}");
    assert!(kinds["likert"] >= 14, "{kinds:?}");
    assert!(kinds["open_answer"] >= 5, "{kinds:?}");
    for k in ["single_choice", "multiple_choice", "true_false"] {
        assert!(kinds[k] >= 10, "{kinds:?}");
    }
}

#[test]
fn every_role_gets_tested_and_self_assessed_items_for_every_competency() {
    let b = bundled();
    for r in &b.roles {
        for c in &b.competencies {
            for e in [Evidence::Tested, Evidence::SelfAssessed] {
                assert!(
                    b.items_for_role(&r.id)
                        .any(|i| i.body.evidence() == e && i.weight_for(&c.id).is_some()),
                    "{} has no {e:?} item on {}",
                    r.id,
                    c.id
                );
            }
        }
    }
}

#[test]
fn the_interview_practice_prompt_is_there() {
    let b = bundled();
    let item = b.item("wawancara-kegiatan").expect("interview prompt");
    let ItemBody::OpenAnswer {
        criteria, guidance, ..
    } = &item.body
    else {
        panic!("not an open answer");
    };
    let ids: Vec<&str> = criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["kejelasan", "bukti", "dampak", "kolaborasi", "inovasi"]
    );
    assert!(guidance.len() >= 5);
    assert_eq!(item.weight_for("kinerja"), Some(1.0));
}

#[test]
fn levels_are_called_a_practice_guide() {
    let b = bundled();
    assert!(b.disclaimer.contains("panduan latihan"));
    assert!(b.disclaimer.contains("bukan"));
}

/// Claims listed as "not verified" in shared/domain must never be part of an answer key.
#[test]
fn nothing_unverified_is_an_answer_key() {
    let b = bundled();
    let unverified = [
        "184/2011",
        "103/HUK",
        "03/2013",
        "Pasal 51",
        "lansia 60",
        "lansia 70",
    ];
    for item in &b.items {
        let mut keys = Vec::new();
        match &item.body {
            ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
                keys.extend(options.iter().filter(|o| o.correct).map(|o| o.text.clone()))
            }
            ItemBody::TrueFalse { answer: true } => keys.push(item.common.prompt.clone()),
            ItemBody::Situational { options, .. } => keys.extend(
                options
                    .iter()
                    .filter(|o| o.credit > 0.0)
                    .map(|o| o.text.clone()),
            ),
            _ => {}
        }
        keys.push(item.common.explanation.clone());
        for k in keys {
            for u in unverified {
                assert!(
                    !k.contains(u),
                    "{}: key mentions unverified {u}",
                    item.common.id
                );
            }
        }
    }
}
