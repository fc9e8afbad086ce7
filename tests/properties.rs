//! Property tests: scores stay in bounds, a better answer never lowers a score, scoring is
//! deterministic, and every format reads back exactly what was written.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::*;
use pilar_siap::domain::attempt::draw::draw;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, OpenAnswer, Participant};
use pilar_siap::domain::bank::{canonical_json, Bank, Item, ItemBody};
use pilar_siap::domain::format::time::{format_iso, parse_iso};
use pilar_siap::domain::results::{parse_results, verify, ResultsFile};
use pilar_siap::domain::scoring::{score_attempt, score_item, Profile, FULL};
use proptest::prelude::*;

/// Any answer of the right type for `item` (which may still name a wrong option).
fn answer_for(item: &Item) -> BoxedStrategy<Answer> {
    match &item.body {
        ItemBody::SingleChoice { options } => {
            let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
            prop::sample::select(ids).prop_map(Answer::Choice).boxed()
        }
        ItemBody::Situational { options, .. } => {
            let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
            prop::sample::select(ids).prop_map(Answer::Choice).boxed()
        }
        ItemBody::MultipleChoice { options } => {
            let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
            prop::sample::subsequence(ids.clone(), 0..=ids.len())
                .prop_map(Answer::Choices)
                .boxed()
        }
        ItemBody::TrueFalse { .. } => any::<bool>().prop_map(Answer::Bool).boxed(),
        ItemBody::Likert { .. } => (1u8..=5).prop_map(Answer::Scale).boxed(),
        ItemBody::OpenAnswer { criteria, .. } => {
            let levels: Vec<(String, u8)> = criteria
                .iter()
                .map(|c| (c.id.clone(), c.levels.len() as u8))
                .collect();
            (".{0,40}", prop::collection::vec(any::<u8>(), levels.len()))
                .prop_map(move |(text, picks)| {
                    let ratings = levels
                        .iter()
                        .zip(picks)
                        .map(|((id, n), p)| (id.clone(), p % n))
                        .collect();
                    Answer::Open(OpenAnswer { text, ratings })
                })
                .boxed()
        }
    }
}

/// The best possible answer to `item`.
fn best(item: &Item) -> Answer {
    match &item.body {
        ItemBody::SingleChoice { options } => {
            Answer::Choice(options.iter().find(|o| o.correct).unwrap().id.clone())
        }
        ItemBody::MultipleChoice { options } => Answer::Choices(
            options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.clone())
                .collect(),
        ),
        ItemBody::Situational { options, .. } => {
            Answer::Choice(options.iter().find(|o| o.credit == 1.0).unwrap().id.clone())
        }
        ItemBody::TrueFalse { answer } => Answer::Bool(*answer),
        ItemBody::Likert { .. } => Answer::Scale(5),
        ItemBody::OpenAnswer { criteria, .. } => Answer::Open(OpenAnswer {
            text: String::new(),
            ratings: criteria
                .iter()
                .map(|c| (c.id.clone(), c.levels.len() as u8 - 1))
                .collect(),
        }),
    }
}

/// A role, its items, and for each item maybe an answer.
fn attempt_answers(
    bank: Bank,
) -> impl Strategy<Value = (String, Vec<String>, BTreeMap<String, Answer>)> {
    let roles: Vec<String> = bank.roles.iter().map(|r| r.id.clone()).collect();
    (prop::sample::select(roles), any::<u32>()).prop_flat_map(move |(role, seed)| {
        let items = draw(&bank, &role, Mode::Practice, seed);
        let per_item: Vec<_> = items
            .iter()
            .map(|id| {
                let item = bank.item(id).unwrap().clone();
                let id = id.clone();
                prop::option::of(answer_for(&item)).prop_map(move |a| (id.clone(), a))
            })
            .collect();
        (Just(role), Just(items), per_item).prop_map(|(role, items, pairs)| {
            let answers = pairs
                .into_iter()
                .filter_map(|(id, a)| Some((id, a?)))
                .collect();
            (role, items, answers)
        })
    })
}

fn percents(p: &Profile) -> Vec<Option<u32>> {
    p.competencies
        .iter()
        .flat_map(|c| [&c.tested, &c.self_assessed])
        .map(|e| e.as_ref().and_then(|e| e.percent_bp))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn scores_stay_in_bounds_and_are_deterministic((_, items, answers) in attempt_answers(bundled())) {
        let b = bundled();
        let p = score_attempt(&b, &items, &answers);
        for s in &p.items {
            prop_assert!(s.score_bp.is_none_or(|s| s <= FULL));
        }
        for c in &p.competencies {
            for e in [&c.tested, &c.self_assessed].into_iter().flatten() {
                prop_assert!(e.answered <= e.items);
                prop_assert!(e.percent_bp.is_none_or(|s| s <= FULL));
                prop_assert_eq!(e.percent_bp.is_some(), e.level.is_some());
            }
        }
        prop_assert_eq!(score_attempt(&b, &items, &answers), p);
    }

    #[test]
    fn a_better_answer_never_lowers_a_score(
        (_, items, answers) in attempt_answers(mini()),
        pick in any::<prop::sample::Index>(),
    ) {
        let b = mini();
        let id = pick.get(&items).clone();
        let item = b.item(&id).unwrap();
        let before = score_attempt(&b, &items, &answers);
        let mut improved = answers.clone();
        improved.insert(id.clone(), best(item));
        let after = score_attempt(&b, &items, &improved);
        prop_assert_eq!(score_item(&item.body, &best(item)), Some(FULL));
        for (x, y) in percents(&before).into_iter().zip(percents(&after)) {
            if let (Some(x), Some(y)) = (x, y) {
                prop_assert!(y >= x, "{} went from {} to {}", id, x, y);
            }
        }
    }

    #[test]
    fn attempts_and_results_read_back_exactly(
        (role, _, answers) in attempt_answers(mini()),
        name in "\\PC{0,30}",
        seed in any::<u32>(),
        start in 0i64..4_000_000_000_000,
        mode in proptest::sample::select(Mode::ALL.to_vec()),
    ) {
        let b = mini();
        let participant = Participant { name, role, region: "banjar".into() };
        let mut a = Attempt::new(&b, b.reference(), participant, mode, seed, start);
        for (id, ans) in answers {
            a.answer(&id, ans, start + 1_000);
        }
        a.finish(start + 60_000);
        prop_assert_eq!(Attempt::from_storage(&a.to_storage()).unwrap(), a.clone());
        let file = ResultsFile::from_attempt(&b, &a, "0.1.0", start);
        let back = parse_results(&file.to_json()).unwrap();
        prop_assert_eq!(&back, &file);
        prop_assert!(verify(&back, &b, &b.reference()).is_empty());
    }

    #[test]
    fn banks_read_back_exactly(
        title in "[A-Za-z]\\PC{0,39}",
        prompt in "[A-Za-z0-9]\\PC{0,79}",
        weight in 0.01f64..=1.0,
        credit in 0.0f64..=1.0,
        min in 1.0f64..=100.0,
    ) {
        let mut b = mini();
        b.title = title;
        b.items[0].common.prompt = prompt;
        b.items[0].common.competencies[0].weight = weight;
        if let ItemBody::Situational { options, .. } = &mut b.items[3].body {
            options[1].credit = credit;
        }
        b.competencies[0].rubric[1].min = min;
        let text = canonical_json(&b);
        let back = bank(&text);
        prop_assert_eq!(&back, &b);
        prop_assert_eq!(canonical_json(&back), text);
    }

    #[test]
    fn timestamps_read_back_exactly(ms in 0i64..253_402_300_799_999) {
        prop_assert_eq!(parse_iso(&format_iso(ms)), Some(ms));
    }
}
