//! History on the device: finished attempts in order, no duplicates, the change since the
//! previous attempt, and import of a results file or a whole exported history.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, Participant};
use pilar_siap::domain::format::problem::ProblemKind;
use pilar_siap::domain::results::history::{change, History};
use pilar_siap::domain::results::ResultsFile;

fn finished(start: i64, right: bool) -> ResultsFile {
    let b = mini();
    let p = Participant {
        name: "Ahmad".into(),
        role: "psm".into(),
        region: "balangan".into(),
    };
    let mut a = Attempt::new(&b, b.reference(), p, Mode::Practice, 1, start);
    let choice = if right { "a" } else { "b" };
    a.answer("hukum-001", Answer::Choice(choice.into()), start + 1);
    a.answer("hukum-003", Answer::Bool(right), start + 2);
    a.finish(start + 10_000);
    ResultsFile::from_attempt(&b, &a, "0.1.0", start)
}

#[test]
fn attempts_are_kept_in_order_once_each_and_compared_with_the_one_before() {
    let mut h = History::default();
    let (first, second) = (finished(1_000_000, false), finished(2_000_000, true));
    assert!(h.add(second.clone()));
    assert!(h.add(first.clone()));
    assert!(!h.add(first.clone()), "the same attempt twice");
    assert_eq!(h.entries, vec![first.clone(), second.clone()]);
    assert_eq!(h.latest(), Some(&second));
    assert_eq!(h.previous(&second), Some(&first));
    assert_eq!(h.previous(&first), None);
    // hukum: 0 of 3 tested → 2 of 3 tested = +6667 basis points.
    let delta = change(&first, &second);
    assert_eq!(delta.get("hukum"), Some(&6_667));
    assert_eq!(delta.get("presentasi"), None, "no score either time");
}

#[test]
fn history_reads_back_and_imports() {
    let mut h = History::default();
    h.add(finished(1_000_000, false));
    h.add(finished(2_000_000, true));
    assert_eq!(History::from_storage(&h.to_storage()).unwrap(), h);
    assert_eq!(History::import(&h.to_export()).unwrap(), h);
    let one = finished(3_000_000, true);
    assert_eq!(History::import(&one.to_json()).unwrap().entries, vec![one]);
    let err = History::import(MINI).unwrap_err();
    assert!(
        matches!(&err[0].kind, ProblemKind::WrongFormat { expected, .. } if expected.contains("history"))
    );
    assert!(History::import("{").is_err());
}

/// What can be checked without the bank is checked on import too: a results file with a time
/// that is not a time, a finish before the start, or a hidden character in the name is refused;
/// inside a history export the problem names the entry.
#[test]
fn an_import_is_refused_for_what_needs_no_bank() {
    for (file, field) in [
        ("bad-time.json", "started_at"),
        ("finished-before-started.json", "finished_at"),
        ("bidi-in-name.json", "participant.name"),
    ] {
        let text = std::fs::read_to_string(format!("tests/corpus/results/{file}")).unwrap();
        let problems = History::import(&text).unwrap_err();
        assert_eq!(problems[0].path.to_string(), field, "{file}");
    }
    let mut h = History::default();
    let mut bad = finished(1_000, true);
    bad.finished_at = "kemarin".into();
    h.add(finished(0, true));
    h.entries.push(bad);
    let problems = History::import(&h.to_export()).unwrap_err();
    assert_eq!(problems[0].path.to_string(), "results[1].finished_at");
    assert!(matches!(problems[0].kind, ProblemKind::BadTime { .. }));
}
