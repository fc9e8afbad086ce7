//! The checks of single fields every part of a bank shares: ids (well-formed, unique in their
//! scope), texts (not blank, not too long, nothing hidden), counts, ranges, links, language tags.

use std::collections::BTreeMap;

use super::{LIKERT_POINTS, MAX_TEXT};
use crate::domain::format::problem::{Path, ProblemKind as K, Problems};

pub(super) fn anchors(out: &mut Problems, p: &Path, anchors: &[String], optional: bool) {
    if optional && anchors.is_empty() {
        return;
    }
    if anchors.len() != LIKERT_POINTS {
        out.error(
            p.clone(),
            if anchors.len() < LIKERT_POINTS {
                K::TooFew {
                    count: anchors.len(),
                    min: LIKERT_POINTS,
                }
            } else {
                K::TooMany {
                    count: anchors.len(),
                    max: LIKERT_POINTS,
                }
            },
        );
    }
    for (i, a) in anchors.iter().enumerate() {
        text(out, &p.index(i), a);
    }
}

/// Ids within one scope: each must be well-formed and used once.
#[derive(Default)]
pub(super) struct Ids(BTreeMap<(&'static str, String), String>);

impl Ids {
    pub(super) fn add(&mut self, out: &mut Problems, p: &Path, scope: &'static str, value: &str) {
        let path = p.key("id");
        if !id(out, &path, value) {
            return;
        }
        match self.0.get(&(scope, value.to_owned())) {
            Some(first) => out.error(
                path,
                K::DuplicateId {
                    id: value.to_owned(),
                    first: first.clone(),
                },
            ),
            None => {
                self.0.insert((scope, value.to_owned()), p.to_string());
            }
        }
    }
}

/// An id is 1–64 characters of ASCII letters, digits, '-', '_' and '.'.
pub(super) fn id(out: &mut Problems, p: &Path, value: &str) -> bool {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if !ok {
        out.error(
            p.clone(),
            K::BadId {
                id: value.chars().take(80).collect(),
            },
        );
    }
    ok
}

/// A required text: not blank, not too long.
pub(super) fn text(out: &mut Problems, p: &Path, value: &str) {
    if value.trim().is_empty() {
        out.error(p.clone(), K::Empty);
    } else {
        long(out, p, value);
    }
}

/// An optional text: not too long, nothing hidden in it.
pub(super) fn long(out: &mut Problems, p: &Path, value: &str) {
    if let Some(c) = crate::domain::format::hidden::hidden_char(value) {
        out.error(
            p.clone(),
            K::HiddenCharacter {
                code: crate::domain::format::hidden::code_point(c),
            },
        );
    }
    let chars = value.chars().count();
    if chars > MAX_TEXT {
        out.error(
            p.clone(),
            K::TooLong {
                chars,
                max: MAX_TEXT,
            },
        );
    }
}

pub(super) fn count(out: &mut Problems, p: &Path, n: usize, min: usize, max: usize) {
    if n < min {
        out.error(p.clone(), K::TooFew { count: n, min });
    } else if n > max {
        out.error(p.clone(), K::TooMany { count: n, max });
    }
}

/// A BCP 47 language tag as banks use them: `id`, `en`, `id-ID`.
pub(super) fn language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

pub(super) fn range(out: &mut Problems, p: &Path, value: f64, min: f64, max: f64) {
    out.error(p.clone(), K::OutOfRange { value, min, max });
}

pub(super) fn url(out: &mut Problems, p: &Path, value: &str) {
    let lower = value.trim().to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        out.error(
            p.clone(),
            K::BadUrl {
                url: value.chars().take(200).collect(),
            },
        );
    }
}

/// Question text compared without case or spacing differences.
pub(super) fn normalise(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
