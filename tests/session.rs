//! Presentation sessions: moving, counting the room's cards, the room's scores, and the record
//! that goes out and comes back.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::present::session::{
    answer_count, eligible, room_score, sessions_from_storage, sessions_to_storage, summarize,
    Session,
};
use pilar_siap::domain::present::slides::{
    back, key_answers, next, plan, toggle_reveal, Block, Place, Slide, Texts,
};

fn session() -> Session {
    let b = mini();
    let ids = [
        "hukum-001",
        "hukum-002",
        "hukum-003",
        "situasi-001",
        "diri-001",
    ]
    .map(String::from)
    .to_vec();
    Session::new("Bimtek Banjarmasin", b.reference(), ids, Some(60), 1_000)
}

#[test]
fn counts_scores_and_summary_by_hand() {
    let b = mini();
    let mut s = session();
    let single = b.item("hukum-001").unwrap();
    s.set_count(single, 0, 30); // a (right)
    s.set_count(single, 1, 10);
    s.add_one(single, 2);
    assert_eq!(s.tally(single), vec![30, 10, 1]);
    assert!((room_score(single, &s.tally(single)).unwrap() - 30.0 / 41.0).abs() < 1e-12);
    let multi = b.item("hukum-002").unwrap();
    s.set_count(multi, 0, 20); // a, b right; c wrong
    s.set_count(multi, 1, 15);
    s.set_count(multi, 2, 5);
    assert!((room_score(multi, &s.tally(multi)).unwrap() - 35.0 / 40.0).abs() < 1e-12);
    let tf = b.item("hukum-003").unwrap(); // true
    s.set_count(tf, 0, 10);
    s.set_count(tf, 1, 30);
    assert!((room_score(tf, &s.tally(tf)).unwrap() - 0.25).abs() < 1e-12);
    let sjt = b.item("situasi-001").unwrap(); // a = 1, b = 0, c = 0.5
    s.set_count(sjt, 1, 10);
    s.set_count(sjt, 2, 10);
    assert!((room_score(sjt, &s.tally(sjt)).unwrap() - 0.25).abs() < 1e-12);
    let likert = b.item("diri-001").unwrap();
    s.set_count(likert, 4, 12);
    assert_eq!(
        room_score(likert, &s.tally(likert)),
        None,
        "self-ratings are not scored"
    );
    let sum = summarize(&b, &s);
    assert_eq!(sum.items.len(), 5);
    assert_eq!(
        sum.revisit,
        vec!["hukum-003".to_string(), "situasi-001".to_string()]
    );
    // hukum: (30/41 + 35/40 + 0.25 + 0.5·0.25) / 3.5
    let expected = (30.0 / 41.0 + 35.0 / 40.0 + 0.25 + 0.5 * 0.25) / 3.5;
    assert!((sum.competencies[0].1.unwrap() - expected).abs() < 1e-12);
    assert_eq!(sum.competencies[1].1, None);
}

#[test]
fn moving_stays_inside_and_the_record_reads_back() {
    let b = mini();
    let mut s = session();
    s.step(-1);
    assert_eq!(s.position, 0);
    s.step(10);
    assert_eq!(s.position, 4);
    s.toggle_reveal("hukum-001");
    s.set_count(b.item("hukum-001").unwrap(), 1, 7);
    assert_eq!(Session::read(&s.to_export()).unwrap(), s);
    assert_eq!(Session::read(&s.to_storage()).unwrap(), s);
    assert!(Session::read("{\"format\":\"pilar-siap/session\",\"format_version\":2}").is_err());
    assert!(Session::read(MINI).is_err());
}

#[test]
fn items_are_filtered_by_role_and_competency() {
    let b = mini();
    assert_eq!(eligible(&b, &[], &[]).len(), 6);
    assert_eq!(eligible(&b, &["psm".into()], &[]).len(), 5);
    assert_eq!(eligible(&b, &[], &["presentasi".into()]).len(), 1);
}

fn plan_of(b: &pilar_siap::domain::bank::Bank, id: &str) -> Vec<Slide> {
    let item = b.item(id).unwrap();
    let source = pilar_siap::domain::present::slides::source_chars(b, item);
    plan(&Texts {
        item,
        likert: &b.likert_anchors,
        source_chars: source,
    })
}

#[test]
fn every_bundled_item_fits_its_slides_and_ends_with_a_reveal() {
    let b = bundled();
    let mut split = 0;
    for item in &b.items {
        let slides = plan_of(&b, &item.common.id);
        let questions = slides.iter().take_while(|s| !s.reveal).count();
        assert!(questions >= 1, "{}: no question slide", item.common.id);
        assert!(
            slides.iter().skip(questions).all(|s| s.reveal),
            "{}: reveal slides come last",
            item.common.id
        );
        assert!(
            slides.len() > questions,
            "{}: nothing to reveal",
            item.common.id
        );
        // Every answer the room can give is shown exactly once, in order.
        let answers: Vec<usize> = slides
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match b {
                Block::Answer(i) => Some(*i),
                _ => None,
            })
            .collect();
        assert_eq!(
            answers,
            (0..answer_count(item)).collect::<Vec<_>>(),
            "{}",
            item.common.id
        );
        // Every question slide shows what is asked.
        assert!(
            slides
                .iter()
                .take(questions)
                .all(|s| s.blocks.contains(&Block::Prompt)),
            "{}",
            item.common.id
        );
        split += usize::from(questions > 1);
    }
    assert!(split > 0, "the longest scenarios are split over two slides");
}

#[test]
fn short_items_take_one_question_slide_and_long_scenarios_two() {
    let b = bundled();
    let tf = b
        .items
        .iter()
        .find(|i| i.body.kind_name() == "true_false")
        .unwrap();
    let slides = plan_of(&b, &tf.common.id);
    assert_eq!(
        slides[0].blocks,
        vec![Block::Prompt, Block::Answer(0), Block::Answer(1)]
    );
    assert_eq!(slides.iter().filter(|s| !s.reveal).count(), 1);
    let long = plan_of(&b, "kinerja-sjt-01");
    assert_eq!(long[0].blocks, vec![Block::Scenario, Block::Prompt]);
    assert_eq!(long[1].blocks.first(), Some(&Block::Prompt));
    assert_eq!(key_answers(b.item("kinerja-sjt-01").unwrap()).len(), 1);
}

#[test]
fn moving_through_slides_and_revealing() {
    let counts = [2usize, 3, 1];
    let slides = |i: usize| counts[i];
    let mut at = Place::default();
    let mut seen = vec![at];
    while let Some(n) = next(at, slides, 3) {
        at = n;
        seen.push(at);
    }
    assert_eq!(seen.len(), 6, "every slide once, then the end");
    assert_eq!(at, Place { item: 2, slide: 0 });
    assert_eq!(
        back(Place { item: 1, slide: 0 }, slides),
        Place { item: 0, slide: 1 }
    );
    assert_eq!(back(Place::default(), slides), Place::default());
    let b = bundled();
    let p = plan_of(&b, "kinerja-sjt-01");
    let first_reveal = p.iter().position(|s| s.reveal).unwrap();
    assert_eq!(toggle_reveal(&p, 0), first_reveal);
    assert_eq!(toggle_reveal(&p, first_reveal), 0);
    let mut s = session();
    s.go(Place { item: 1, slide: 2 }, true);
    assert!(s.revealed.contains("hukum-002"));
    assert_eq!(
        Session::read(&s.to_storage()).unwrap().place(),
        Place { item: 1, slide: 2 }
    );
}

/// The saved sets read back whole; one damaged entry makes the whole list unreadable (so the app
/// keeps it aside instead of saving over the sets it could not read).
#[test]
fn saved_sessions_read_back_or_are_refused_whole() {
    let list = vec![session(), session()];
    let text = sessions_to_storage(&list);
    assert_eq!(sessions_from_storage(&text).unwrap(), list);
    let damaged = text.replacen("\"items\"", "\"barang\"", 1);
    assert!(sessions_from_storage(&damaged).is_err());
    assert!(sessions_from_storage("{}").is_err());
    assert!(sessions_from_storage("[").is_err());
}
