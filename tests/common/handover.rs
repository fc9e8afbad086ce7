//! Helpers of the QR handover tests (`tests/handover.rs`, `tests/handover_scan.rs`).

use std::collections::BTreeMap;
use std::sync::Arc;

use pilar_siap::domain::attempt::draw::draw;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, OpenAnswer, Participant};
use pilar_siap::domain::bank::{Bank, CheckedBank, ItemBody};
use pilar_siap::domain::results::handover::code::{Collector, Scan};
use pilar_siap::domain::results::ResultsFile;

pub fn checked(bank: Bank) -> Arc<CheckedBank> {
    Arc::new(CheckedBank::new(bank))
}

/// The payload the codes of `codes` carry, read in reverse order.
pub fn collect(codes: &[String]) -> Vec<u8> {
    let mut c = Collector::default();
    let mut whole = None;
    for code in codes.iter().rev() {
        match c.take(code).unwrap() {
            Scan::Whole(p) => whole = Some(p),
            Scan::Part { got, total } => assert!(got < total),
        }
    }
    whole.expect("every part read")
}

/// The bundled bank's longest attempt, every item answered (open answers written and rated).
pub fn longest_attempt(bank: &Bank) -> ResultsFile {
    let mut best: Vec<String> = Vec::new();
    let mut role = String::new();
    for r in &bank.roles {
        for mode in [Mode::Practice, Mode::Simulation, Mode::Interview] {
            let items = draw(bank, &r.id, mode, 7);
            if items.len() > best.len() {
                (best, role) = (items, r.id.clone());
            }
        }
    }
    let participant = Participant {
        name: "Muhammad Rizky Ananda Pratama".into(),
        role,
        region: "hulu-sungai-selatan".into(),
    };
    let t0 = 1_780_000_000_000;
    let mut a = Attempt::with_items(
        bank.reference(),
        participant,
        Mode::Simulation,
        7,
        best.clone(),
        t0,
    );
    for (k, id) in best.iter().enumerate() {
        let item = bank.item(id).unwrap();
        let answer = match &item.body {
            ItemBody::SingleChoice { options } => {
                Answer::Choice(options[k % options.len()].id.clone())
            }
            ItemBody::Situational { options, .. } => {
                Answer::Choice(options[k % options.len()].id.clone())
            }
            ItemBody::MultipleChoice { options } => {
                Answer::Choices(options.iter().step_by(2).map(|o| o.id.clone()).collect())
            }
            ItemBody::TrueFalse { .. } => Answer::Bool(k % 2 == 0),
            ItemBody::Likert { .. } => Answer::Scale(3),
            ItemBody::OpenAnswer { criteria, .. } => Answer::Open(OpenAnswer {
                text: "Kami mendata lansia terlantar bersama Karang Taruna.".into(),
                ratings: criteria
                    .iter()
                    .map(|c| (c.id.clone(), 1))
                    .collect::<BTreeMap<_, _>>(),
            }),
        };
        a.answer(id, answer, t0 + 60_000 * k as i64);
    }
    a.finish(t0 + 3_600_000);
    ResultsFile::from_attempt(bank, &a, "0.1.0", t0 + 3_600_000)
}
