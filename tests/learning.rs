//! The learning loop: the spaced review's scheduler (Leitner boxes over the device's calendar
//! days), the focused draws per role, the missed items, and short attempts in results files.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::*;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, Participant};
use pilar_siap::domain::bank::Evidence;
use pilar_siap::domain::format::time::{format_date, local_day, parse_date, parse_iso};
use pilar_siap::domain::learning::{focus_items, missed_items, Schedule, FOCUS_SIZE};
use pilar_siap::domain::results::history::History;
use pilar_siap::domain::results::{parse_results, verify, ResultsFile};
use pilar_siap::domain::scoring::key_answer;
use proptest::prelude::*;

const WITA: i32 = 480;

fn day(date: &str) -> i64 {
    parse_date(date).unwrap()
}

fn card(s: &Schedule, item: &str) -> (u8, String) {
    let c = s.card("b", item).unwrap();
    (c.stage, c.due.clone())
}

#[test]
fn right_answers_climb_the_boxes_when_due_and_a_wrong_one_sends_back_to_the_first() {
    let mut s = Schedule::default();
    s.answer("b", "x", true, day("2026-12-01"));
    assert_eq!(
        card(&s, "x"),
        (2, "2026-12-03".into()),
        "new and right: box 2, two days"
    );
    s.answer("b", "x", true, day("2026-12-03"));
    assert_eq!(card(&s, "x"), (3, "2026-12-07".into()));
    s.answer("b", "x", true, day("2026-12-07"));
    assert_eq!(card(&s, "x"), (4, "2026-12-15".into()));
    s.answer("b", "x", true, day("2026-12-20"));
    assert_eq!(
        card(&s, "x"),
        (5, "2027-01-05".into()),
        "late is still due: 16 days"
    );
    s.answer("b", "x", true, day("2027-01-05"));
    assert_eq!(card(&s, "x"), (5, "2027-01-21".into()), "box 5 is the last");
    s.answer("b", "x", false, day("2027-01-06"));
    assert_eq!(
        card(&s, "x"),
        (1, "2027-01-07".into()),
        "wrong: back to box 1, tomorrow"
    );
    s.answer("b", "y", false, day("2027-01-06"));
    assert_eq!(
        card(&s, "y"),
        (1, "2027-01-07".into()),
        "new and wrong: box 1"
    );
}

#[test]
fn answering_right_again_before_the_due_day_skips_no_interval() {
    let mut s = Schedule::default();
    s.answer("b", "x", true, day("2026-12-01"));
    s.answer("b", "x", true, day("2026-12-01"));
    s.answer("b", "x", true, day("2026-12-02"));
    assert_eq!(card(&s, "x").0, 2);
}

#[test]
fn an_answer_older_than_the_cards_last_leaves_it() {
    let mut s = Schedule::default();
    s.answer("b", "x", false, day("2026-12-05"));
    s.answer("b", "x", true, day("2026-12-01"));
    assert_eq!(card(&s, "x"), (1, "2026-12-06".into()));
}

#[test]
fn due_items_are_those_due_today_or_before_most_overdue_first_and_only_the_banks_tested_ones() {
    let b = mini();
    let mut s = Schedule::default();
    s.answer(&b.id, "hukum-001", true, day("2026-12-01")); // due 12-03
    s.answer(&b.id, "hukum-003", false, day("2026-12-01")); // due 12-02
    s.answer(&b.id, "gone-009", false, day("2026-12-01")); // removed from the bank
    s.answer(&b.id, "diri-001", false, day("2026-12-01")); // a self-rating: never reviewed
    s.answer("another-bank", "hukum-002", false, day("2026-12-01"));
    assert_eq!(s.due(&b, day("2026-12-01")), Vec::<String>::new());
    assert_eq!(s.due(&b, day("2026-12-02")), vec!["hukum-003"]);
    assert_eq!(s.due(&b, day("2026-12-03")), vec!["hukum-003", "hukum-001"]);
    assert_eq!(s.due(&b, day("2027-03-01")).len(), 2);
    for d in [
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2027-03-01",
    ] {
        assert_eq!(s.due_count(&b, d), s.due(&b, day(d)).len(), "{d}");
    }
}

/// A finished attempt with `answers` given at `at` (ISO).
fn finished(answers: &[(&str, Answer)], at: &str, mode: Mode) -> ResultsFile {
    let b = mini();
    let who = Participant {
        name: "Siti".into(),
        role: "tksk".into(),
        region: "banjar".into(),
    };
    let t = parse_iso(at).unwrap();
    let items = answers.iter().map(|(id, _)| (*id).to_owned()).collect();
    let mut a = Attempt::with_items(b.reference(), who, mode, 7, items, t - 60_000);
    for (id, answer) in answers {
        a.answer(id, answer.clone(), t);
    }
    a.finish(t + 1_000);
    ResultsFile::from_attempt(&b, &a, "0.1.0", t)
}

#[test]
fn an_answer_counts_on_the_devices_calendar_day() {
    // 16:30 UTC is 00:30 the next day in Banjarmasin (WITA).
    let r = finished(
        &[("hukum-003", Answer::Bool(false))],
        "2026-12-02T16:30:00Z",
        Mode::Practice,
    );
    let mut wita = Schedule::default();
    wita.learn(&r, WITA);
    assert_eq!(
        wita.card(&r.bank.id, "hukum-003").unwrap().last,
        "2026-12-03"
    );
    assert_eq!(
        wita.card(&r.bank.id, "hukum-003").unwrap().due,
        "2026-12-04"
    );
    let mut utc = Schedule::default();
    utc.learn(&r, 0);
    assert_eq!(utc.card(&r.bank.id, "hukum-003").unwrap().due, "2026-12-03");
    // Due from local midnight: at 23:59 WITA on the 3rd it is not due, at 00:00 on the 4th it is.
    let b = mini();
    let before = local_day(parse_iso("2026-12-03T15:59:00Z").unwrap(), WITA);
    let after = local_day(parse_iso("2026-12-03T16:00:00Z").unwrap(), WITA);
    assert!(wita.due(&b, before).is_empty());
    assert_eq!(wita.due(&b, after), vec!["hukum-003"]);
    assert_eq!(format_date(after), "2026-12-04");
}

#[test]
fn only_scored_tested_answers_make_cards() {
    let r = finished(
        &[
            ("hukum-001", Answer::Choice("a".into())),
            ("diri-001", Answer::Scale(4)),
        ],
        "2026-12-02T03:00:00Z",
        Mode::Practice,
    );
    let mut s = Schedule::default();
    s.learn(&r, WITA);
    let cards: Vec<&String> = s.banks[&r.bank.id].keys().collect();
    assert_eq!(cards, vec!["hukum-001"]);
}

#[test]
fn filing_attempts_keeps_the_cards_in_the_history_and_its_export() {
    let mut h = History::default();
    let r = finished(
        &[("hukum-003", Answer::Bool(false))],
        "2026-12-02T03:00:00Z",
        Mode::Practice,
    );
    assert!(h.file(r.clone(), WITA));
    assert!(!h.file(r, WITA));
    let back = History::from_storage(&h.to_storage()).unwrap();
    assert_eq!(back, h);
    assert_eq!(History::import(&h.to_export()).unwrap(), h);
    // Another device's history: its newer cards win, its attempts join.
    let mut other = History::default();
    let later = finished(
        &[("hukum-003", Answer::Bool(true))],
        "2026-12-09T03:00:00Z",
        Mode::Review,
    );
    other.file(later, WITA);
    let mut mine = h.clone();
    assert_eq!(mine.take_in(other.clone(), WITA), 1);
    assert_eq!(
        mine.review.card("contoh-mini", "hukum-003").unwrap().last,
        "2026-12-09"
    );
    assert_eq!(mine.take_in(other, WITA), 0);
}

#[test]
fn a_focused_draw_is_the_roles_tested_items_of_the_competency_repeatable_by_seed() {
    let b = bundled();
    for role in b.roles.iter().map(|r| r.id.clone()) {
        for c in &b.competencies {
            let ids = focus_items(&b, &role, &c.id, 11, FOCUS_SIZE);
            assert_eq!(ids, focus_items(&b, &role, &c.id, 11, FOCUS_SIZE));
            assert!(
                !ids.is_empty() && ids.len() <= FOCUS_SIZE,
                "{role} {}",
                c.id
            );
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), ids.len());
            for id in &ids {
                let item = b.item(id).unwrap();
                assert!(item.applies_to(&role), "{id} is not for {role}");
                assert_eq!(item.body.evidence(), Evidence::Tested, "{id}");
                assert!(
                    item.weight_for(&c.id).is_some(),
                    "{id} does not measure {}",
                    c.id
                );
            }
        }
    }
    // The mini bank's situational item is for TKSK only.
    let m = mini();
    let psm = focus_items(&m, "psm", "hukum", 1, 99);
    let tksk = focus_items(&m, "tksk", "hukum", 1, 99);
    assert_eq!((psm.len(), tksk.len()), (3, 4));
    assert!(
        focus_items(&m, "psm", "presentasi", 1, 99).is_empty(),
        "open answers only"
    );
}

#[test]
fn missed_items_are_those_whose_last_answer_missed() {
    let b = mini();
    let first = finished(
        &[
            (
                "hukum-001",
                key_answer(&b.item("hukum-001").unwrap().body).unwrap(),
            ),
            ("hukum-002", Answer::Choices(vec!["a".into()])),
            ("hukum-003", Answer::Bool(false)),
            ("diri-001", Answer::Scale(1)),
        ],
        "2026-12-01T03:00:00Z",
        Mode::Practice,
    );
    let mut missed = missed_items(&b, [&first], 3);
    missed.sort();
    assert_eq!(
        missed,
        vec!["hukum-002", "hukum-003"],
        "partial credit counts, self-ratings do not"
    );
    let retry = finished(
        &[("hukum-003", Answer::Bool(true))],
        "2026-12-02T03:00:00Z",
        Mode::Retry,
    );
    let mut across = missed_items(&b, [&first, &retry], 3);
    across.sort();
    assert_eq!(across, vec!["hukum-002"]);
    let mut other = retry.clone();
    other.bank.id = "another".into();
    assert_eq!(missed_items(&b, [&other], 3), Vec::<String>::new());
}

#[test]
fn short_attempts_are_results_files_with_their_own_mode_and_never_the_previous_attempt() {
    let b = mini();
    for mode in [Mode::Focus, Mode::Retry, Mode::Review] {
        assert!(mode.gives_feedback() && !mode.is_full());
        let r = finished(
            &[("hukum-003", Answer::Bool(true))],
            "2026-12-02T03:00:00Z",
            mode,
        );
        let back = parse_results(&r.to_json()).unwrap();
        assert_eq!(back, r);
        assert!(verify(&back, &b, &b.reference()).is_empty());
        assert!(r
            .to_json()
            .contains(&format!("\"mode\": \"{}\"", mode.name())));
    }
    let mut h = History::default();
    let full = finished(
        &[("hukum-003", Answer::Bool(false))],
        "2026-12-01T03:00:00Z",
        Mode::Practice,
    );
    let short = finished(
        &[("hukum-003", Answer::Bool(true))],
        "2026-12-02T03:00:00Z",
        Mode::Retry,
    );
    let next = finished(
        &[("hukum-003", Answer::Bool(true))],
        "2026-12-03T03:00:00Z",
        Mode::Simulation,
    );
    for r in [&full, &short, &next] {
        h.file(r.clone(), WITA);
    }
    assert_eq!(h.previous(&next), Some(&full));
}

#[test]
fn practice_modes_fix_an_answer_once_checked() {
    let b = mini();
    let who = Participant {
        name: "A".into(),
        role: "psm".into(),
        region: "banjar".into(),
    };
    let mut a = Attempt::with_items(
        b.reference(),
        who,
        Mode::Focus,
        1,
        vec!["hukum-003".into()],
        0,
    );
    a.answer("hukum-003", Answer::Bool(false), 1);
    a.check("hukum-003");
    a.answer("hukum-003", Answer::Bool(true), 2);
    assert_eq!(a.answer_to("hukum-003"), Some(&Answer::Bool(false)));
    assert!(a.deadline.is_none());
}

proptest! {
    /// Whatever the order and the days of the answers: a card's box stays within 1–5, it is due
    /// after its last answer by its box's interval, and a wrong last answer leaves it in box 1.
    #[test]
    fn cards_stay_within_their_boxes(answers in proptest::collection::vec((any::<bool>(), 0i64..60), 1..40)) {
        let mut s = Schedule::default();
        let mut last: BTreeMap<i64, bool> = BTreeMap::new();
        for (right, d) in &answers {
            s.answer("b", "x", *right, 20_000 + d);
            last.insert(*d, *right);
        }
        let c = s.card("b", "x").unwrap();
        prop_assert!((1..=5).contains(&c.stage));
        let interval = [1, 2, 4, 8, 16][usize::from(c.stage) - 1];
        prop_assert_eq!(parse_date(&c.due).unwrap() - parse_date(&c.last).unwrap(), interval);
        let (&latest, _) = last.iter().next_back().unwrap();
        prop_assert_eq!(parse_date(&c.last).unwrap(), 20_000 + latest);
    }
}
