//! The texts of the QR codes a payload travels in, and the reader that collects them.
//!
//! A code reads `PILAR1:<part>/<parts>:<set>:<data>`: `1` the version of this layout, `<set>` four
//! hex digits naming the payload (so parts of two candidates' codes never mix), `<data>` a piece of
//! the deflated payload in Base45. Every character is one a QR code stores in its alphanumeric
//! mode. A payload fits one code as a rule (a 42-item attempt needs ~170 bytes); a longer one is
//! cut into parts the reader collects in any order.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::problem;
use crate::domain::format::base45;
use crate::domain::format::problem::{Problem, ProblemKind};

/// What every code starts with.
pub const PREFIX: &str = "PILAR";
/// The layout version this app writes and reads.
pub const CODE_VERSION: u32 = 1;
/// The most data characters in one code: with its header the text stays within a version 15 QR
/// code at error correction M (758 alphanumeric characters).
pub const PART_CHARS: usize = 700;
/// The most parts a payload is cut into.
pub const MAX_PARTS: usize = 16;
/// The largest payload inflated (a 300-item attempt is ~1.5 KB).
const MAX_PAYLOAD: usize = 64 * 1024;

/// The code texts of a payload, in order.
pub fn codes(payload: &[u8]) -> Vec<String> {
    let packed = miniz_oxide::deflate::compress_to_vec(payload, 10);
    let data = base45::encode(&packed);
    let digest = Sha256::digest(&packed);
    let set: String = digest.iter().take(2).map(|b| format!("{b:02X}")).collect();
    let pieces: Vec<&str> = data
        .as_bytes()
        .chunks(PART_CHARS)
        .filter_map(|c| std::str::from_utf8(c).ok())
        .collect();
    let total = pieces.len().max(1);
    if pieces.is_empty() {
        return vec![format!("{PREFIX}{CODE_VERSION}:1/1:{set}:")];
    }
    pieces
        .iter()
        .enumerate()
        .map(|(i, piece)| format!("{PREFIX}{CODE_VERSION}:{}/{total}:{set}:{piece}", i + 1))
        .collect()
}

/// What one more code read gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scan {
    /// A part of a payload whose other parts are still to come.
    Part { got: usize, total: usize },
    /// A whole payload.
    Whole(Vec<u8>),
}

/// The parts read so far, by set.
#[derive(Debug, Clone, Default)]
pub struct Collector {
    sets: BTreeMap<String, BTreeMap<usize, String>>,
}

/// The parts of a code's header: part, parts, set, data.
fn header(text: &str) -> Result<(usize, usize, &str, &str), Problem> {
    let rest = text
        .trim()
        .strip_prefix(PREFIX)
        .ok_or_else(|| problem(ProblemKind::QrNotOurs))?;
    let (version, rest) = rest
        .split_once(':')
        .ok_or_else(|| problem(ProblemKind::QrNotOurs))?;
    let version: u64 = version
        .parse()
        .map_err(|_| problem(ProblemKind::QrNotOurs))?;
    if version > u64::from(CODE_VERSION) {
        let supported = CODE_VERSION;
        return Err(problem(ProblemKind::NewerVersion {
            found: version,
            supported,
        }));
    }
    let damaged = || problem(ProblemKind::QrDamaged);
    let mut fields = rest.splitn(3, ':');
    let (Some(count), Some(set), Some(data)) = (fields.next(), fields.next(), fields.next()) else {
        return Err(damaged());
    };
    let (part, total) = count.split_once('/').ok_or_else(damaged)?;
    let part: usize = part.parse().map_err(|_| damaged())?;
    let total: usize = total.parse().map_err(|_| damaged())?;
    if part == 0 || part > total || total > MAX_PARTS || set.len() != 4 {
        return Err(damaged());
    }
    Ok((part, total, set, data))
}

impl Collector {
    /// Takes the text of one code read.
    pub fn take(&mut self, text: &str) -> Result<Scan, Problem> {
        let (part, total, set, data) = header(text)?;
        let key = format!("{set}/{total}");
        let parts = self.sets.entry(key.clone()).or_default();
        parts.insert(part, data.to_owned());
        if parts.len() < total {
            let got = parts.len();
            return Ok(Scan::Part { got, total });
        }
        let data: String = self
            .sets
            .remove(&key)
            .unwrap_or_default()
            .into_values()
            .collect();
        let packed = base45::decode(&data).ok_or_else(|| problem(ProblemKind::QrDamaged))?;
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PAYLOAD)
            .map(Scan::Whole)
            .map_err(|_| problem(ProblemKind::QrDamaged))
    }
}
