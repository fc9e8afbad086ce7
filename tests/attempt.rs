//! Attempts: what is drawn for whom, option order, the simulation deadline, practice feedback
//! fixing an answer, flags.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::*;
use pilar_siap::domain::attempt::draw::{draw, is_interview, option_order};
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, Participant};
use pilar_siap::domain::bank::ItemBody;

fn participant(role: &str) -> Participant {
    Participant {
        name: "Rina".into(),
        role: role.into(),
        region: "tapin".into(),
    }
}

#[test]
fn drawing_follows_the_role_the_pools_and_the_seed() {
    let b = bundled();
    let n = b.draw_per_competency.unwrap() as usize;
    for role in ["psm", "tksk", "lks", "karang-taruna", "tagana", "lainnya"] {
        let items = draw(&b, role, Mode::Practice, 42);
        assert_eq!(items, draw(&b, role, Mode::Practice, 42));
        assert_ne!(items, draw(&b, role, Mode::Practice, 43));
        assert!(items.iter().all(|id| b.item(id).unwrap().applies_to(role)));
        let mut per: BTreeMap<&str, usize> = BTreeMap::new();
        for id in &items {
            *per.entry(&b.item(id).unwrap().common.competencies[0].id)
                .or_default() += 1;
        }
        assert_eq!(per.len(), 7, "{role}: every competency drawn");
        assert!(per.values().all(|&k| k <= n), "{role}: {per:?}");
        assert!(items.len() >= 30, "{role}: {} items", items.len());
        // Tested items first, then self-ratings, then open answers.
        let group = |id: &String| match b.item(id).unwrap().body.kind_name() {
            "likert" => 1,
            "open_answer" => 2,
            _ => 0,
        };
        let groups: Vec<_> = items.iter().map(group).collect();
        assert!(
            groups.windows(2).all(|w| w[0] <= w[1]),
            "{role}: {groups:?}"
        );
    }
}

#[test]
fn interview_practice_draws_the_timed_open_answers_for_the_role() {
    let b = bundled();
    let psm = draw(&b, "psm", Mode::Interview, 1);
    assert!(psm.contains(&"wawancara-kegiatan".to_string()));
    assert!(psm.iter().all(|id| is_interview(b.item(id).unwrap())));
    assert!(psm.iter().all(|id| b.item(id).unwrap().applies_to("psm")));
    assert!(psm.len() >= 2);
}

#[test]
fn option_order_is_a_seeded_permutation() {
    let b = bundled();
    let mut moved = 0;
    for item in &b.items {
        let order = option_order(item, 7);
        assert_eq!(order, option_order(item, 7));
        let n = match &item.body {
            ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
                options.len()
            }
            ItemBody::Situational { options, .. } => options.len(),
            _ => 0,
        };
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(sorted, (0..n).collect::<Vec<_>>());
        if order != (0..n).collect::<Vec<_>>() {
            moved += 1;
        }
    }
    assert!(moved > 40, "options are shuffled for most items ({moved})");
}

#[test]
fn a_simulation_has_a_deadline_and_ends_itself_when_it_passes() {
    let b = bundled();
    let t0 = 1_790_000_000_000;
    let mut a = Attempt::new(
        &b,
        b.reference(),
        participant("tksk"),
        Mode::Simulation,
        5,
        t0,
    );
    let m = i64::from(b.simulation_minutes.unwrap()) * 60_000;
    assert_eq!(a.deadline, Some(t0 + m));
    assert_eq!(a.remaining_ms(t0 + m - 5 * 60_000), Some(5 * 60_000));
    assert!(!a.expire(t0 + m - 60_000));
    let first = a.items[0].clone();
    a.answer(&first, Answer::Choice("a".into()), t0 + 1_000);
    // Reloaded long after: the attempt ends at its deadline, not at the reload.
    let saved = Attempt::from_storage(&a.to_storage()).unwrap();
    let mut later = saved;
    assert!(later.expire(t0 + m + 15 * 60_000));
    assert!(later.timed_out);
    assert_eq!(later.finished_at, Some(t0 + m));
    assert!(!later.expire(t0 + m + 16 * 60_000), "only once");
    // Once over, answers are fixed.
    later.answer(&first, Answer::Choice("b".into()), t0 + m + 16 * 60_000);
    assert_eq!(later.answer_to(&first), Some(&Answer::Choice("a".into())));
    // Practice has no deadline.
    let p = Attempt::new(
        &b,
        b.reference(),
        participant("tksk"),
        Mode::Practice,
        5,
        t0,
    );
    assert_eq!(p.deadline, None);
}

#[test]
fn practice_feedback_fixes_the_answer_and_flags_toggle() {
    let b = mini();
    let mut a = Attempt::new(&b, b.reference(), participant("psm"), Mode::Practice, 3, 0);
    a.check("hukum-001");
    assert!(
        !a.is_checked("hukum-001"),
        "nothing to check before an answer"
    );
    a.answer("hukum-001", Answer::Choice("b".into()), 1);
    a.check("hukum-001");
    a.answer("hukum-001", Answer::Choice("a".into()), 2);
    a.clear("hukum-001");
    assert_eq!(a.answer_to("hukum-001"), Some(&Answer::Choice("b".into())));
    a.toggle_flag("hukum-002");
    a.toggle_flag("hukum-003");
    a.toggle_flag("hukum-003");
    let back = Attempt::from_storage(&a.to_storage()).unwrap();
    assert_eq!(back, a);
    assert!(back.flags.contains("hukum-002") && !back.flags.contains("hukum-003"));
    assert_eq!(back.unanswered().len(), a.items.len() - 1);
}

#[test]
fn keys_pick_the_option_shown_at_their_position() {
    use pilar_siap::view::shortcut::answer_for_key;
    let b = mini();
    let single = b.item("hukum-001").unwrap();
    let order = vec![2, 0, 1];
    assert_eq!(
        answer_for_key(single, &order, "a", None),
        Some(Answer::Choice("c".into()))
    );
    assert_eq!(
        answer_for_key(single, &order, "B", None),
        Some(Answer::Choice("a".into()))
    );
    assert_eq!(
        answer_for_key(single, &order, "3", None),
        Some(Answer::Choice("b".into()))
    );
    assert_eq!(answer_for_key(single, &order, "d", None), None);
    assert_eq!(answer_for_key(single, &order, "Enter", None), None);
    let multi = b.item("hukum-002").unwrap();
    let once = answer_for_key(multi, &[], "a", None);
    assert_eq!(once, Some(Answer::Choices(vec!["a".into()])));
    let twice = answer_for_key(multi, &[], "c", once.as_ref());
    assert_eq!(twice, Some(Answer::Choices(vec!["a".into(), "c".into()])));
    assert_eq!(
        answer_for_key(multi, &[], "a", twice.as_ref()),
        Some(Answer::Choices(vec!["c".into()]))
    );
    let tf = b.item("hukum-003").unwrap();
    assert_eq!(
        answer_for_key(tf, &[], "b", None),
        Some(Answer::Bool(false))
    );
    let likert = b.item("diri-001").unwrap();
    assert_eq!(
        answer_for_key(likert, &[], "4", None),
        Some(Answer::Scale(4))
    );
    assert_eq!(answer_for_key(likert, &[], "6", None), None);
    assert_eq!(
        answer_for_key(b.item("wawancara-001").unwrap(), &[], "a", None),
        None
    );
}

/// The end-to-end keyboard test enters this practice code as Karang Taruna and needs every kind,
/// all of them before the last item.
#[test]
fn the_keyboard_test_code_draws_every_kind() {
    let b = bundled();
    let items = draw(&b, "karang-taruna", Mode::Practice, 2029);
    let mut kinds: Vec<&str> = items
        .iter()
        .map(|id| b.item(id).unwrap().body.kind_name())
        .collect();
    // Open answers come last: with two, every kind is done before the last item, so the test
    // can still step back with the arrow.
    let open = kinds.iter().filter(|k| **k == "open_answer").count();
    assert!(open >= 2, "{open} open answers");
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds.len(), 6, "{kinds:?}");
}
