//! The canonical form of a bank is its compact JSON as this app writes it (fields in a fixed
//! order, no spaces), so re-indenting or re-ordering a bank file does not change its hash.

use sha2::{Digest, Sha256};

use super::types::Bank;
use crate::domain::format::json::to_text;
use crate::domain::format::record::Json;

/// The bank as compact JSON, fields in the app's fixed order.
pub fn canonical_json(bank: &Bank) -> String {
    to_text(&bank.write())
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        for nibble in [b >> 4, b & 15] {
            out.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_text() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
