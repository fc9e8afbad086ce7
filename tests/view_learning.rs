//! What the learning loop's screens compute: the report's next steps, the progress charts, the
//! study materials with the candidate's last results.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, Participant};
use pilar_siap::domain::results::ResultsFile;
use pilar_siap::view::learning::{
    chart_points, materials, progress, readiness, tally, weakest, Outcome,
};

fn attempt(mode: Mode, answers: &[(&str, Answer)], t: i64) -> ResultsFile {
    let b = bundled();
    let who = Participant {
        name: "Rina".into(),
        role: "psm".into(),
        region: "banjar".into(),
    };
    let mut a = Attempt::new(&b, b.reference(), who, mode, 5, t);
    if mode != Mode::Practice {
        a.items = answers.iter().map(|(id, _)| (*id).to_owned()).collect();
    }
    for (id, ans) in answers {
        a.answer(id, ans.clone(), t + 1);
    }
    a.finish(t + 2);
    ResultsFile::from_attempt(&b, &a, "0.1.0", t)
}

#[test]
fn next_steps_name_the_weakest_competencies_and_the_readiness() {
    let b = bundled();
    let r = attempt(Mode::Practice, &[], 1_790_000_000_000);
    // Nothing answered: every tested competency is at 0 %, the weakest are the first two.
    let (bp, level) = readiness(&b, &r).unwrap();
    assert_eq!(bp, 0);
    assert!(
        level.is_some(),
        "the bundled bank's competencies share a rubric"
    );
    let weak = weakest(&b, &r, 2);
    assert_eq!(weak.iter().map(|w| w.index).collect::<Vec<_>>(), vec![0, 1]);
    // Answer every tested item of the first competency right: it is no longer among the weakest.
    let first = &b.competencies[0].id;
    let right: Vec<(&str, Answer)> = r
        .items
        .iter()
        .filter_map(|i| {
            let item = b.item(&i.id)?;
            item.weight_for(first)?;
            Some((
                i.id.as_str(),
                pilar_siap::domain::scoring::key_answer(&item.body)?,
            ))
        })
        .collect();
    let better = attempt(Mode::Practice, &right, 1_790_000_000_000);
    let weak = weakest(&b, &better, 2);
    assert!(weak.iter().all(|w| w.index != 0), "{weak:?}");
    assert!(readiness(&b, &better).unwrap().0 > 0);
    let (n, total) = tally(&better);
    assert_eq!(n, right.len());
    assert!(total >= n);
}

#[test]
fn a_progress_chart_has_a_point_per_attempt_from_the_bottom_up() {
    let b = bundled();
    let first = attempt(Mode::Practice, &[], 1_790_000_000_000);
    let item = first
        .items
        .iter()
        .find(|i| b.item(&i.id).unwrap().weight_for("hukum").is_some())
        .unwrap();
    let key = pilar_siap::domain::scoring::key_answer(&b.item(&item.id).unwrap().body).unwrap();
    let short = attempt(Mode::Focus, &[(item.id.as_str(), key)], 1_790_100_000_000);
    let entries = vec![first, short];
    let steps = progress(&entries, &b.id, "hukum");
    assert_eq!(steps.len(), 2);
    assert_eq!(
        (steps[0].mode, steps[1].mode),
        (Mode::Practice, Mode::Focus)
    );
    assert_eq!((steps[0].percent_bp, steps[1].percent_bp), (0, 10_000));
    let points = chart_points(&steps, 320.0, 120.0, 16.0);
    assert_eq!(points, vec![(16.0, 104.0), (304.0, 16.0)]);
    assert_eq!(
        chart_points(&steps[..1], 320.0, 120.0, 16.0),
        vec![(160.0, 104.0)]
    );
    assert!(progress(&entries, "another-bank", "hukum").is_empty());
}

#[test]
fn study_materials_list_every_source_with_its_items_and_the_last_result_on_them() {
    let b = bundled();
    let none = materials(&b, &[], None);
    assert_eq!(none.len(), b.sources.len());
    let cited: usize = none.iter().map(|m| m.citations.len()).sum();
    assert_eq!(
        cited,
        b.items.iter().filter(|i| i.common.source.is_some()).count()
    );
    assert!(none
        .iter()
        .flat_map(|m| &m.citations)
        .all(|c| c.outcome == Outcome::None));
    // One item answered wrong: its source comes first, with one item to go over.
    let (item, src) = b
        .items
        .iter()
        .find_map(|i| match (&i.body, &i.common.source) {
            (pilar_siap::domain::bank::ItemBody::TrueFalse { answer }, Some(s)) => {
                Some((i, (s.source.clone(), *answer)))
            }
            _ => None,
        })
        .unwrap();
    let r = attempt(
        Mode::Focus,
        &[(item.common.id.as_str(), Answer::Bool(!src.1))],
        1_790_000_000_000,
    );
    let list = materials(&b, &[r], None);
    let top = &list[0];
    assert_eq!(b.sources[top.source].id, src.0);
    assert_eq!(top.to_study(), 1);
    let c = top
        .citations
        .iter()
        .find(|c| c.item == item.common.id)
        .unwrap();
    assert_eq!(c.outcome, Outcome::Wrong);
    // For one competency: only its items, only sources they cite.
    let hukum = materials(&b, &[], Some("hukum"));
    assert!(!hukum.is_empty() && hukum.len() < b.sources.len());
    for m in &hukum {
        assert!(!m.citations.is_empty());
        assert!(m
            .citations
            .iter()
            .all(|c| b.item(&c.item).unwrap().weight_for("hukum").is_some()));
    }
}
