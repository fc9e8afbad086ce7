//! QR codes in the group view: a code lands in the group like its file, the scanner takes each
//! code once however many frames show it, and the decoder reads the codes the encoder drew —
//! scaled, turned and with noise — from the pixels a browser hands over.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::handover::{checked, collect, longest_attempt};
use common::*;
use pilar_siap::domain::attempt::rng::Rng;
use pilar_siap::domain::cohort::generate::generate;
use pilar_siap::domain::cohort::intake::{Intake, Outcome};
use pilar_siap::domain::results::handover::encode;
use pilar_siap::domain::results::handover::image::{read_grey, read_rgba};
use qrcode::{EcLevel, QrCode};

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
    ); // A code that reads but fails a file's checks (a hidden character in the name) is refused
       // like its file, and not counted.
    let mut hidden = files[1].clone();
    hidden.participant.name = "Budi\u{202e}isa".into();
    hidden.started_at = "2026-05-01T08:00:00.000Z".into();
    let code = encode(&bank, &hidden).unwrap().codes.remove(0);
    assert!(matches!(
        s.take(&mut intake, &code),
        Some(Heard::Refused(_))
    ));
    assert_eq!((s.read, intake.groups[0].results.len()), (2, 2));
}
