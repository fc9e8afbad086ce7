//! The trainers' QR reader (codes shown by strangers' phones): the input as a payload and, one a
//! line, as code texts. Never a panic; every problem can be said; a payload that reads gives a
//! results file whose scores are its answers' (re-checking it finds no edit).
use super::common;

use std::sync::{Arc, OnceLock};

use pilar_siap::domain::bank::{parse_bank, CheckedBank};
use pilar_siap::domain::format::problem::Problem;
use pilar_siap::domain::results::handover::code::{Collector, Scan};
use pilar_siap::domain::results::handover::read;
use pilar_siap::domain::results::{is_edit, verify, ResultsFile};

fn bank() -> &'static Arc<CheckedBank> {
    static BANK: OnceLock<Arc<CheckedBank>> = OnceLock::new();
    BANK.get_or_init(|| {
        let bank = parse_bank(include_str!("../../tests/fixtures/results-v1.bank.json"))
            .bank
            .expect("the fixture bank is valid");
        Arc::new(CheckedBank::new(bank))
    })
}

fn checked(read: Result<ResultsFile, Problem>) {
    match read {
        Ok(results) => {
            let bank = bank();
            let problems = verify(&results, &bank.bank, &bank.reference);
            assert!(!problems.iter().any(|p| is_edit(&p.kind)), "{problems:?}");
            common::say(&problems);
        }
        Err(p) => common::say(&[p]),
    }
}

pub fn check(data: &[u8]) {
    let banks = [bank().clone()];
    checked(read(data, &banks));
    let mut collector = Collector::default();
    for line in String::from_utf8_lossy(data).lines() {
        match collector.take(line) {
            Ok(Scan::Whole(payload)) => checked(read(&payload, &banks)),
            Ok(Scan::Part { .. }) => {}
            Err(p) => common::say(&[p]),
        }
    }
}
