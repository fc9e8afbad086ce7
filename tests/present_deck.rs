//! Moving through a session's slides: the deck a session opens on, where next and back go, R,
//! and what a move counts as revealed.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::present::session::Session;
use pilar_siap::domain::present::slides::{plan, Deck, Move, Place, Texts};

fn session(ids: &[&str]) -> Session {
    let ids = ids.iter().map(|s| s.to_string()).collect();
    Session::new("Uji", mini().reference(), ids, Some(30), 0)
}

fn at(item: usize, slide: usize) -> Place {
    Place { item, slide }
}

#[test]
fn a_deck_plans_every_item_of_the_session_in_order() {
    let b = mini();
    let ids: Vec<String> = ["hukum-003", "nope", "wawancara-001"]
        .map(String::from)
        .to_vec();
    let deck = Deck::plan(&b, &ids);
    assert_eq!(deck.len(), 2, "an id the bank lacks is left out");
    let open = b.item("wawancara-001").unwrap();
    let expected = plan(&Texts {
        item: open,
        likert: &b.likert_anchors,
        source_chars: pilar_siap::domain::present::slides::source_chars(&b, open),
    });
    assert_eq!(deck.slides_of(1), expected.len());
    assert_eq!(deck.at(at(1, 0)).unwrap().1, &expected[0]);
    assert_eq!(deck.at(at(0, 0)).unwrap().0.common.id, "hukum-003");
    assert_eq!(deck.slides_of(2), 1, "past the end: one");
    assert!(deck.at(at(2, 0)).is_none());
    assert!(Deck::plan(&b, &[]).is_empty());
}

#[test]
fn opening_a_session_drops_unknown_items_and_keeps_the_place_within_the_deck() {
    let b = mini();
    let mut s = session(&["hukum-001", "gone", "diri-001"]);
    s.position = 7;
    s.slide = 40;
    let deck = Deck::open(&b, &mut s);
    assert_eq!(s.items, ["hukum-001", "diri-001"]);
    assert_eq!(deck.len(), 2);
    assert_eq!(s.position, 1);
    assert_eq!(s.slide, deck.slides_of(1) - 1);

    let mut kept = session(&["hukum-001", "diri-001"]);
    kept.position = 1;
    kept.slide = 1;
    let before = kept.clone();
    Deck::open(&b, &mut kept);
    assert_eq!(kept, before, "a place within the deck stays");

    let mut none = session(&["gone"]);
    none.position = 3;
    none.slide = 3;
    assert!(Deck::open(&b, &mut none).is_empty());
    assert!(none.items.is_empty());
    assert_eq!(none.place(), at(0, 0));
}

#[test]
fn next_back_and_reveal_move_through_questions_and_answers() {
    let b = mini();
    let mut s = session(&["hukum-001", "hukum-003"]);
    let deck = Deck::open(&b, &mut s);
    let answer = |i: usize| {
        (0..deck.slides_of(i))
            .find(|n| deck.shows_answer(at(i, *n)))
            .unwrap()
    };
    assert!(deck.on_question(at(0, 0)) && !deck.shows_answer(at(0, 0)));
    assert!(!deck.on_question(at(0, answer(0))));
    // Past the end: neither a question nor an answer.
    assert!(!deck.on_question(at(5, 0)) && !deck.shows_answer(at(5, 0)));

    let last0 = at(0, deck.slides_of(0) - 1);
    assert_eq!(deck.next(at(0, 0)), Some(at(0, 1)));
    assert_eq!(deck.next(last0), Some(at(1, 0)));
    assert_eq!(
        deck.next(at(1, deck.slides_of(1) - 1)),
        None,
        "then the summary"
    );
    assert_eq!(deck.back(at(1, 0)), last0);
    assert_eq!(deck.back(at(0, 0)), at(0, 0));

    assert_eq!(deck.reveal(at(1, 0)), Some(at(1, answer(1))));
    assert_eq!(deck.reveal(at(1, answer(1))), Some(at(1, 0)));
    assert_eq!(deck.reveal(at(9, 0)), None);
}

#[test]
fn a_move_counts_an_answer_slide_as_revealed_and_says_what_changed() {
    let b = mini();
    let mut s = session(&["hukum-001", "hukum-003"]);
    let deck = Deck::open(&b, &mut s);
    let reveal = deck.reveal(at(0, 0)).unwrap();
    assert_eq!(
        deck.go(&mut s, reveal),
        Move {
            other_item: false,
            reveals: true
        }
    );
    assert_eq!(s.place(), reveal);
    assert!(s.revealed.contains("hukum-001"));
    assert_eq!(
        deck.go(&mut s, at(1, 0)),
        Move {
            other_item: true,
            reveals: false
        }
    );
    assert!(!s.revealed.contains("hukum-003"));
    let back = deck.back(at(1, 0));
    assert_eq!(
        deck.go(&mut s, back),
        Move {
            other_item: true,
            reveals: true
        }
    );
    assert_eq!(s.place(), back);
}
