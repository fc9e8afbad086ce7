//! Moodle's GIFT text format, the subset that maps onto a bank:
//!
//! - `{=right ~wrong ~wrong}` — single choice; `{~%50%a ~%50%b ~%-100%c}` — multiple choice
//!   (positive weights are the correct options); `{=best ~%50%fair ~poor}` — situational
//!   (partial credit); `{T}` / `{FALSE}` — true/false; `{}` — essay (open answer).
//! - `::title::`, `#feedback` per option, `####general feedback` (the explanation), escapes
//!   `\~ \= \# \{ \} \: \\ \n`, `//` comments, `[html]`/`[plain]`/`[markdown]` prefixes.
//! - Competencies from `$CATEGORY: hukum` or a comment `// [tag:hukum] [tag:kemitraan:0.5]`; the
//!   item id from `// [id:hukum-pg-01]`; `// sumber: <source> | <where in it>`,
//!   `// peran: psm, tksk` and `// jenis: situasi` are this app's own comments, which Moodle
//!   ignores. Sources are listed as `// sumber-daftar: id | title | url` and the bank as
//!   `// bank: id | title | version`.
//!
//! Numeric, matching and short-answer questions have no counterpart and are reported.

mod question;
mod read;
pub mod write;

pub use read::import_gift;
pub use write::export_gift;

/// The format's name, as messages say it.
pub const NAME: &str = "GIFT";

/// Characters GIFT gives a meaning, escaped with a backslash in text.
const SPECIAL: [char; 6] = ['~', '=', '#', '{', '}', ':'];

/// Text with GIFT's special characters escaped (and line breaks as `\n`).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// GIFT text with its escapes resolved.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(next) => out.push(next),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        let s = "a ~ b = c # d { e } f: g \\ h\nline";
        assert_eq!(unescape(&escape(s)), s);
        assert_eq!(escape("50% {x}"), "50% \\{x\\}");
    }
}
