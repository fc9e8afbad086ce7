//! Handing results over in QR codes: the payload round-trips every results fixture and thousands
//! of generated attempts, a code of another bank or a damaged one is refused with a message, and
//! the decoder reads the codes the encoder drew — scaled, rotated and with noise.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use common::*;
use pilar_siap::domain::attempt::draw::draw;
use pilar_siap::domain::attempt::rng::Rng;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, OpenAnswer, Participant};
use pilar_siap::domain::bank::{Bank, CheckedBank, ItemBody};
use pilar_siap::domain::cohort::generate::generate;
use pilar_siap::domain::cohort::intake::{Intake, Outcome};
use pilar_siap::domain::format::problem::ProblemKind;
use pilar_siap::domain::results::handover::code::{Collector, Scan, PART_CHARS};
use pilar_siap::domain::results::handover::image::{read_grey, read_rgba};
use pilar_siap::domain::results::handover::{encode, payload, read, same_answer};
use pilar_siap::domain::results::{parse_results, ResultsFile};
use proptest::prelude::*;
use qrcode::{EcLevel, QrCode, Version};

fn checked(bank: Bank) -> Arc<CheckedBank> {
    Arc::new(CheckedBank::new(bank))
}

/// The payload the codes of `codes` carry, read in reverse order.
fn collect(codes: &[String]) -> Vec<u8> {
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

/// The bundled bank's longest attempt, every item answered (open answers written and rated).
fn longest_attempt(bank: &Bank) -> ResultsFile {
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

#[test]
fn a_code_lands_in_the_group_like_its_file() {
    let bank = checked(bundled());
    let files = generate(&bank.bank, 3, 5, 1_780_000_000_000);
    let mut intake = Intake::new(vec![bank.clone()]);
    intake.add("budi.json", &files[0].to_json());
    for (k, r) in files.iter().enumerate() {
        let p = collect(&encode(&bank, r).unwrap().codes);
        let back = intake.add_code(&format!("QR {}", k + 1), &p).unwrap();
        assert_eq!(back.participant, r.participant);
    }
    let outcomes: Vec<&Outcome> = intake.log.iter().map(|e| &e.outcome).collect();
    // The first was in as a file (with its written answers): the same attempt, counted once.
    assert_eq!(
        outcomes,
        [
            &Outcome::Accepted,
            &Outcome::Duplicate,
            &Outcome::Accepted,
            &Outcome::Accepted
        ]
    );
    assert_eq!(intake.groups[0].results.len(), 3);
    let mut other = files[1].clone();
    other.started_at = files[0].started_at.clone();
    other.participant = files[0].participant.clone();
    let p = collect(&encode(&bank, &other).unwrap().codes);
    intake.add_code("QR 4", &p).unwrap();
    assert!(matches!(
        intake.log.last().unwrap().outcome,
        Outcome::DuplicateDiffers(_)
    ));
    let mini = checked(mini());
    let r = generate(&mini.bank, 1, 3, 1_780_000_000_000).remove(0);
    assert!(intake
        .add_code("QR 5", &collect(&encode(&mini, &r).unwrap().codes))
        .is_err());
    assert!(matches!(
        intake.log.last().unwrap().outcome,
        Outcome::Rejected(_)
    ));
}

/// A code drawn as a grey image: `scale` pixels a module, a quiet zone wide enough to turn it by
/// `degrees` about the centre, with `noise` (0–255) of random grey added to every pixel. (rqrr
/// calls a pixel dark below 95 % of the local mean, so the noise is kept to what a camera gives:
/// a few percent; salt-and-pepper of ±40 on white reads as dark specks no camera makes.)
fn draw_code(text: &str, scale: usize, degrees: f64, noise: u8) -> (usize, Vec<u8>) {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).unwrap();
    let w = code.width();
    let colors = code.to_colors();
    let side = (w * 3 / 2 + 8) * scale;
    let c = side as f64 / 2.0;
    let (sin, cos) = degrees.to_radians().sin_cos();
    let mut rng = Rng::new(11);
    let mut img = vec![255u8; side * side];
    for y in 0..side {
        for x in 0..side {
            let (dx, dy) = (x as f64 - c, y as f64 - c);
            let (sx, sy) = (cos * dx + sin * dy + c, -sin * dx + cos * dy + c);
            let offset = (side - w * scale) as f64 / 2.0;
            let (mx, my) = ((sx - offset) / scale as f64, (sy - offset) / scale as f64);
            let dark = mx >= 0.0
                && my >= 0.0
                && (mx as usize) < w
                && (my as usize) < w
                && colors[my as usize * w + mx as usize] == qrcode::Color::Dark;
            let base: i32 = if dark { 30 } else { 225 };
            let n = if noise == 0 {
                0
            } else {
                (rng.next_u64() % (2 * noise as u64 + 1)) as i32 - noise as i32
            };
            img[y * side + x] = (base + n).clamp(0, 255) as u8;
        }
    }
    (side, img)
}

fn decode_image(side: usize, img: &[u8]) -> Option<String> {
    // As the browser hands it over: RGBA.
    let rgba: Vec<u8> = img.iter().flat_map(|&g| [g, g, g, 255]).collect();
    read_rgba(side, side, &rgba).into_iter().next()
}

#[test]
fn the_decoder_reads_what_the_encoder_drew_scaled_turned_and_noisy() {
    let bank = checked(bundled());
    let r = longest_attempt(&bank.bank);
    let text = encode(&bank, &r).unwrap().codes.remove(0);
    for (scale, degrees, noise) in [
        (3, 0.0, 0),
        (5, 0.0, 0),
        (4, 90.0, 0),
        (4, 180.0, 0),
        (4, 0.0, 8),
        (5, 12.0, 0),
        (6, -20.0, 8),
        (3, 0.0, 10),
        (5, 45.0, 10),
    ] {
        let (side, img) = draw_code(&text, scale, degrees, noise);
        assert_eq!(
            decode_image(side, &img).as_deref(),
            Some(text.as_str()),
            "scale {scale}, {degrees}°, noise {noise}"
        );
    }
}

#[test]
fn a_picture_without_a_code_or_of_no_size_reads_nothing() {
    assert!(read_grey(0, 0, &[]).is_empty());
    assert!(
        read_grey(10, 10, &[0; 5]).is_empty(),
        "fewer pixels than its size"
    );
    assert!(read_grey(64, 48, &[200; 64 * 48]).is_empty());
}

#[test]
fn the_scanner_takes_each_code_once_however_many_frames_show_it() {
    use pilar_siap::domain::cohort::scan::{Heard, Scanner};
    let bank = checked(bundled());
    let files = generate(&bank.bank, 2, 8, 1_780_000_000_000);
    let codes: Vec<String> = files
        .iter()
        .map(|r| encode(&bank, r).unwrap().codes.remove(0))
        .collect();
    let mut intake = Intake::new(vec![bank.clone()]);
    let mut s = Scanner::default();
    let first = s.take(&mut intake, &codes[0]).unwrap();
    assert!(
        matches!(&first, Heard::Read { name, outcome: Outcome::Accepted } if *name == files[0].participant.name)
    );
    for _ in 0..5 {
        assert_eq!(
            s.take(&mut intake, &codes[0]),
            Some(Heard::Again {
                name: files[0].participant.name.clone()
            })
        );
    }
    assert!(matches!(
        s.take(&mut intake, &codes[1]),
        Some(Heard::Read { .. })
    ));
    assert!(matches!(
        s.take(&mut intake, "https://example.org"),
        Some(Heard::Refused(_))
    ));
    assert_eq!(
        s.take(&mut intake, "https://example.org"),
        None,
        "said once"
    );
    assert_eq!(
        (s.read, intake.log.len(), intake.groups[0].results.len()),
        (2, 3, 2)
    );
}
