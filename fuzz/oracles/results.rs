//! The results readers: the general reader and the cohort's fast path must agree exactly; a file
//! read is verified against its bank and rescored; the candidate's import and the cohort intake
//! take the same text without panicking.
use super::common;

use std::sync::{Arc, OnceLock};

use pilar_siap::domain::bank::{parse_bank, Bank, CheckedBank};
use pilar_siap::domain::cohort::fast::parse_results_fast;
use pilar_siap::domain::cohort::intake::Intake;
use pilar_siap::domain::results::history::History;
use pilar_siap::domain::results::{parse_results, rescore, verify};

fn bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| {
        parse_bank(include_str!("../../tests/fixtures/results-v1.bank.json"))
            .bank
            .expect("the fixture bank is valid")
    })
}

pub fn check(data: &[u8]) {
    let Some(text) = common::text(data) else {
        return;
    };
    let general = parse_results(&text);
    let fast = parse_results_fast(&text);
    assert_eq!(
        general, fast,
        "the fast reader and the general one disagree"
    );
    match &general {
        Ok(r) => {
            let bank = bank();
            common::say(&verify(r, bank, &bank.reference()));
            let again = rescore(r, bank);
            assert_eq!(again.items.len(), r.items.len());
        }
        Err(problems) => common::say(problems),
    }
    if let Err(problems) = History::import(&text) {
        common::say(&problems);
    }
    let mut intake = Intake::new(vec![Arc::new(CheckedBank::new(bank().clone()))]);
    intake.add("hasil.json", &text);
    let _ = intake.summary();
}
