//! Shared helpers for the native tests.
#![allow(dead_code)]

pub mod handover;

use pilar_siap::domain::bank::{parse_bank, Bank};
use pilar_siap::domain::format::problem::{Problem, ProblemKind};
use serde_json::Value;

pub const BUNDLED: &str = include_str!("../../public/banks/kalsel-pilar-sosial.json");
pub const MINI: &str = include_str!("../../public/banks/examples/contoh-mini.json");

/// A bank that must parse without errors.
pub fn bank(text: &str) -> Bank {
    let report = parse_bank(text);
    assert!(
        report.bank.is_some(),
        "bank did not parse: {:#?}",
        report.problems
    );
    report.bank.unwrap()
}

pub fn mini() -> Bank {
    bank(MINI)
}

pub fn bundled() -> Bank {
    bank(BUNDLED)
}

/// The mini bank as a JSON value, to break on purpose.
pub fn mini_value() -> Value {
    serde_json::from_str(MINI).unwrap()
}

/// The problems of a bank given as a JSON value (pretty-printed, so lines are meaningful).
pub fn problems_of(v: &Value) -> Vec<Problem> {
    parse_bank(&serde_json::to_string_pretty(v).unwrap()).problems
}

/// The errors only, as `(path, kind)`.
pub fn errors_of(v: &Value) -> Vec<(String, ProblemKind)> {
    problems_of(v)
        .into_iter()
        .filter(Problem::is_error)
        .map(|p| (p.path.to_string(), p.kind))
        .collect()
}
