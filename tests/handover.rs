//! Handing results over in QR codes: the payload round-trips every results fixture and thousands
//! of generated attempts, the longest attempt fits one code, a long payload travels in parts, and
//! a code of another bank or a damaged one is refused with a message (the group view's side:
//! `tests/handover_scan.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::sync::Arc;

use common::handover::{checked, collect, longest_attempt};
use common::*;
use pilar_siap::domain::attempt::rng::Rng;
use pilar_siap::domain::attempt::{Answer, Mode};
use pilar_siap::domain::bank::CheckedBank;
use pilar_siap::domain::cohort::generate::generate;
use pilar_siap::domain::format::problem::ProblemKind;
use pilar_siap::domain::results::handover::code::{Collector, Scan, PART_CHARS};
use pilar_siap::domain::results::handover::{encode, payload, read, same_answer};
use pilar_siap::domain::results::{parse_results, ResultsFile};
use proptest::prelude::*;
use qrcode::{EcLevel, QrCode, Version};

fn round_trip(bank: &Arc<CheckedBank>, r: &ResultsFile) -> ResultsFile {
    let h = encode(bank, r).unwrap();
    read(&collect(&h.codes), std::slice::from_ref(bank)).unwrap()
}

/// Everything the group view uses is the same; written text and answer times are not carried.
fn assert_same(a: &ResultsFile, b: &ResultsFile) {
    assert_eq!(a.bank, b.bank);
    assert_eq!(a.participant, b.participant);
    assert_eq!((a.mode, a.seed, a.timed_out), (b.mode, b.seed, b.timed_out));
    assert_eq!(
        (&a.started_at, &a.finished_at, &a.deadline),
        (&b.started_at, &b.finished_at, &b.deadline)
    );
    assert_eq!(a.items.len(), b.items.len());
    for (x, y) in a.items.iter().zip(&b.items) {
        assert_eq!(
            (&x.id, x.kind, x.evidence, x.score_bp),
            (&y.id, y.kind, y.evidence, y.score_bp)
        );
        assert!(
            same_answer(x.answer.as_ref(), y.answer.as_ref()),
            "{}: {:?} / {:?}",
            x.id,
            x.answer,
            y.answer
        );
        assert_eq!(y.answered_at, None);
    }
    assert_eq!(a.competencies, b.competencies);
}

#[test]
fn every_results_fixture_round_trips() {
    for name in [
        "results-v1",
        "results-v1-simulation",
        "results-v2",
        "results-v2-simulation",
        "results-v2-retry",
    ] {
        let text = std::fs::read_to_string(format!("tests/fixtures/{name}.json")).unwrap();
        let bank_text =
            std::fs::read_to_string(format!("tests/fixtures/{name}.bank.json")).unwrap();
        let results = parse_results(&text).unwrap();
        let bank = checked(bank(&bank_text));
        let back = round_trip(&bank, &results);
        assert_same(&results, &back);
        let h = encode(&bank, &results).unwrap();
        assert_eq!(h.codes.len(), 1, "{name}");
        let texts = results
            .items
            .iter()
            .any(|i| matches!(&i.answer, Some(Answer::Open(o)) if !o.text.is_empty()));
        assert_eq!(h.text_left_out, texts, "{name}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]
    /// 40 seeds × 60 generated attempts on the bundled bank, in every mode, some timed out.
    #[test]
    fn generated_attempts_round_trip(seed in any::<u32>(), mode in 0usize..6, timed_out in any::<bool>()) {
        let bank = checked(bundled());
        for mut r in generate(&bank.bank, 60, seed, 1_780_000_000_000) {
            r.mode = Mode::ALL[mode];
            r.timed_out = timed_out;
            let back = round_trip(&bank, &r);
            assert_same(&r, &back);
        }
    }
}

#[test]
fn the_longest_attempt_fits_one_code_of_version_15_or_less() {
    let bank = checked(bundled());
    let r = longest_attempt(&bank.bank);
    let h = encode(&bank, &r).unwrap();
    assert!(h.text_left_out);
    assert_eq!(h.codes.len(), 1);
    let code = QrCode::with_error_correction_level(h.codes[0].as_bytes(), EcLevel::M).unwrap();
    let Version::Normal(v) = code.version() else {
        panic!("a micro code")
    };
    println!(
        "longest attempt: {} items, payload {} bytes, code {} characters, QR version {v}-M, {}×{} modules",
        r.items.len(),
        payload(&bank, &r).unwrap().len(),
        h.codes[0].len(),
        code.width(),
        code.width()
    );
    assert!(v <= 15, "version {v}");
    assert_same(&r, &round_trip(&bank, &r));
}

#[test]
fn a_long_payload_is_cut_into_parts_read_in_any_order() {
    let mut rng = Rng::new(9);
    let noise: Vec<u8> = (0..3000).map(|_| rng.next_u64() as u8).collect();
    let codes = pilar_siap::domain::results::handover::code::codes(&noise);
    assert!(codes.len() >= 4, "{}", codes.len());
    assert!(codes.iter().all(|c| c.len() <= PART_CHARS + 20));
    let mut order: Vec<String> = codes.clone();
    order.swap(0, 2);
    assert_eq!(collect(&order), noise);
    // Another candidate's parts in between do not mix in.
    let other = pilar_siap::domain::results::handover::code::codes(&noise[..2500]);
    let mut c = Collector::default();
    for code in codes
        .iter()
        .take(codes.len() - 1)
        .chain(other.iter().take(1))
    {
        assert!(matches!(c.take(code).unwrap(), Scan::Part { .. }));
    }
    assert_eq!(c.take(codes.last().unwrap()).unwrap(), Scan::Whole(noise));
}

fn kind_of(codes: &[String], banks: &[Arc<CheckedBank>]) -> ProblemKind {
    let mut c = Collector::default();
    let mut last = None;
    for code in codes {
        match c.take(code) {
            Err(p) => return p.kind,
            Ok(Scan::Whole(p)) => last = Some(p),
            Ok(Scan::Part { .. }) => {}
        }
    }
    read(&last.unwrap(), banks).unwrap_err().kind
}

#[test]
fn a_code_of_another_bank_or_a_damaged_one_is_refused_with_a_message() {
    let bundled = checked(bundled());
    let mini = checked(mini());
    let r = generate(&mini.bank, 1, 3, 1_780_000_000_000).remove(0);
    let codes = encode(&mini, &r).unwrap().codes;
    let kind = kind_of(&codes, std::slice::from_ref(&bundled));
    assert!(
        matches!(&kind, ProblemKind::QrUnknownBank { bank } if bank.starts_with(&mini.bank.id)),
        "{kind:?}"
    );
    // The same id and version with another text: named by the hashes.
    let mut edited = mini.bank.clone();
    edited.items[0].common.prompt.push('?');
    let edited = checked(edited);
    assert!(matches!(
        kind_of(&codes, &[edited]),
        ProblemKind::OtherBank { .. }
    ));
    assert!(matches!(
        kind_of(&["WIFI:S:kantor;;".into()], std::slice::from_ref(&mini)),
        ProblemKind::QrNotOurs
    ));
    assert!(matches!(
        kind_of(
            &[codes[0].replacen("PILAR1", "PILAR9", 1)],
            std::slice::from_ref(&mini)
        ),
        ProblemKind::NewerVersion { found: 9, .. }
    ));
    // Cut short, a character changed, a character outside Base45: damaged, never a panic.
    let code = &codes[0];
    let cut = code[..code.len() - 5].to_owned();
    let mut flipped = code.clone().into_bytes();
    let at = flipped.len() - 8;
    flipped[at] = if flipped[at] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap();
    for bad in [
        cut,
        flipped,
        format!("{code}a"),
        "PILAR1:1/1:ABCD".into(),
        "PILAR1:3/2:ABCD:00".into(),
    ] {
        let kind = kind_of(std::slice::from_ref(&bad), std::slice::from_ref(&mini));
        assert!(matches!(kind, ProblemKind::QrDamaged), "{bad}: {kind:?}");
    }
}
