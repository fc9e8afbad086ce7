//! Golden files: a file of every released format version (results, and below the saved attempt,
//! history export and session record) is kept in `tests/fixtures/`
//! forever and must keep reading and verifying; the current writer must produce exactly the
//! fixture of the current version (so the JSON Schemas, checked against these files by
//! `tests/schema/`, stay in step with the Rust types). `UPDATE_FIXTURES=1` rewrites them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::*;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, OpenAnswer, Participant};
use pilar_siap::domain::bank::canonical_json;
use pilar_siap::domain::learning::missed_items;
use pilar_siap::domain::present::session::Session;
use pilar_siap::domain::results::history::History;
use pilar_siap::domain::results::{parse_results, verify, ResultsFile};

const RESULTS_V1: &str = "tests/fixtures/results-v1.json";
const RESULTS_V2: &str = "tests/fixtures/results-v2.json";
const RESULTS_V2_SIMULATION: &str = "tests/fixtures/results-v2-simulation.json";
const RESULTS_V2_RETRY: &str = "tests/fixtures/results-v2-retry.json";
/// The bank (canonical form) each results fixture was made with, kept beside it.
const BANKS: [&str; 5] = [
    "tests/fixtures/results-v1.bank.json",
    "tests/fixtures/results-v1-simulation.bank.json",
    "tests/fixtures/results-v2.bank.json",
    "tests/fixtures/results-v2-simulation.bank.json",
    "tests/fixtures/results-v2-retry.bank.json",
];

/// An attempt on the mini bank with one answer of every kind.
fn attempt_with_every_answer_kind() -> Attempt {
    let b = mini();
    let participant = Participant {
        name: "Budi Santoso".into(),
        role: "tksk".into(),
        region: "hulu-sungai-tengah".into(),
    };
    let t0 = 1_782_900_000_000;
    let mut a = Attempt::new(&b, b.reference(), participant, Mode::Practice, 2026, t0);
    a.answer("hukum-001", Answer::Choice("a".into()), t0 + 11_000);
    a.answer(
        "hukum-002",
        Answer::Choices(vec!["a".into(), "c".into()]),
        t0 + 25_000,
    );
    a.answer("hukum-003", Answer::Bool(true), t0 + 31_000);
    a.answer("situasi-001", Answer::Choice("c".into()), t0 + 47_000);
    a.answer("diri-001", Answer::Scale(4), t0 + 52_000);
    a.answer(
        "wawancara-001",
        Answer::Open(OpenAnswer {
            text: "Kami mendata 40 lansia di Desa Barabai Darat bersama karang taruna.".into(),
            ratings: BTreeMap::from([("kejelasan".into(), 2), ("bukti".into(), 1)]),
        }),
        t0 + 300_000,
    );
    a.finish(t0 + 320_000);
    a
}

/// A simulation on the mini bank that ran out of time with two items answered.
fn timed_out_simulation() -> Attempt {
    let b = mini();
    let participant = Participant {
        name: "Nur Aini".into(),
        role: "psm".into(),
        region: "kota-banjarmasin".into(),
    };
    let t0 = 1_783_000_000_000;
    let mut a = Attempt::new(&b, b.reference(), participant, Mode::Simulation, 77, t0);
    a.answer("hukum-003", Answer::Bool(false), t0 + 60_000);
    a.answer("diri-001", Answer::Scale(2), t0 + 120_000);
    a.toggle_flag("hukum-002");
    assert!(a.expire(t0 + 11 * 60_000));
    a
}

fn golden(path: &str, actual: &str) {
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        expected == actual,
        "{path} differs from what the app writes now; if the format changed on purpose, keep \
         the old fixture under a new name, bump the format version, and run with UPDATE_FIXTURES=1"
    );
}

/// The learning loop's retry of the items the first attempt missed (results format v2's modes).
fn retry_of_missed() -> Attempt {
    let b = mini();
    let first = ResultsFile::from_attempt(&b, &attempt_with_every_answer_kind(), "0.1.0", 0);
    let items = missed_items(&b, [&first], 9);
    assert!(!items.is_empty());
    let t0 = 1_782_990_000_000;
    let who = first.participant.clone();
    let mut a = Attempt::with_items(b.reference(), who, Mode::Retry, 9, items.clone(), t0);
    for (n, id) in items.iter().enumerate() {
        let answer = pilar_siap::domain::scoring::key_answer(&b.item(id).unwrap().body).unwrap();
        a.answer(id, answer, t0 + 10_000 * (n as i64 + 1));
        a.check(id);
    }
    a.finish(t0 + 120_000);
    a
}

#[test]
fn the_current_writer_produces_the_v2_fixtures() {
    let file = ResultsFile::from_attempt(&mini(), &attempt_with_every_answer_kind(), "0.1.0", 0);
    golden(RESULTS_V2, &format!("{}\n", file.to_json()));
    let file = ResultsFile::from_attempt(&mini(), &timed_out_simulation(), "0.1.0", 0);
    assert!(file.timed_out);
    golden(RESULTS_V2_SIMULATION, &format!("{}\n", file.to_json()));
    let file = ResultsFile::from_attempt(&mini(), &retry_of_missed(), "0.1.0", 0);
    assert_eq!(file.mode, Mode::Retry);
    golden(RESULTS_V2_RETRY, &format!("{}\n", file.to_json()));
}

/// Version 1 added nothing version 2 lacks: a v1 file reads as the same results, now v2.
#[test]
fn a_v1_results_file_reads_as_the_v2_file_of_the_same_attempt() {
    let v1 = parse_results(&std::fs::read_to_string(RESULTS_V1).unwrap()).unwrap();
    let now = ResultsFile::from_attempt(&mini(), &attempt_with_every_answer_kind(), "0.1.0", 0);
    assert_eq!(v1, now);
    assert_eq!(v1.format_version, 2);
}

#[test]
fn every_kept_results_fixture_still_reads_and_verifies() {
    let mut n = 0;
    for entry in std::fs::read_dir("tests/fixtures").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("results-v") || name.ends_with(".bank.json") {
            continue;
        }
        let bank_path = path.with_extension("bank.json");
        let b = bank(&std::fs::read_to_string(&bank_path).unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        let file = parse_results(&text).unwrap_or_else(|p| panic!("{name}: {p:#?}"));
        assert_eq!(verify(&file, &b, &b.reference()), vec![], "{name}");
        n += 1;
    }
    assert!(n >= 1);
}

#[test]
fn the_fixture_bank_is_the_example_bank_in_canonical_form() {
    for path in BANKS {
        golden(path, &format!("{}\n", canonical_json(&mini())));
    }
}

/// The other formats a device keeps or a person exports, each with its version: an attempt in
/// progress as saved on the device (it must survive an app update), a history export, and a
/// presentation session record. One fixture per released version, kept forever.
const ATTEMPT_V1: &str = "tests/fixtures/attempt-v1.json";
const HISTORY_V2: &str = "tests/fixtures/history-v2.json";
const SESSION_V1: &str = "tests/fixtures/session-v1.json";

fn session_with_tallies() -> Session {
    let b = mini();
    let items = vec!["hukum-001".into(), "hukum-003".into(), "diri-001".into()];
    let mut s = Session::new(
        "Bimtek Banjarbaru",
        b.reference(),
        items,
        Some(45),
        1_782_900_000_000,
    );
    let item = b.item("hukum-001").unwrap();
    s.set_count(item, 0, 12);
    s.set_count(item, 1, 3);
    s.toggle_reveal("hukum-001");
    s.step(1);
    s
}

/// Two attempts filed on a device in WITA (UTC+8): the spaced review's cards come with them.
fn history_of_both() -> History {
    let mut h = History::default();
    for a in [attempt_with_every_answer_kind(), timed_out_simulation()] {
        assert!(h.file(ResultsFile::from_attempt(&mini(), &a, "0.1.0", 0), 480));
    }
    assert!(!h.review.is_empty());
    h
}

#[test]
fn the_current_writers_produce_the_attempt_history_and_session_fixtures() {
    golden(
        ATTEMPT_V1,
        &format!("{}\n", attempt_with_every_answer_kind().to_storage()),
    );
    golden(HISTORY_V2, &format!("{}\n", history_of_both().to_export()));
    golden(
        SESSION_V1,
        &format!("{}\n", session_with_tallies().to_export()),
    );
}

/// Every kept fixture named `<prefix>v<N>.json` reads with `read`.
fn every_kept(prefix: &str, read: impl Fn(&str) -> Result<(), String>) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir("tests/fixtures").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with(prefix) && !name.ends_with(".bank.json") {
            let text = std::fs::read_to_string(&path).unwrap();
            read(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            n += 1;
        }
    }
    n
}

#[test]
fn every_kept_attempt_history_and_session_fixture_still_reads() {
    let b = mini();
    let attempts = every_kept("attempt-v", |t| {
        let a = Attempt::from_storage(t).map_err(|p| format!("{p:#?}"))?;
        (a.bank == b.reference() && !a.answers.is_empty())
            .then_some(())
            .ok_or_else(|| "another bank or no answers".into())
    });
    let histories = every_kept("history-v", |t| {
        let h = History::import(t).map_err(|p| format!("{p:#?}"))?;
        // Version 1 had no review cards: they are made again as attempts are filed.
        let v1 = t.contains("\"format_version\": 1,\n  \"results\"");
        (h.entries.len() == 2 && (v1 || !h.review.is_empty()))
            .then_some(())
            .ok_or_else(|| format!("{} entries", h.entries.len()))
    });
    let sessions = every_kept("session-v", |t| {
        let s = Session::read(t).map_err(|p| format!("{p:#?}"))?;
        (s.tallies.get("hukum-001").map(Vec::as_slice) == Some(&[12, 3, 0][..]))
            .then_some(())
            .ok_or_else(|| "tallies lost".into())
    });
    assert_eq!(
        (attempts >= 1, histories >= 1, sessions >= 1),
        (true, true, true)
    );
}
