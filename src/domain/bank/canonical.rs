//! The canonical form of a bank is its compact JSON as this app writes it (fields in a fixed
//! order, no spaces), so re-indenting or re-ordering a bank file does not change its hash.

use sha2::{Digest, Sha256};

use super::types::Bank;

/// The bank as compact JSON, fields in the order of the Rust types.
pub fn canonical_json(bank: &Bank) -> String {
    // Serialising these plain types (string keys, finite numbers) cannot fail.
    serde_json::to_string(bank).unwrap_or_default()
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
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
