//! A file's bytes as text. Every format Pilar Siap reads is UTF-8; a file in another encoding (a
//! spreadsheet saved as "CSV (Windows)", say) is refused with the place of its first bad byte,
//! never read with replacement characters that would end up in a bank or a name.

use super::problem::{Path, Problem, ProblemKind};

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
    fn the_first_bad_byte_is_named_with_its_line_and_column() {
        let p = decode(b"{\n  \"nama\": \"Caf\xe9\"\n}".to_vec()).err();
        let p = p.as_ref();
        assert_eq!(p.map(|p| (p.line, p.column)), Some((Some(2), Some(15))));
        assert_eq!(p.map(|p| &p.kind), Some(&ProblemKind::NotUtf8 { byte: 17 }));
    }
}
