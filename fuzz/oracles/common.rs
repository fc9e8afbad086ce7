//! Shared by every target: the fuzzer's bytes as the app reads a file, and the check that every
//! problem found can be said in both languages (a message that panics is a crash too).

use pilar_siap::domain::format::decode::{decode, decode_legacy};
use pilar_siap::domain::format::problem::Problem;
use pilar_siap::i18n::{problem_line, Lang};

/// The bytes as text, or the not-UTF-8 problem rendered (as the app would show it).
pub fn text(data: &[u8]) -> Option<String> {
    match decode(data.to_vec()) {
        Ok(t) => Some(t),
        Err(p) => {
            say(&[p]);
            None
        }
    }
}

/// The bytes as a CSV or GIFT file is read: UTF-8, or Windows-1252 with a warning (rendered).
pub fn legacy_text(data: &[u8]) -> String {
    let (text, warning) = decode_legacy(data.to_vec());
    say(&warning);
    text
}

/// Renders every problem in both languages; none may be empty.
pub fn say<'a>(problems: impl IntoIterator<Item = &'a Problem>) {
    for p in problems {
        for lang in [Lang::Id, Lang::En] {
            assert!(!problem_line(lang, p).is_empty());
        }
    }
}
