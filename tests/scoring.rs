//! Scoring against hand-computed cases.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::*;
use pilar_siap::domain::attempt::draw::draw;
use pilar_siap::domain::attempt::{Answer, Mode, OpenAnswer};
use pilar_siap::domain::bank::Evidence;
use pilar_siap::domain::scoring::{score_attempt, score_item, CompetencyScore};

fn answers(list: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
    list.iter()
        .map(|(k, a)| (k.to_string(), a.clone()))
        .collect()
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|s| s.to_string()).collect())
}

fn item_score(id: &str, a: Answer) -> Option<u32> {
    let b = mini();
    score_item(&b.item(id).unwrap().body, &a)
}

#[test]
fn each_kind_scores_as_documented() {
    assert_eq!(
        item_score("hukum-001", Answer::Choice("a".into())),
        Some(10_000)
    );
    assert_eq!(item_score("hukum-001", Answer::Choice("b".into())), Some(0));
    assert_eq!(item_score("hukum-002", choices(&["a", "b"])), Some(10_000));
    assert_eq!(item_score("hukum-002", choices(&["a"])), Some(5_000));
    assert_eq!(
        item_score("hukum-002", choices(&["a", "b", "c"])),
        Some(5_000)
    );
    assert_eq!(item_score("hukum-002", choices(&["a", "c"])), Some(0));
    assert_eq!(item_score("hukum-002", choices(&["c"])), Some(0));
    assert_eq!(item_score("hukum-002", choices(&[])), Some(0));
    assert_eq!(item_score("hukum-003", Answer::Bool(true)), Some(10_000));
    assert_eq!(item_score("hukum-003", Answer::Bool(false)), Some(0));
    assert_eq!(
        item_score("situasi-001", Answer::Choice("c".into())),
        Some(5_000)
    );
    assert_eq!(item_score("diri-001", Answer::Scale(1)), Some(0));
    assert_eq!(item_score("diri-001", Answer::Scale(4)), Some(7_500));
    let open = |k: u8, b: Option<u8>| {
        let mut ratings = BTreeMap::from([("kejelasan".to_string(), k)]);
        if let Some(b) = b {
            ratings.insert("bukti".into(), b);
        }
        Answer::Open(OpenAnswer {
            text: "Kegiatan kami…".into(),
            ratings,
        })
    };
    assert_eq!(item_score("wawancara-001", open(2, Some(1))), Some(7_500));
    // Not every criterion rated yet: not scored.
    assert_eq!(item_score("wawancara-001", open(2, None)), None);
}

#[test]
fn answers_that_do_not_fit_their_item_are_not_scored() {
    assert_eq!(item_score("hukum-001", Answer::Choice("z".into())), None);
    assert_eq!(item_score("hukum-001", Answer::Bool(true)), None);
    assert_eq!(item_score("hukum-002", choices(&["a", "a"])), None);
    assert_eq!(item_score("diri-001", Answer::Scale(6)), None);
    assert_eq!(item_score("diri-001", Answer::Scale(0)), None);
}

fn competency<'a>(c: &'a [CompetencyScore], id: &str) -> &'a CompetencyScore {
    c.iter().find(|c| c.id == id).unwrap()
}

#[test]
fn competencies_get_weighted_percentages_with_evidence_kept_apart() {
    let b = mini();
    let items = draw(&b, "tksk", Mode::Practice, 7);
    assert_eq!(items.len(), 6);
    let profile = score_attempt(
        &b,
        &items,
        &answers(&[
            ("hukum-001", Answer::Choice("a".into())),
            ("hukum-002", choices(&["a", "c"])),
            ("hukum-003", Answer::Bool(false)),
            ("situasi-001", Answer::Choice("c".into())),
            ("diri-001", Answer::Scale(4)),
        ]),
    );
    let hukum = competency(&profile.competencies, "hukum");
    // (10000 + 0 + 0 + 0.5 × 5000) / 3.5 = 3571.4
    let tested = hukum.tested.as_ref().unwrap();
    assert_eq!(
        (tested.items, tested.answered, tested.percent_bp),
        (4, 4, Some(3_571))
    );
    assert_eq!(tested.level.as_deref(), Some("perlu-belajar"));
    let own = hukum.self_assessed.as_ref().unwrap();
    assert_eq!(
        (own.percent_bp, own.level.as_deref()),
        (Some(7_500), Some("siap"))
    );
    // The headline rests on tested evidence when there is some.
    assert_eq!(hukum.headline().unwrap().0, Evidence::Tested);
    // The open answer was not given: no self-assessed score for its competency, and it is
    // reported as unanswered.
    let presentasi = competency(&profile.competencies, "presentasi");
    assert!(presentasi.tested.is_none());
    let own = presentasi.self_assessed.as_ref().unwrap();
    assert_eq!((own.items, own.answered, own.percent_bp), (1, 0, None));
    assert!(presentasi.headline().is_none());
    assert_eq!(profile.unanswered(), 1);
}

#[test]
fn unanswered_tested_items_count_as_zero() {
    let b = mini();
    let items = draw(&b, "psm", Mode::Practice, 1);
    assert_eq!(items.len(), 5, "the situational item is for TKSK only");
    let profile = score_attempt(
        &b,
        &items,
        &answers(&[("hukum-001", Answer::Choice("a".into()))]),
    );
    let tested = competency(&profile.competencies, "hukum")
        .tested
        .clone()
        .unwrap();
    assert_eq!(
        (tested.items, tested.answered, tested.percent_bp),
        (3, 1, Some(3_333))
    );
    assert_eq!(profile.unanswered(), 4);
}

#[test]
fn levels_follow_the_rubric_thresholds() {
    let b = mini();
    let c = b.competency("hukum").unwrap();
    assert_eq!(c.level_for(0).unwrap().id, "perlu-belajar");
    assert_eq!(c.level_for(6_999).unwrap().id, "perlu-belajar");
    assert_eq!(c.level_for(7_000).unwrap().id, "siap");
    assert_eq!(c.level_for(10_000).unwrap().id, "siap");
}
