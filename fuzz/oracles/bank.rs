//! The bank reader: JSON parse, format/version check, decoding and every validation rule, then
//! the bank checker's front door with the same text as a .json file.
use super::common;

use pilar_siap::domain::bank::authoring::categories::Mapping;
use pilar_siap::domain::bank::authoring::intake::{intake, Dropped};
use pilar_siap::domain::bank::parse_bank;

pub fn check(data: &[u8]) {
    let Some(text) = common::text(data) else {
        return;
    };
    let report = parse_bank(&text);
    common::say(&report.problems);
    // A bank is returned only when no problem is an error.
    assert_eq!(
        report.bank.is_some(),
        !report.problems.iter().any(|p| p.is_error())
    );
    let got = intake(
        &[Dropped {
            name: "bank.json".into(),
            text,
        }],
        &Mapping::new(),
    );
    common::say(got.problems.iter().map(|f| &f.problem));
    assert_eq!(got.bank.is_some(), report.bank.is_some());
}
