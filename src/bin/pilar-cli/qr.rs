//! `qr-codes` and `qr-video`: the QR codes of results files as text, and a video of such codes for
//! the end-to-end test to feed Chromium's fake camera (`--use-file-for-fake-video-capture`).

use std::process::ExitCode;
use std::sync::Arc;

use pilar_siap::domain::bank::{parse_bank, CheckedBank};
use pilar_siap::domain::results::handover::encode;
use pilar_siap::domain::results::parse_results;
use qrcode::{Color, EcLevel, QrCode};

/// The video's frame size and rate; each code stays in view for `SHOWN` frames, then `GAP` blank
/// frames (a phone taken away, the next held up).
const W: usize = 640;
const H: usize = 480;
const FPS: usize = 5;
const SHOWN: usize = 10;
const GAP: usize = 3;

fn fail(what: &str, why: impl std::fmt::Display) -> ExitCode {
    eprintln!("{what}: {why}");
    ExitCode::FAILURE
}

/// Every code of every results file (each made with the bank of `bank_path`), in order.
fn codes(bank_path: &str, files: &[&str]) -> Result<Vec<String>, ExitCode> {
    let text = std::fs::read_to_string(bank_path).map_err(|e| fail(bank_path, e))?;
    let bank = parse_bank(&text)
        .bank
        .ok_or_else(|| fail(bank_path, "not a valid bank"))?;
    let bank = Arc::new(CheckedBank::new(bank));
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| fail(file, e))?;
        let results = parse_results(&text).map_err(|p| fail(file, format!("{p:?}")))?;
        let handover = encode(&bank, &results).map_err(|p| fail(file, format!("{p:?}")))?;
        out.extend(handover.codes);
    }
    Ok(out)
}

pub fn print_codes(bank_path: &str, files: &[&str]) -> ExitCode {
    match codes(bank_path, files) {
        Ok(codes) => {
            for code in codes {
                let qr = QrCode::with_error_correction_level(code.as_bytes(), EcLevel::M);
                let width = qr.map_or(0, |q| q.width());
                eprintln!("{} characters, {width}×{width} modules", code.len());
                println!("{code}");
            }
            ExitCode::SUCCESS
        }
        Err(c) => c,
    }
}

/// A grey frame with `code` drawn in its middle (or blank).
fn frame(code: Option<&QrCode>) -> Vec<u8> {
    let mut y = vec![235u8; W * H];
    if let Some(code) = code {
        let w = code.width();
        let scale = (H - 40) / (w + 8);
        let (x0, y0) = ((W - w * scale) / 2, (H - w * scale) / 2);
        let colors = code.to_colors();
        for (i, c) in colors.iter().enumerate() {
            if *c != Color::Dark {
                continue;
            }
            let (mx, my) = (i % w, i / w);
            for dy in 0..scale {
                let row = (y0 + my * scale + dy) * W + x0 + mx * scale;
                if let Some(px) = y.get_mut(row..row + scale) {
                    px.fill(25);
                }
            }
        }
    }
    y
}

/// A Y4M video (4:2:0, grey) of the codes in `codes_path` (one a line, as `qr-codes` prints
/// them), in order, looping cleanly.
pub fn video(out: &str, codes_path: &str) -> ExitCode {
    let text = match std::fs::read_to_string(codes_path) {
        Ok(t) => t,
        Err(e) => return fail(codes_path, e),
    };
    let codes: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut bytes = format!("YUV4MPEG2 W{W} H{H} F{FPS}:1 Ip A1:1 C420jpeg\n").into_bytes();
    let chroma = vec![128u8; W * H / 2];
    let blank = frame(None);
    for code in &codes {
        let qr = match QrCode::with_error_correction_level(code.as_bytes(), EcLevel::M) {
            Ok(q) => q,
            Err(e) => return fail(out, e),
        };
        let shown = frame(Some(&qr));
        for k in 0..SHOWN + GAP {
            bytes.extend_from_slice(b"FRAME\n");
            bytes.extend_from_slice(if k < SHOWN { &shown } else { &blank });
            bytes.extend_from_slice(&chroma);
        }
    }
    match std::fs::write(out, bytes) {
        Ok(()) => {
            let seconds = codes.len() * (SHOWN + GAP) / FPS;
            println!("{out}: {} codes, {seconds} s", codes.len());
            ExitCode::SUCCESS
        }
        Err(e) => fail(out, e),
    }
}
