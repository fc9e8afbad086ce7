//! What the quiz page computes, natively: the state of the item shown, where "next", "previous"
//! and "check" lead, the buttons' labels, what keys do and the competencies an item measures.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pilar_siap::domain::attempt::{Answer, Attempt, Mode, Participant};
use pilar_siap::domain::bank::{Bank, CompetencyWeight, Item};
use pilar_siap::i18n::{Key, Lang};
use pilar_siap::view::quiz::{
    confirm, flag_label, keyed_answer, measures, measures_text, next, next_label, previous,
    previous_disabled, shortcut, title, Confirm, ItemState, Next, Press, Shortcut,
};

fn attempt(bank: &Bank, mode: Mode) -> Attempt {
    let participant = Participant {
        name: "Rahmat".into(),
        role: "psm".into(),
        region: "banjar".into(),
    };
    Attempt::new(bank, bank.reference(), participant, mode, 7, 1_000)
}

fn item<'a>(bank: &'a Bank, id: &str) -> &'a Item {
    bank.item(id).unwrap()
}

fn press(key: &str) -> Press<'_> {
    Press {
        key,
        modified: false,
        in_text: false,
        on_control: false,
    }
}

#[test]
fn an_items_state_follows_the_attempt() {
    let bank = common::mini();
    let mut a = attempt(&bank, Mode::Practice);
    let id = a.items[0].clone();
    assert_eq!(ItemState::of(None, &id), ItemState::default());
    assert_eq!(ItemState::of(Some(&a), &id), ItemState::default());

    a.answer(&id, Answer::Bool(true), 2_000);
    a.toggle_flag(&id);
    let s = ItemState::of(Some(&a), &id);
    assert_eq!(s.answer, Some(Answer::Bool(true)));
    assert!(s.flagged);
    assert!(!s.checked);
    assert_eq!(s.clone().feedback(), None, "no feedback before checking");
    assert!(s.can_check(Mode::Practice));
    assert_eq!(confirm(Mode::Practice, &s), Confirm::Check);

    a.check(&id);
    let s = ItemState::of(Some(&a), &id);
    assert!(s.checked);
    assert!(!s.can_check(Mode::Practice), "checked once only");
    assert_eq!(confirm(Mode::Practice, &s), Confirm::Next);
    assert_eq!(s.feedback(), Some(Answer::Bool(true)));

    let other = a.items[1].clone();
    assert_eq!(ItemState::of(Some(&a), &other), ItemState::default());
}

#[test]
fn only_practice_checks_and_only_an_answer() {
    let answered = ItemState {
        answer: Some(Answer::Scale(3)),
        ..ItemState::default()
    };
    for mode in [Mode::Simulation, Mode::Interview] {
        assert!(!answered.can_check(mode), "{mode:?}");
        assert_eq!(confirm(mode, &answered), Confirm::Next);
    }
    assert!(!ItemState::default().can_check(Mode::Practice));
    assert_eq!(
        confirm(Mode::Practice, &ItemState::default()),
        Confirm::Next
    );
    assert!(answered.can_check(Mode::Practice));
}

#[test]
fn next_goes_on_then_to_the_review_and_previous_stops_at_the_first() {
    assert_eq!(next(0, 3), Next::Item(1));
    assert_eq!(next(1, 3), Next::Item(2));
    assert_eq!(next(2, 3), Next::Review);
    assert_eq!(
        next(0, 0),
        Next::Review,
        "an empty attempt goes to the review"
    );
    assert_eq!(next(0, 1), Next::Review);

    assert_eq!(next_label(0, 3), Key::Next);
    assert_eq!(next_label(1, 3), Key::Next);
    assert_eq!(next_label(2, 3), Key::ToReview);
    assert_eq!(next_label(0, 0), Key::ToReview);

    assert_eq!(previous(2), 1);
    assert_eq!(previous(1), 0);
    assert_eq!(previous(0), 0);
    assert!(previous_disabled(0));
    assert!(!previous_disabled(1));
}

#[test]
fn labels_count_from_one_and_name_the_flag_state() {
    assert_eq!(title(Lang::Id, 2, 41), "Soal 3 dari 41");
    assert_eq!(title(Lang::En, 0, 6), "Question 1 of 6");
    assert_eq!(flag_label(false), Key::Flag);
    assert_eq!(flag_label(true), Key::Unflag);
}

#[test]
fn keys_move_confirm_or_answer_unless_typing_modified_or_idle() {
    assert_eq!(shortcut(press("ArrowRight"), true), Some(Shortcut::Next));
    assert_eq!(shortcut(press("ArrowLeft"), true), Some(Shortcut::Previous));
    assert_eq!(shortcut(press("Enter"), true), Some(Shortcut::Confirm));
    assert_eq!(shortcut(press("b"), true), Some(Shortcut::Answer));
    assert_eq!(shortcut(press("ArrowUp"), true), Some(Shortcut::Answer));
    let on_button = Press {
        on_control: true,
        ..press("Enter")
    };
    assert_eq!(
        shortcut(on_button, true),
        Some(Shortcut::Answer),
        "Enter on a button is the button's own (and answers nothing)"
    );
    let on_button_arrow = Press {
        on_control: true,
        ..press("ArrowRight")
    };
    assert_eq!(shortcut(on_button_arrow, true), Some(Shortcut::Next));

    for key in ["ArrowRight", "ArrowLeft", "Enter", "a"] {
        assert_eq!(shortcut(press(key), false), None, "no attempt: {key}");
        let typing = Press {
            in_text: true,
            ..press(key)
        };
        assert_eq!(shortcut(typing, true), None, "typing: {key}");
        let modified = Press {
            modified: true,
            ..press(key)
        };
        assert_eq!(shortcut(modified, true), None, "modified: {key}");
    }
}

#[test]
fn a_key_answers_in_the_order_shown_until_the_item_is_checked() {
    let bank = common::mini();
    let single = item(&bank, "hukum-001");
    let open = item(&bank, "wawancara-001");
    let tf = item(&bank, "hukum-003");
    let none = ItemState::default();

    // The letter picks the option shown at that place, which the seed decides.
    let order = pilar_siap::domain::attempt::draw::option_order(single, 7);
    let pilar_siap::domain::bank::ItemBody::SingleChoice { options } = &single.body else {
        panic!("hukum-001 is single choice");
    };
    for (pos, key) in ["a", "b"].iter().enumerate() {
        let shown = &options[order.get(pos).copied().unwrap_or(pos)];
        assert_eq!(
            keyed_answer(single, 7, key, &none),
            Some(Answer::Choice(shown.id.clone())),
            "{key}"
        );
    }
    assert_eq!(keyed_answer(single, 7, "z", &none), None);
    assert_eq!(keyed_answer(open, 7, "a", &none), None);
    assert_eq!(keyed_answer(tf, 7, "2", &none), Some(Answer::Bool(false)));

    let checked = ItemState {
        answer: Some(Answer::Bool(true)),
        checked: true,
        flagged: false,
    };
    assert_eq!(
        keyed_answer(tf, 7, "2", &checked),
        None,
        "fixed once checked"
    );
}

#[test]
fn an_item_names_what_it_measures_in_each_language() {
    let bank = common::mini();
    let mut it = item(&bank, "hukum-001").clone();
    let names = measures(&bank, &it);
    assert_eq!(
        names,
        vec![(
            "Landasan Hukum & Konsep Kesos".to_owned(),
            "Legal and conceptual foundations".to_owned()
        )]
    );

    for id in ["nowhere", "presentasi"] {
        it.common.competencies.push(CompetencyWeight {
            id: id.into(),
            weight: 0.5,
        });
    }
    let names = measures(&bank, &it);
    assert_eq!(names.len(), 2, "an unknown competency is left out");
    assert_eq!(
        measures_text(&names, Lang::Id),
        "Landasan Hukum & Konsep Kesos · Dokumentasi & Presentasi Kinerja"
    );
    assert_eq!(
        measures_text(&names, Lang::En),
        "Legal and conceptual foundations · Evidence, reporting, presentation"
    );
    assert_eq!(measures_text(&[], Lang::Id), "");
}
