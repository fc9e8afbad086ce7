//! A file's bytes as text. Every format Pilar Siap writes is UTF-8, and a JSON file in another
//! encoding is refused with the place of its first bad byte — never read with replacement
//! characters that would end up in a bank or a name. Files people write in other programs (CSV
//! from a spreadsheet, GIFT from a text editor) that are not UTF-8 are read as Windows-1252, what
//! Excel on Windows saves as "CSV (Comma delimited)", with a warning at that byte.

use crate::domain::format::problem::{Path, Problem, ProblemKind};

/// The text of `bytes`, or the problem naming the first byte that is not UTF-8.
pub fn decode(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes).map_err(|e| {
        let good = e
            .as_bytes()
            .get(..e.utf8_error().valid_up_to())
            .unwrap_or(&[]);
        let line = good.iter().filter(|b| **b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(good.get(line_start..).unwrap_or(&[]))
            .chars()
            .count()
            + 1;
        let mut p = Problem::error(
            Path::root(),
            ProblemKind::NotUtf8 {
                byte: good.len() as u64 + 1,
            },
        );
        p.line = Some(line);
        p.column = Some(column);
        p
    })
}

/// Bytes 0x80–0x9F in Windows-1252 (the five it leaves undefined keep their Latin-1 code point);
/// 0xA0–0xFF are U+00A0–U+00FF.
const HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// `bytes` read as Windows-1252.
pub fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH
                .get(usize::from(b - 0x80))
                .copied()
                .unwrap_or('\u{fffd}'),
            _ => char::from(b),
        })
        .collect()
}

/// A CSV or GIFT file's text: UTF-8, or else Windows-1252 with a warning at the first byte that
/// was not UTF-8 (its line and column).
pub fn decode_legacy(bytes: Vec<u8>) -> (String, Option<Problem>) {
    match decode(bytes.clone()) {
        Ok(text) => (text, None),
        Err(mut p) => {
            if let ProblemKind::NotUtf8 { byte } = p.kind {
                p.kind = ProblemKind::ReadAsWindows1252 { byte };
            }
            p.severity = crate::domain::format::problem::Severity::Warning;
            (windows_1252(&bytes), Some(p))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_unchanged() {
        assert_eq!(
            decode("Pekerja Sosial – ✓".into()).ok().as_deref(),
            Some("Pekerja Sosial – ✓")
        );
    }

    #[test]
    fn an_excel_csv_in_windows_1252_reads_with_a_warning() {
        let (text, warning) = decode_legacy(b"id;soal\nh-1;\x93Caf\xe9\x94 \x96 100\x80".to_vec());
        assert_eq!(text, "id;soal\nh-1;“Café” – 100€");
        let w = warning.as_ref();
        assert_eq!(w.map(|w| (w.line, w.column)), Some((Some(2), Some(5))));
        assert!(w.is_some_and(|w| !w.is_error()));
        assert_eq!(decode_legacy(b"id;soal".to_vec()), ("id;soal".into(), None));
    }

    #[test]
    fn the_first_bad_byte_is_named_with_its_line_and_column() {
        let p = decode(b"{\n  \"nama\": \"Caf\xe9\"\n}".to_vec()).err();
        let p = p.as_ref();
        assert_eq!(p.map(|p| (p.line, p.column)), Some((Some(2), Some(15))));
        assert_eq!(p.map(|p| &p.kind), Some(&ProblemKind::NotUtf8 { byte: 17 }));
    }
}
