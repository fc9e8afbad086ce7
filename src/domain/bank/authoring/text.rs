//! Small text helpers the importers share.

/// A lowercase id from a name: letters and digits kept, everything else one '-'.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    out.chars().take(64).collect()
}

/// A number written the Indonesian way ("0,5") or the English way ("0.5"), or as a percentage.
pub fn number(s: &str) -> Option<f64> {
    let s = s.trim();
    let (s, scale) = match s.strip_suffix('%') {
        Some(p) => (p.trim(), 100.0),
        None => (s, 1.0),
    };
    s.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .map(|n| n / scale)
}

/// A number as a trainer would write it: `1`, `0.5`.
pub fn show_number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// The parts of a cell separated by `;` or line breaks, trimmed, empty ones dropped.
pub fn list(cell: &str) -> Vec<String> {
    cell.split([';', '\n'])
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The parts of a cell separated by `|` (or line breaks), trimmed, empty ones dropped.
pub fn bars(cell: &str) -> Vec<String> {
    cell.split(['|', '\n'])
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The part of `s` in `range`, or `""` when the range does not fall on character boundaries
/// (which the callers' own search results always do).
pub fn part<R: std::slice::SliceIndex<str, Output = str>>(s: &str, range: R) -> &str {
    s.get(range).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(slug("Bukti konkret!"), "bukti-konkret");
        assert_eq!(slug("  Kejelasan "), "kejelasan");
        assert_eq!(number("0,5"), Some(0.5));
        assert_eq!(number("50%"), Some(0.5));
        assert_eq!(number("x"), None);
        assert_eq!(show_number(1.0), "1");
        assert_eq!(show_number(0.25), "0.25");
        assert_eq!(list("a; b\nc;"), vec!["a", "b", "c"]);
        assert_eq!(bars("x | y|z"), vec!["x", "y", "z"]);
    }
}
