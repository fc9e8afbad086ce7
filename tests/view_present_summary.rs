//! What the session summary computes, natively: the per-item rows, the room by competency, the
//! items worth revisiting and showing one again.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::present::session::{summarize, Session};
use pilar_siap::i18n::Lang;
use pilar_siap::view::present_summary::*;

/// A session of the mini bank with the room's cards counted: single choice 30 right of 40 (75%),
/// true/false 2 right of 10 (20%, worth revisiting), a can-do statement, nothing for the rest.
fn counted() -> Session {
    let b = mini();
    let ids = [
        "hukum-001",
        "hukum-003",
        "diri-001",
        "situasi-001",
        "wawancara-001",
    ];
    let mut s = Session::new(
        "Bimtek",
        b.reference(),
        ids.map(String::from).to_vec(),
        None,
        0,
    );
    let item = |id| b.item(id).unwrap();
    s.set_count(item("hukum-001"), 0, 30);
    s.set_count(item("hukum-001"), 1, 10);
    s.set_count(item("hukum-003"), 0, 2);
    s.set_count(item("hukum-003"), 1, 8);
    s.set_count(item("diri-001"), 3, 6);
    s
}

#[test]
fn shares_read_as_whole_percentages() {
    assert_eq!(pct(Some(0.75)), "75%");
    assert_eq!(pct(Some(30.0 / 41.0)), "73%");
    assert_eq!(pct(Some(1.0)), "100%");
    assert_eq!(pct(Some(0.0)), "0%");
    assert_eq!(pct(None), "–");
}

#[test]
fn the_per_item_table_has_a_row_per_item_shown() {
    let b = mini();
    let s = counted();
    let sum = summarize(&b, &s);
    let rows = item_rows(Lang::Id, &b, &sum);
    let got: Vec<(usize, u32, &str, bool)> = rows
        .iter()
        .map(|r| (r.number, r.responses, r.score.as_str(), r.revisit))
        .collect();
    assert_eq!(
        got,
        [
            (1, 40, "75%", false),
            (2, 10, "20%", true),
            (3, 6, "Penilaian diri", false),
            (4, 0, "–", false),
            (5, 0, "Penilaian diri", false),
        ]
    );
    assert_eq!(rows[0].prompt, b.item("hukum-001").unwrap().common.prompt);
    assert_eq!(item_rows(Lang::En, &b, &sum)[2].score, "Self-assessed");
}

#[test]
fn long_questions_are_cut_to_110_characters() {
    let b = bundled();
    let long = b
        .items
        .iter()
        .find(|i| i.common.prompt.chars().count() > PROMPT_CHARS)
        .expect("the bundled bank has a long question");
    let s = Session::new("x", b.reference(), vec![long.common.id.clone()], None, 0);
    let row = &item_rows(Lang::Id, &b, &summarize(&b, &s))[0];
    assert_eq!(row.prompt.chars().count(), PROMPT_CHARS);
    assert!(long.common.prompt.starts_with(&row.prompt));
}

#[test]
fn the_room_by_competency_is_named() {
    let b = mini();
    let scores = competency_scores(&b, &summarize(&b, &counted()));
    let names: Vec<&str> = scores.iter().map(|(n, _)| n.as_str()).collect();
    let bank_names: Vec<&str> = b.competencies.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, bank_names);
    // Law: the single choice (75%, weight 1) and the true/false (20%) only.
    let law = scores[0].1.unwrap();
    assert!(law > 0.2 && law < 0.75, "{law}");
    assert_eq!(
        scores[1].1, None,
        "no tested item of the other competency was counted"
    );
}

#[test]
fn an_item_worth_revisiting_is_found_in_the_session_and_shown_again_from_its_start() {
    let b = mini();
    let mut s = counted();
    s.position = 4;
    s.slide = 3;
    let list = revisits(&b, &s, &summarize(&b, &s));
    assert_eq!(
        list,
        [Revisit {
            position: 1,
            prompt: b.item("hukum-003").unwrap().common.prompt.clone()
        }]
    );
    let again = show_again(&s, list[0].position);
    assert_eq!((again.position, again.slide), (1, 0));
    assert_eq!(again.tallies, s.tallies, "the counts stay");
    assert_eq!(again.items, s.items);

    let fresh = Session::new("x", b.reference(), s.items.clone(), None, 0);
    assert!(revisits(&b, &fresh, &summarize(&b, &fresh)).is_empty());
}
