//! Export → import is the identity: any bank the reader accepts, written canonically, reads back
//! equal; results files of attempts on it (drawn from the input) read back equal by both readers
//! and verify clean against the bank.
use super::common;

use pilar_siap::domain::bank::{canonical_json, parse_bank};
use pilar_siap::domain::cohort::fast::parse_results_fast;
use pilar_siap::domain::cohort::generate::generate;
use pilar_siap::domain::results::{parse_results, verify};

pub fn check(data: &[u8]) {
    let Some(text) = common::text(data) else {
        return;
    };
    let Some(bank) = parse_bank(&text).bank else {
        return;
    };
    let canonical = canonical_json(&bank);
    let again = parse_bank(&canonical);
    assert_eq!(again.bank.as_ref(), Some(&bank), "{:?}", again.problems);
    assert_eq!(again.bank.map(|b| canonical_json(&b)), Some(canonical));

    let seed = data
        .iter()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(*b)));
    for r in generate(&bank, 3, seed, 1_764_288_000_000) {
        let json = r.to_json();
        assert_eq!(parse_results(&json).as_ref(), Ok(&r));
        assert_eq!(parse_results_fast(&json).as_ref(), Ok(&r));
        let problems = verify(&r, &bank, &bank.reference());
        assert!(!problems.iter().any(|p| p.is_error()), "{problems:?}");
    }
}
