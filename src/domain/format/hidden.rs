//! Characters that change how a text looks without being seen: direction overrides and
//! isolates (which can show "exe.txt" as "txt.exe" or disguise a name) and zero-width spaces and
//! marks. No text of a bank or a results file needs them; a text with one is refused.

/// The first such character in `text` (a byte-order mark only counts after the start).
pub fn hidden_char(text: &str) -> Option<char> {
    text.char_indices()
        .find(|&(i, c)| {
            matches!(
                c,
                '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
            ) || (c == '\u{FEFF}' && i > 0)
        })
        .map(|(_, c)| c)
}

/// `text` without those characters (what a typed name keeps, so the results file it ends up in
/// is never refused for them).
pub fn without_hidden(text: &str) -> String {
    text.chars()
        .enumerate()
        .filter(|&(i, c)| hidden_char(&c.to_string()).is_none() && !(c == '\u{FEFF}' && i == 0))
        .map(|(_, c)| c)
        .collect()
}

/// How a message names the character: "U+202E".
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_overrides_and_zero_widths_but_not_ordinary_text() {
        assert_eq!(hidden_char("Siti \u{202E}harmaR"), Some('\u{202E}'));
        assert_eq!(hidden_char("hukum\u{200B}-001"), Some('\u{200B}'));
        assert_eq!(hidden_char("\u{FEFF}Bank"), None);
        assert_eq!(
            hidden_char("Pekerja Sosial Masyarakat — “PSM” · 100%"),
            None
        );
        assert_eq!(code_point('\u{202E}'), "U+202E");
        assert_eq!(
            without_hidden("\u{FEFF}Siti \u{202E}Rahmah\u{200B}"),
            "Siti Rahmah"
        );
    }
}
