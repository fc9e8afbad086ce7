//! Golden files: a results file of every released format version is kept in `tests/fixtures/`
//! forever and must keep reading and verifying; the current writer must produce exactly the
//! fixture of the current version (so the JSON Schemas, checked against these files by
//! `tests/schema/`, stay in step with the Rust types). `UPDATE_FIXTURES=1` rewrites them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::*;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, OpenAnswer, Participant};
use pilar_siap::domain::bank::canonical_json;
use pilar_siap::domain::results::{parse_results, verify, ResultsFile};

const RESULTS_V1: &str = "tests/fixtures/results-v1.json";
const RESULTS_V1_SIMULATION: &str = "tests/fixtures/results-v1-simulation.json";
/// The bank (canonical form) each results fixture was made with, kept beside it.
const BANK_V1: &str = "tests/fixtures/results-v1.bank.json";
const BANK_V1_SIMULATION: &str = "tests/fixtures/results-v1-simulation.bank.json";

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

#[test]
fn the_current_writer_produces_the_v1_fixture() {
    let file = ResultsFile::from_attempt(&mini(), &attempt_with_every_answer_kind(), "0.1.0", 0);
    golden(RESULTS_V1, &format!("{}\n", file.to_json()));
    let file = ResultsFile::from_attempt(&mini(), &timed_out_simulation(), "0.1.0", 0);
    assert!(file.timed_out);
    golden(RESULTS_V1_SIMULATION, &format!("{}\n", file.to_json()));
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
    golden(BANK_V1, &format!("{}\n", canonical_json(&mini())));
    golden(
        BANK_V1_SIMULATION,
        &format!("{}\n", canonical_json(&mini())),
    );
}
