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
    crate::domain::format::number::plain(n)
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

/// HTML as plain text, never as markup: tags dropped (a paragraph or line break is a line
/// break), entities decoded (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`, …), spaces collapsed.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = part(rest, 1..end).trim_start_matches('/').to_lowercase();
            let name: String = tag
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            if matches!(
                name.as_str(),
                "br" | "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3"
            ) {
                out.push('\n');
            }
            rest = part(rest, end..);
        } else if c == '&' {
            let (decoded, used) = entity(rest);
            out.push(decoded);
            rest = part(rest, used..);
        } else {
            // A line break in HTML source is a space; only tags break lines.
            out.push(if c == '\n' || c == '\r' { ' ' } else { c });
            rest = part(rest, c.len_utf8()..);
        }
    }
    let lines: Vec<String> = out
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

/// The character an entity at the start of `s` stands for, and its length; a lone `&` is
/// itself.
fn entity(s: &str) -> (char, usize) {
    let Some((end, _)) = s.char_indices().take(12).find(|(_, c)| *c == ';') else {
        return ('&', 1);
    };
    let name = part(s, 1..end);
    let c = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32),
    };
    match c {
        Some(c) => (c, end + 1),
        None => ('&', 1),
    }
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
        assert_eq!(
            html_to_text("<p dir=\"ltr\">Pasal&nbsp;3 &amp; <b>4</b></p><p>&#8220;x&#x201D; &bogus; a & b</p>"),
            "Pasal 3 & 4\n\u{201c}x\u{201d} &bogus; a & b"
        );
    }
}
